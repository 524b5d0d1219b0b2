/* Worksheets: answers are kept in this browser only (localStorage, by language and worksheet id)
   and survive a reload; print with or without them, on A4 or Letter; download them as Markdown.
   Nothing is sent anywhere. Without this script a worksheet still reads and prints. */
(function () {
  "use strict";
  var root = document.documentElement;
  var forms = Array.prototype.slice.call(document.querySelectorAll("form.worksheet[data-worksheet]"));
  var PAPER = "gsdg:paper";

  function key(form) { return "gsdg:worksheet:" + form.dataset.lang + ":" + form.dataset.worksheet; }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function text(el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; }
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) { return el.name && el.name !== "paper"; });
  }
  function read(store, name) { try { return store.getItem(name); } catch (e) { return null; } }
  function write(store, name, value) { try { store.setItem(name, value); } catch (e) { /* storage off */ } }

  function save(form) {
    var data = {};
    fields(form).forEach(function (el) {
      if (el.type === "radio" || el.type === "checkbox") { if (el.checked) data[el.name] = el.value; }
      else if (el.value) data[el.name] = el.value;
    });
    write(localStorage, key(form), JSON.stringify(data));
  }

  function restore(form) {
    var data = {};
    try { data = JSON.parse(read(localStorage, key(form)) || "{}"); } catch (e) { /* ignore bad data */ }
    fields(form).forEach(function (el) {
      if (el.type === "radio" || el.type === "checkbox") el.checked = data[el.name] === el.value;
      else el.value = data[el.name] || "";
    });
  }

  function setPaper(paper) {
    root.classList.toggle("paper-letter", paper === "letter");
    each(document.querySelectorAll("input[data-paper]"), function (el) { el.checked = el.value === paper; });
    write(localStorage, PAPER, paper);
  }

  function markdown(form) {
    var out = ["# " + text(form.querySelector(".worksheet__title")), ""];
    each(form.querySelectorAll(".worksheet__identity input"), function (el) {
      out.push("- " + text(form.querySelector("label[for='" + el.id + "']")) + ": " + el.value);
    });
    each(form.querySelectorAll(".worksheet__item"), function (item) {
      out.push("", "## " + text(item.querySelector(".worksheet__prompt")), "");
      if (item.matches(".worksheet__item--rating")) {
        var heads = item.querySelectorAll("thead th");
        each(item.querySelectorAll("tbody tr"), function (row) {
          var chosen = row.querySelector("input:checked");
          out.push("- " + text(row.querySelector("th")) + ": " + (chosen ? text(heads[Number(chosen.value)]) : ""));
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

  function download(form) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([markdown(form)], { type: "text/markdown" }));
    link.download = form.dataset.worksheet + "-" + form.dataset.lang + ".md";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function act(form, action) {
    if (action === "print") window.print();
    if (action === "print-blank") {  // every worksheet on the page, blank, then the answers come back
      forms.forEach(function (f) { f.reset(); });
      setPaper(read(localStorage, PAPER) || "a4");
      window.print();
      forms.forEach(restore);
    }
    if (action === "download") download(form);
    if (action === "clear" && window.confirm(form.dataset.confirm)) {
      form.reset();
      try { localStorage.removeItem(key(form)); } catch (e) { /* storage off */ }
      setPaper(read(localStorage, PAPER) || "a4");
    }
  }

  forms.forEach(function (form) {
    restore(form);
    form.addEventListener("input", function () { save(form); });
    form.addEventListener("change", function (event) {
      if (event.target.name === "paper") setPaper(event.target.value);
      else save(form);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (button) act(form, button.dataset.action);
    });
    form.querySelector(".worksheet__actions").hidden = false;
  });
  if (forms.length) setPaper(read(localStorage, PAPER) || "a4");
})();
