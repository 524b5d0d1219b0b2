/* The search index (about 100 KB compressed) is fetched when a reader first opens search, not with
   every page: Material's bundle requests it at start-up with XMLHttpRequest, and this holds that one
   request until the search field gets focus or the search toggle (icon, keyboard, ?q=) is set. */
(function () {
  "use strict";
  var opened = false, held = [];
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  function release() {
    if (opened) return;
    opened = true;
    held.splice(0).forEach(function (go) { go(); });
  }
  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.searchIndex || opened) return send.apply(request, args);
    held.push(function () { send.apply(request, args); });
  };
  document.addEventListener("focusin", function (event) {
    if (event.target.matches("[data-md-component=search-query]")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) release();
  });
})();
