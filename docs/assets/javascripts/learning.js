/* The learning programme in the browser (store.js keeps it; nothing is sent anywhere):
   - on a path: "I have done this step" boxes and the progress bar; opening a path is remembered;
   - on the paths page and the home page: progress bars, "continue where you left off";
   - "Where do I start?": ratings of the challenges recommend one or two paths;
   - export, import (after showing what will change) and clear. */
(function () {
  "use strict";
  var store = window.gsdgStore;
  var lang = document.documentElement.lang;

  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
  function done() { return store.get("paths") || {}; }
  function fill(template, values) {
    return Object.keys(values).reduce(function (text, name) { return text.split("{" + name + "}").join(values[name]); }, template);
  }
  function keysOf(element) {  // the step keys of a path, from its page or its card
    var steps = element.querySelectorAll("[data-step]");
    return steps.length ? Array.prototype.map.call(steps, function (step) { return step.dataset.step; })
      : (element.dataset.keys || "").split(" ").filter(Boolean);
  }
  function countDone(element) {
    var mine = done()[element.dataset.path] || {};
    return keysOf(element).filter(function (key) { return mine[key]; }).length;
  }

  /* Every progress bar on the page, from what is kept. */
  function update() {
    each("[data-path] > .path__progress, .path-card .path__progress", function (bar) {
      var owner = bar.closest("[data-path]");
      var progress = bar.querySelector("progress");
      var label = bar.querySelector("label");
      progress.value = countDone(owner);
      label.textContent = fill(label.dataset.template, { done: progress.value, total: progress.max });
      bar.hidden = false;
    });
    each("[data-step] input[data-done]", function (box) {
      var step = box.closest("[data-step]");
      box.checked = Boolean((done()[box.closest("[data-path]").dataset.path] || {})[step.dataset.step]);
    });
    continueReading();
  }

  function remember(pathId, step) { store.set("last", { path: pathId, step: step, at: new Date().toISOString() }); }

  /* A path page: mark steps done; opening it makes it the one to continue. */
  each(".path[data-path]", function (path) {
    var steps = path.querySelectorAll("[data-step]");
    var firstUndone = Array.prototype.findIndex.call(steps, function (step) {
      return !(done()[path.dataset.path] || {})[step.dataset.step];
    });
    remember(path.dataset.path, firstUndone < 0 ? steps.length : firstUndone + 1);
    path.addEventListener("change", function (event) {
      if (!event.target.matches("input[data-done]")) return;
      var step = event.target.closest("[data-step]");
      var all = done();
      var mine = all[path.dataset.path] = all[path.dataset.path] || {};
      if (event.target.checked) mine[step.dataset.step] = new Date().toISOString();
      else delete mine[step.dataset.step];
      if (!Object.keys(mine).length) delete all[path.dataset.path];
      store.set("paths", all);
      remember(path.dataset.path, Array.prototype.indexOf.call(steps, step) + 1);
      update();
    });
  });

  /* Home page: the path last opened or worked on, at its first step not done. */
  function continueReading() {
    each(".continue", function (box) {
      var last = store.get("last");
      var known = last && box.querySelector("li[data-path='" + String(last.path).replace(/[^a-z0-9-]/g, "") + "']");
      box.hidden = !known;
      if (!known) return;
      var mine = done()[last.path] || {};
      var keys = keysOf(known);
      var next = keys.findIndex(function (key) { return !mine[key]; });
      var link = box.querySelector("[data-continue-link]");
      link.href = known.querySelector("a").href + "#step-" + (next < 0 ? keys.length : next + 1);
      link.textContent = known.textContent;
      var count = box.querySelector("[data-continue-count]");
      count.textContent = "(" + fill(count.dataset.template, { done: countDone(known), total: keys.length }) + ")";
    });
  }

  /* "Where do I start?": the challenge rated highest, and the next one too when it is rated "a lot" or more. */
  each("form.diagnosis", function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var rated = Array.prototype.map.call(form.querySelectorAll("fieldset"), function (fieldset, order) {
        var chosen = fieldset.querySelector("input:checked");
        return { path: chosen.name, level: Number(chosen.value), order: order };
      }).sort(function (a, b) { return b.level - a.level || a.order - b.order; });
      var picked = rated.filter(function (item, index) {
        return item.level > 0 && (index === 0 || (index === 1 && item.level >= 2));
      }).map(function (item) { return item.path; });
      form.querySelector("[data-some]").hidden = !picked.length;
      form.querySelector("[data-none]").hidden = picked.length > 0;
      form.querySelectorAll(".diagnosis__result li").forEach(function (item) {
        item.hidden = picked.indexOf(item.dataset.path) < 0;
      });
    });
  });

  /* Export, import, clear. */
  each(".progress-tools", function (tools) {
    var status = tools.querySelector(".progress-tools__status");
    var confirmBox = tools.querySelector(".progress-tools__confirm");
    var pending = null;
    function say(name, values) { status.textContent = fill(tools.getAttribute("data-" + name), values || {}); }
    tools.addEventListener("click", function (event) {
      var action = event.target.closest("[data-action]");
      if (!action) return;
      if (action.dataset.action === "export") {
        store.download("governance-sdgs-" + new Date().toISOString().slice(0, 10) + ".json",
                       JSON.stringify(store.exportAll(lang), null, 1), "application/json");
      } else if (action.dataset.action === "clear" && window.confirm(tools.dataset.confirmClear)) {
        store.clearAll();
        say("cleared");
        update();
      } else if (action.dataset.action === "confirm" && pending) {
        store.replaceAll(pending);
        pending = null;
        confirmBox.hidden = true;
        say("imported");
        update();
      } else if (action.dataset.action === "cancel") {
        pending = null;
        confirmBox.hidden = true;
        say("nothing");
      }
    });
    tools.querySelector("input[type=file]").addEventListener("change", function (event) {
      var file = event.target.files[0];
      event.target.value = "";
      if (!file) return;
      file.text().then(function (text) {
        var result = store.parse(text);
        pending = null;
        confirmBox.hidden = true;
        if (result.error) { say(result.error, { version: result.version }); return; }
        pending = result.data;
        var theirs = store.counts(result.data);
        var ours = store.counts(store.exportAll(lang));
        confirmBox.querySelector("[data-confirm-text]").textContent = fill(tools.dataset.summary, {
          date: new Date(result.data.exported).toLocaleDateString(lang), steps: theirs.steps,
          quizzes: theirs.quizzes, worksheets: theirs.worksheets, here_steps: ours.steps,
          here_quizzes: ours.quizzes, here_worksheets: ours.worksheets });
        status.textContent = "";
        confirmBox.hidden = false;
        confirmBox.querySelector("[data-action=confirm]").focus();
      });
    });
  });

  update();
})();
