/* Material's search worker, stemming what the reader types as it stems the pages.
   Material appends "*" to every typed word for type-ahead, and lunr runs no pipeline (so no
   stemmer) on a word with "*": with stemmed pages, "transformaciones*" could never match the stem
   "transform". Here each such word is stemmed first, in the index's language ("transform*"), so
   "transformaciones" finds "transformación" and "services" finds "service". The build writes
   Material's worker file name in place of MATERIAL_WORKER (macros/build/search_index.py). */
(function () {
  "use strict";
  var here = self.document ? document.currentScript.src : self.location.href; // file://: iframe-worker
  var loaded = importScripts(new URL("MATERIAL_WORKER", here).href);           // a promise under iframe-worker

  Promise.resolve(loaded).then(function () {
    var lunr = self.lunr;
    var clause = lunr.Query.prototype.clause;
    lunr.Query.prototype.clause = function (spec) {
      var typed = /^([^*]+)\*$/.exec(spec.term || "");
      var language = Object.keys(lunr).filter(function (key) { return /^[a-z]{2}$/.test(key) && lunr[key].stemmer; })[0];
      var stemmer = language ? lunr[language].stemmer : lunr.stemmer;
      if (typed) {
        var stem = stemmer(new lunr.Token(typed[1], {})).toString();
        if (stem) {
          spec.term = stem + "*";
        }
      }
      return clause.call(this, spec);
    };
  });
}());
