/* The site kept on the phone (issue 30), the page's side: on the published site only (the build adds
   this script to every page there, macros/build/page_scripts.py; its tag gives the site root and the
   update notice's words), it registers the service worker at the site root, asks it to keep the page
   being read, shows "A new version of the site is available — Update", and drives the "Save for use
   without a connection" box (macros/render/offline_save.py) and the offline page's list of kept pages.
   Every request to the worker carries a MessageChannel port; the worker answers on it. */
(function () {
  "use strict";
  var script = document.querySelector("script[data-offline]");
  var sw = navigator.serviceWorker;
  if (!script || !/^https?:$/.test(location.protocol) || !sw) return;  // never from file://
  var root = new URL(script.dataset.root, location.href).href;
  var say = JSON.parse(script.dataset.strings);
  var registration = null, hadController = Boolean(sw.controller), updating = false, reloaded = false;

  function fill(template, fields) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return name in fields ? fields[name] : all; });
  }

  function worker() {  // the worker to ask: the one in control, else the active one once there is one
    return sw.controller ? Promise.resolve(sw.controller) : sw.ready.then(function (reg) { return reg.active; });
  }

  function ask(target, message, answer) {  // `answer` gets every reply; the port is returned to close it
    var channel = new MessageChannel();
    channel.port1.onmessage = function (event) { answer(event.data || {}); };
    target.postMessage(message, [channel.port2]);
    return channel.port1;
  }

  function once(message) {
    return worker().then(function (target) {
      return new Promise(function (resolve) {
        var port = ask(target, message, function (reply) { port.close(); resolve(reply); });
      });
    });
  }

  function afterLoad(run) {
    if (document.readyState === "complete") run();
    else window.addEventListener("load", run);
  }

  /* Keep the page just read and the same-origin files it loaded (not the offline page, which stands in
     for an address that is not kept). */
  function keep() {
    if (document.querySelector("[data-offline-kept]")) return;
    afterLoad(function () {
      var seen = {};
      var urls = [location.href].concat(performance.getEntriesByType("resource").map(function (entry) { return entry.name; }))
        .map(function (url) { return url.split("#")[0]; })
        .filter(function (url) {
          var fresh = !seen[url] && new URL(url).origin === location.origin;
          seen[url] = true;
          return fresh;
        });
      once({ type: "keep", urls: urls });
    });
  }

  /* The update notice, at the top of the content: a status line and a real button. */
  function showUpdate(reg) {
    if (document.querySelector(".offline-update")) return;
    var notice = document.createElement("div");
    notice.className = "offline-update";
    notice.setAttribute("role", "status");
    var content = document.querySelector(".md-content__inner") || document.body;
    content.insertBefore(notice, content.firstChild);
    setTimeout(function () {  // filled once in the page, so that screen readers announce it
      var text = document.createElement("span");
      var button = document.createElement("button");
      text.textContent = say.update;
      button.type = "button";
      button.className = "md-button md-button--primary";
      button.textContent = say.update_button;
      button.addEventListener("click", function () {
        if (!reg.waiting) return;
        updating = true;
        button.disabled = true;
        ask(reg.waiting, { type: "skip-waiting" }, function () {});
      });
      notice.append(text, " ", button);
    }, 100);
  }

  sw.addEventListener("controllerchange", function () {
    if (updating || hadController) {  // a new version took over: reload once, never mix old and new files
      if (!reloaded) { reloaded = true; location.reload(); }
    } else {  // first visit: the worker has just taken this page
      hadController = true;
      keep();
    }
  });
  // After the page has loaded, so the worker's install never competes with the first visit.
  function register() {
    sw.register(new URL("sw.js", root).href).then(function (reg) {
      registration = reg;
      if (reg.waiting && sw.controller) showUpdate(reg);
      reg.addEventListener("updatefound", function () {
        var installing = reg.installing;
        if (installing) installing.addEventListener("statechange", function () {
          if (installing.state === "installed" && sw.controller) showUpdate(reg);
        });
      });
    }).catch(function () {  // no worker (e.g. private browsing): the site works online as before, without the box
      if (box) box.hidden = true;
    });
  }
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register);
  if (sw.controller) keep();

  /* "Save for use without a connection" */
  var box = document.querySelector("[data-offline-save]");
  if (box) saveBox(box);

  function saveBox(box) {
    var T = JSON.parse(box.dataset.strings), lang = box.dataset.lang;
    var numbers = new Intl.NumberFormat(box.dataset.locale, { maximumFractionDigits: 1 });
    var part = function (name) { return box.querySelector("[data-" + name + "]"); };
    var saveButton = part("save"), cancel = part("cancel"), progressLine = part("progress"), result = part("result");
    var progress = progressLine.querySelector("progress"), progressLabel = part("progress-label");
    var kept = part("kept"), keptText = part("kept-text"), pdf = part("pdf"), running = null;

    function size(bytes) {  // "1,3 MB" / "1.3 MB"; under a megabyte in kilobytes
      if (typeof bytes !== "number") return T.size_unknown;
      return bytes >= 1e6 ? fill(T.mb, { n: numbers.format(Math.round(bytes / 1e5) / 10) })
        : fill(T.kb, { n: numbers.format(Math.max(1, Math.round(bytes / 1e3))) });
    }

    function busy(on) {
      saveButton.hidden = on;
      pdf.disabled = on;
      cancel.hidden = !on;
      progressLine.hidden = !on;
      (on ? cancel : saveButton).focus();
    }

    function status() {
      once({ type: "status", lang: lang }).then(function (reply) {
        kept.hidden = !reply.keptBytes;
        if (!reply.keptBytes) return;
        keptText.textContent = fill(T.kept, { size: size(reply.keptBytes) });
        if (navigator.storage && navigator.storage.estimate) {
          navigator.storage.estimate().then(function (estimate) {
            if (typeof estimate.usage === "number") keptText.textContent += " " + fill(T.usage, { size: size(estimate.usage) });
          });
        }
      });
    }

    box.hidden = false;
    if (navigator.connection && navigator.connection.saveData) part("save-data").hidden = false;
    fetch(new URL("offline.json", root).href).then(function (response) {
      return response.ok ? response.json() : {};
    }).catch(function () { return {}; }).then(function (list) {
      var bytes = list.bytes || {};
      part("size").textContent = size(bytes[lang]);
      part("pdf-size").textContent = size(bytes[lang + "-pdf"]);
      part("pdf-line").hidden = !bytes[lang + "-pdf"];  // a site published without PDFs offers none
    });
    status();

    saveButton.addEventListener("click", function () {
      result.textContent = "";
      progress.removeAttribute("value");  // indeterminate until the first count
      progressLabel.textContent = "";
      busy(true);
      // The reader asked to keep the site: ask the browser not to evict it when space runs short.
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist();
      worker().then(function (target) {
        running = ask(target, { type: "save", lang: lang, pdf: pdf.checked }, function (reply) {
          if (reply.type === "progress") {
            progress.max = reply.total || 1;
            progress.value = reply.done;
            progressLabel.textContent = fill(T.progress, { done: numbers.format(reply.done), total: numbers.format(reply.total),
              bytes: size(reply.bytes), total_bytes: size(reply.totalBytes) });
            return;
          }
          if (["saved", "partial", "full", "cancelled"].indexOf(reply.type) < 0) return;
          running.close();
          running = null;
          busy(false);
          result.textContent = fill(T[reply.type], { kept: numbers.format(reply.kept || 0), missing: numbers.format(reply.missing || 0) });
          status();
        });
      });
    });
    cancel.addEventListener("click", function () { once({ type: "cancel" }); });
    part("release").addEventListener("click", function () {
      once({ type: "release", lang: lang }).then(function () {
        result.textContent = T.released;
        status();
        saveButton.focus();
      });
    });
  }

  /* The offline page: what this device keeps in the page's language. */
  var list = document.querySelector("[data-offline-kept]");
  if (list) {
    once({ type: "status", lang: list.dataset.lang }).then(function (reply) {
      var pages = reply.pages || [], ul = list.querySelector("[data-list]");
      pages.forEach(function (page) {
        var item = document.createElement("li"), link = document.createElement("a");
        link.href = new URL(page.url, root).href;
        link.textContent = page.title || page.url;
        item.append(link);
        ul.append(item);
      });
      list.querySelector("[data-none]").hidden = pages.length > 0;
      list.querySelector("[data-some]").hidden = ul.hidden = !pages.length;
    });
  }
}());
