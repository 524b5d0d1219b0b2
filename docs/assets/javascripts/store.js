/* What this browser keeps for the reader (localStorage, nothing sent anywhere), shared by both
   languages, and the two file formats that carry it to another device or to a facilitator:
   - an answer file: one worksheet's answers ("governance-sdgs-worksheet-answers", version 1);
   - an export: steps done, quiz answers and every worksheet as answer files ("governance-sdgs-export", version 1).
   The README ("Progress and answer files") documents both. Used by worksheets.js, quiz.js and learning.js. */
window.gsdgStore = (function () {
  "use strict";
  var PREFIX = "gsdg:";
  var WORKSHEET = PREFIX + "worksheet:";
  var EXPORT = { format: "governance-sdgs-export", version: 1 };
  var ANSWERS = { format: "governance-sdgs-worksheet-answers", version: 1 };
  var IDENTITY = ["name", "institution"];  // in an answer file only when filled in

  function read(name) { try { return localStorage.getItem(PREFIX + name); } catch (e) { return null; } }
  function write(name, value) { try { localStorage.setItem(PREFIX + name, value); } catch (e) { /* storage off */ } }
  function remove(name) { try { localStorage.removeItem(PREFIX + name); } catch (e) { /* storage off */ } }
  function get(name) {
    try { var value = JSON.parse(read(name)); return value && typeof value === "object" ? value : null; }
    catch (e) { return null; }  // ignore bad data
  }
  function set(name, value) { write(name, JSON.stringify(value)); }
  function names() {  // every name we keep, without the prefix
    var out = [];
    try {
      for (var i = 0; i < localStorage.length; i += 1) {
        var key = localStorage.key(i);
        if (key.indexOf(PREFIX) === 0) out.push(key.slice(PREFIX.length));
      }
    } catch (e) { /* storage off */ }
    return out;
  }
  function isObject(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }
  function today() { return new Date().toISOString().slice(0, 10); }

  /* A worksheet record ("challenges", or "action-plan.regulations" for a path's own plan) as an answer file. */
  function answerFile(record, lang) {
    var data = get("worksheet:" + record) || {};
    var file = { format: ANSWERS.format, version: ANSWERS.version, worksheet: record.split(".")[0], lang: lang,
                 date: data.date || today(), answers: {} };
    if (record.indexOf(".") > 0) file.path = record.split(".")[1];
    Object.keys(data).forEach(function (field) {
      if (IDENTITY.indexOf(field) >= 0) { if (data[field]) file[field] = data[field]; }
      else if (field !== "date") file.answers[field] = data[field];
    });
    return file;
  }
  /* Why a parsed file is not an answer file this site reads: "not-answer-file", "other-version" or
     "corrupt" (the right format with a malformed part); null when it is one. */
  function answerFileProblem(file) {
    if (!isObject(file) || file.format !== ANSWERS.format) return "not-answer-file";
    if (file.version !== ANSWERS.version) return "other-version";
    return isAnswerFile(file) ? null : "corrupt";
  }
  function isAnswerFile(file) {
    return isObject(file) && file.format === ANSWERS.format && file.version === ANSWERS.version &&
      typeof file.worksheet === "string" && /^[a-z0-9-]+$/.test(file.worksheet) &&
      (file.path === undefined || /^[a-z0-9-]+$/.test(file.path)) && isObject(file.answers) &&
      Object.keys(file.answers).every(function (field) { return typeof file.answers[field] === "string"; });
  }
  function recordOf(file) {
    var data = {};
    Object.keys(file.answers).forEach(function (field) { data[field] = file.answers[field]; });
    IDENTITY.forEach(function (field) { if (typeof file[field] === "string") data[field] = file[field]; });
    if (typeof file.date === "string") data.date = file.date;
    return { name: file.worksheet + (file.path ? "." + file.path : ""), data: data };
  }
  function worksheetRecords() {
    return names().filter(function (name) { return name.indexOf("worksheet:") === 0; })
      .map(function (name) { return name.slice("worksheet:".length); })
      .filter(function (record) { return Object.keys(get("worksheet:" + record) || {}).length; });
  }

  function exportAll(lang) {
    return { format: EXPORT.format, version: EXPORT.version, exported: new Date().toISOString(),
             paths: get("paths") || {}, last: get("last"), quizzes: get("quizzes") || {},
             worksheets: worksheetRecords().map(function (record) { return answerFile(record, lang); }) };
  }
  /* A file's text as an export, or the reason it is refused: "corrupt", "not-export" or "other-version". */
  function parse(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { return { error: "corrupt" }; }
    if (!isObject(data) || data.format !== EXPORT.format) return { error: "not-export" };
    if (data.version !== EXPORT.version) return { error: "other-version", version: String(data.version) };
    var sound = typeof data.exported === "string" && !isNaN(Date.parse(data.exported)) && isObject(data.paths) && Object.keys(data.paths).every(function (id) { return isObject(data.paths[id]); }) &&
      isObject(data.quizzes) && Object.keys(data.quizzes).every(function (id) { return isObject(data.quizzes[id]); }) &&
      (data.last === null || data.last === undefined || isObject(data.last)) &&
      Array.isArray(data.worksheets) && data.worksheets.every(isAnswerFile);
    return sound ? { data: data } : { error: "corrupt" };
  }
  function counts(data) {
    return { steps: Object.keys(data.paths).reduce(function (sum, id) { return sum + Object.keys(data.paths[id]).length; }, 0),
             quizzes: Object.keys(data.quizzes).length, worksheets: data.worksheets.length };
  }
  /* Hand the reader a file made in the browser (answer files, exports, Markdown, CSV). */
  function download(name, text, type) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  /* The paper chosen for printing (A4 or Letter): one choice for every page that offers it (input[data-paper]). */
  function paper() { return read("paper") || "a4"; }
  function setPaper(value) {
    document.documentElement.classList.toggle("paper-letter", value === "letter");
    Array.prototype.forEach.call(document.querySelectorAll("input[data-paper]"), function (el) { el.checked = el.value === value; });
    write("paper", value);
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches("input[data-paper]")) setPaper(event.target.value);
  });
  if (document.querySelector("input[data-paper]")) setPaper(paper());

  function clearAll() {
    names().forEach(function (name) { if (name !== "paper") remove(name); });
  }
  function replaceAll(data) {
    clearAll();
    set("paths", data.paths);
    set("quizzes", data.quizzes);
    if (data.last) set("last", data.last);
    data.worksheets.forEach(function (file) { var record = recordOf(file); set("worksheet:" + record.name, record.data); });
  }

  return { read: read, write: write, remove: remove, get: get, set: set, names: names,
           worksheet: WORKSHEET.slice(PREFIX.length), answerFile: answerFile, answerFileProblem: answerFileProblem,
           exportAll: exportAll, parse: parse,
           counts: counts, clearAll: clearAll, replaceAll: replaceAll, download: download, paper: paper, setPaper: setPaper };
})();
