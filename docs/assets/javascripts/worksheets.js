/* Worksheets: answers are kept in this browser only (store.js: one record per worksheet id, or per
   learning path for a path's plan, shared by both languages: items have language-neutral names) and survive a reload; print with or
   without them, on A4 or Letter; download them as Markdown. Nothing is sent anywhere. Without this
   script a worksheet still reads and prints. */
(function () {
  "use strict";
  var forms = Array.prototype.slice.call(document.querySelectorAll("form.worksheet[data-worksheet]"));
  var store = window.gsdgStore, remove = store.remove;

  /* A learning path's own plan (data-record) is kept apart from the worksheet's page. */
  function key(form) { return store.worksheet + (form.dataset.record || form.dataset.worksheet); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function text(el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; }
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) { return el.name && el.name !== "paper"; });
  }
  function answers(name) { return store.get(name) || {}; }

  /* Answers used to be kept per language ("gsdg:worksheet:<lang>:<id>"): fold them into the
     worksheet's record once, losing nothing — the page's language wins over the other one, and
     anything already in the shared record wins over both. */
  function migrate(form) {
    var old = [];
    store.names().forEach(function (name) {
      var match = /^worksheet:([a-z]{2}):(.+)$/.exec(name);
      if (match && match[2] === form.dataset.worksheet) old.push({ name: name, own: match[1] === form.dataset.lang });
    });
    if (!old.length) return;
    old.sort(function (a, b) { return a.own - b.own; });
    var merged = {};
    old.concat({ name: key(form) }).forEach(function (record) {
      var data = answers(record.name);
      Object.keys(data).forEach(function (field) { merged[field] = data[field]; });
    });
    store.set(key(form), merged);
    old.forEach(function (record) { remove(record.name); });
  }

  /* On paper a text box would cut what it cannot show: each one gets a copy of its text that
     grows with it (shown by the print stylesheet only). */
  function mirror(el) {
    var copy = el.nextElementSibling;
    if (!copy || !copy.classList.contains("worksheet__typed")) {
      copy = document.createElement("span");
      copy.className = "worksheet__typed";
      copy.setAttribute("aria-hidden", "true");
      el.parentNode.insertBefore(copy, el.nextSibling);
    }
    copy.textContent = el.value;
  }
  function mirrorAll(form) { each(form.querySelectorAll("textarea, input[type='text']"), mirror); }

  function save(form) {
    var data = {};
    fields(form).forEach(function (el) {
      if (el.type === "radio" || el.type === "checkbox") { if (el.checked) data[el.name] = el.value; }
      else if (el.value) data[el.name] = el.value;
    });
    store.set(key(form), data);
  }

  /* A ranking gives each option a place of its own: a place typed twice is named under the inputs as it
     happens (a live region the inputs name as their description) and the inputs holding it are marked invalid. */
  function checkRanking(list) {
    var inputs = list.querySelectorAll("input"), holders = {};
    each(inputs, function (el) {
      if (el.value.trim()) (holders[Number(el.value)] = holders[Number(el.value)] || []).push(el);
    });
    var repeated = Object.keys(holders).filter(function (rank) { return holders[rank].length > 1; })
      .sort(function (a, b) { return a - b; });
    each(inputs, function (el) {
      if (el.value.trim() && holders[Number(el.value)].length > 1) el.setAttribute("aria-invalid", "true");
      else el.removeAttribute("aria-invalid");
    });
    var warning = list.parentNode.querySelector(".worksheet__warning");
    var message = repeated.length ? warning.dataset.message.split("{rank}").join(repeated[0]) : "";
    if (warning.textContent !== message) warning.textContent = message;
  }
  function checkRankings(form) { each(form.querySelectorAll(".worksheet__ranking"), checkRanking); }

  function restore(form) {
    var data = answers(key(form));
    fields(form).forEach(function (el) {
      if (el.type === "radio" || el.type === "checkbox") el.checked = data[el.name] === el.value;
      else el.value = data[el.name] || "";
    });
    mirrorAll(form);
    checkRankings(form);
  }

  function markdown(form) {
    var out = ["# " + text(form.querySelector(".worksheet__title")), ""];
    each(form.querySelectorAll(".worksheet__identity input"), function (el) {
      out.push("- " + text(form.querySelector("label[for='" + el.id + "']")) + ": " + el.value);
    });
    each(form.querySelectorAll(".worksheet__item"), function (item) {
      out.push("", "## " + text(item.querySelector(".worksheet__prompt")), "");
      if (item.matches(".worksheet__item--rating")) {
        each(item.querySelectorAll(".worksheet__statement"), function (statement) {
          var chosen = statement.querySelector("input:checked");
          out.push("- " + text(statement.querySelector("legend")) + ": " + (chosen ? text(chosen.parentNode) : ""));
        });
      } else if (item.matches(".worksheet__item--table")) {
        var cols = Array.prototype.map.call(item.querySelectorAll("thead th"), text);
        out.push("| " + cols.join(" | ") + " |", "|" + cols.map(function () { return " --- "; }).join("|") + "|");
        each(item.querySelectorAll("tbody tr"), function (row) {
          var cells = [text(row.querySelector("th"))];
          each(row.querySelectorAll("textarea"), function (el) { cells.push(el.value.replace(/\s*\n\s*/g, " ")); });
          out.push("| " + cells.join(" | ") + " |");
        });
      } else if (item.matches(".worksheet__item--checklist")) {
        each(item.querySelectorAll("li"), function (li) {
          out.push("- [" + (li.querySelector("input").checked ? "x" : " ") + "] " + text(li.querySelector("label")));
        });
      } else if (item.matches(".worksheet__item--ranking")) {
        each(item.querySelectorAll("li"), function (li) {
          out.push("- " + (li.querySelector("input").value || "–") + " · " + text(li.querySelector("label")));
        });
      } else if (item.matches(".worksheet__item--matrix")) {
        each(item.querySelectorAll(".worksheet__quadrant"), function (quadrant) {
          out.push("- " + text(quadrant.querySelector("label")) + ": " + quadrant.querySelector("textarea").value);
        });
      } else {
        out.push(item.querySelector("textarea").value);
      }
    });
    return out.join("\n") + "\n";
  }


  function act(form, action) {
    if (action === "print") window.print();
    if (action === "print-blank") {  // every worksheet on the page, blank, then the answers come back
      forms.forEach(function (f) { f.reset(); mirrorAll(f); checkRankings(f); });
      store.setPaper(store.paper());
      window.print();
      forms.forEach(restore);
    }
    var name = (form.dataset.record || form.dataset.worksheet) + "-" + form.dataset.lang;
    if (action === "download") store.download(name + ".md", markdown(form), "text/markdown");
    if (action === "answer-file") {
      var file = store.answerFile(form.dataset.record || form.dataset.worksheet, form.dataset.lang);
      store.download(name + ".json", JSON.stringify(file, null, 1), "application/json");
    }
    if (action === "clear" && window.confirm(form.dataset.confirm)) {
      form.reset();
      mirrorAll(form);
      checkRankings(form);
      remove(key(form));
      store.setPaper(store.paper());
    }
  }

  forms.forEach(function (form) {
    migrate(form);
    restore(form);
    form.addEventListener("input", function (event) {
      if (event.target.matches("textarea, input[type='text']")) mirror(event.target);
      var ranking = event.target.closest(".worksheet__ranking");
      if (ranking) checkRanking(ranking);
      save(form);
    });
    form.addEventListener("change", function (event) {
      if (event.target.name !== "paper") save(form);  // the paper is store.js's
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (button) act(form, button.dataset.action);
    });
  });
})();
