/* Group results: the facilitator chooses the participants' answer files (or their whole exports);
   the page shows, per item, what the group said — rating distributions and medians, the group's
   order of a ranking by Borda points (ties share a place), every placement in the 2×2 grid with the count per
   quadrant, checklist counts and percentages, every written answer — and downloads them as
   Markdown or CSV. Everything happens in this browser: no file is uploaded. Files are checked by
   store.js; each refused file is listed with its reason, the others still count. An export counts
   answer file by answer file: a part that is damaged or of another version is refused with its reason.
   A ranking that gives one place twice is left out of that ranking only, and named under it. "Present"
   shows the results one item per screen, for a projector. */
(function () {
  "use strict";
  var root = document.querySelector(".group-results");
  if (!root) return;
  var store = window.gsdgStore;
  var data = JSON.parse(document.getElementById("group-results-data").textContent);
  var T = data.strings, lang = data.lang;
  var select = root.querySelector("#results-worksheet");
  var input = root.querySelector("#results-files");
  var anonymous = root.querySelector("input[name=anonymous]");
  var status = root.querySelector(".group-results__files");
  var output = root.querySelector(".group-results__output");
  var SVG = "http://www.w3.org/2000/svg";
  var presentButton = root.querySelector("[data-action=present]");
  var files = [], sources = [], refused = [], seen = {};

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    });
    return node;
  }
  function fill(text, values) {
    return Object.keys(values).reduce(function (out, key) { return out.split("{" + key + "}").join(values[key]); }, text);
  }
  function number(value) { return value === null ? "–" : value.toLocaleString(lang, { maximumFractionDigits: 2 }); }
  function median(values) {
    if (!values.length) return null;
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
  function who(file, index) {
    var name = !anonymous.checked && file.name ? file.name : fill(T.results_participant, { n: index + 1 });
    return file.institution ? name + " (" + file.institution + ")" : name;
  }

  /* Reading files */
  function take(name, file) {
    var problem = store.answerFileProblem(file);
    if (problem) {
      refused.push({ name: name, reason: { "other-version": T.results_newer_version, corrupt: T.results_corrupt }[problem] ||
                     T.results_not_answer_file });
      return;
    }
    if (!data.worksheets[file.worksheet]) { refused.push({ name: name, reason: fill(T.results_unknown_worksheet, { id: file.worksheet }) }); return; }
    if (!select.value) select.value = file.worksheet;
    if (file.worksheet !== select.value) {
      refused.push({ name: name, reason: fill(T.results_other_worksheet, { title: data.worksheets[file.worksheet].title }) });
      return;
    }
    var key = JSON.stringify([file.worksheet, file.path || "", file.name || "", file.institution || "", file.date, file.answers]);
    if (seen[key]) { refused.push({ name: name, reason: fill(T.results_twice, { file: seen[key] }) }); return; }
    seen[key] = name;
    files.push(file);
    sources.push(name);
  }
  function read(list) {  // all files read first, then taken in the order chosen (the first valid one names the worksheet)
    return Promise.all(Array.prototype.map.call(list, function (file) {
      return file.text().then(function (text) { return [file.name, text]; }, function () { return [file.name, ""]; });
    })).then(function (texts) {
      texts.forEach(function (pair) {
        var parsed;
        try { parsed = JSON.parse(pair[1]); } catch (e) { refused.push({ name: pair[0], reason: T.results_corrupt }); return; }
        var whole = store.parse(pair[1]);  // a participant's whole export: its answer files count one by one
        if (whole.error === "not-export") take(pair[0], parsed);
        else if (whole.error === "other-version") refused.push({ name: pair[0], reason: T.results_newer_version });
        else if (whole.data) whole.data.worksheets.forEach(function (answers) { take(pair[0], answers); });
        else if (Array.isArray(parsed.worksheets)) {  // an export with a bad part: each part refused with its own reason, the others count
          parsed.worksheets.forEach(function (answers) { take(pair[0], answers); });
        } else refused.push({ name: pair[0], reason: T.results_corrupt });
      });
    });
  }

  /* Counting */
  function answer(file, field) { var value = file.answers[field]; return typeof value === "string" ? value.trim() : ""; }
  function rating(item) {
    return item.statements.map(function (statement, s) {
      var counts = item.scale.map(function () { return 0; }), values = [];
      files.forEach(function (file) {
        var point = Number(answer(file, item.name + "-s" + (s + 1)));
        if (point >= 1 && point <= item.scale.length && point % 1 === 0) { counts[point - 1] += 1; values.push(point); }
      });
      return { statement: statement, counts: counts, median: median(values), n: values.length };
    });
  }
  function ranking(item) {  // Borda: a place r of n is worth n − r points, no place 0; equal points share a place
    var size = item.options.length, counted = [], left = [];
    files.forEach(function (file, index) {
      var ranks = item.options.map(function (option, o) {
        var rank = Number(answer(file, item.name + "-o" + (o + 1)));
        return rank >= 1 && rank <= size && rank % 1 === 0 ? rank : null;
      });
      var given = ranks.filter(function (rank) { return rank !== null; }).sort(function (a, b) { return a - b; });
      if (new Set(given).size < given.length) left.push({ file: file, index: index, ranks: given });
      else counted.push(ranks);
    });
    var rows = item.options.map(function (option, o) {
      var ranks = counted.map(function (file) { return file[o]; }).filter(function (rank) { return rank !== null; });
      var sum = ranks.reduce(function (a, b) { return a + b; }, 0);
      return { option: option, index: o, points: size * ranks.length - sum, mean: ranks.length ? sum / ranks.length : null, n: ranks.length };
    }).sort(function (a, b) { return b.points - a.points || a.index - b.index; });
    rows.forEach(function (row, r) { row.place = r && row.points === rows[r - 1].points ? rows[r - 1].place : r + 1; });
    return { rows: rows, counted: counted.length, left: left };
  }
  function matrix(item) {
    return item.quadrants.map(function (label, q) {
      var entries = [];
      files.forEach(function (file, index) {
        var text = answer(file, item.name + "-q" + (q + 1));
        if (text) entries.push({ who: who(file, index), text: text });
      });
      return { label: label, entries: entries };
    });
  }
  function checklist(item) {
    return item.options.map(function (option, o) {
      var count = files.filter(function (file) { return answer(file, item.name + "-o" + (o + 1)) === "1"; }).length;
      return { option: option, count: count, percent: files.length ? 100 * count / files.length : 0 };
    });
  }

  /* Showing */
  function table(caption, head, rows, kind) {  // in a region that scrolls sideways on a phone, reachable by keyboard
    return el("div", { "class": "group-results__scroll", tabindex: "0", role: "region", "aria-label": caption }, [
      el("table", { "data-kind": kind }, [  // no class: Material styles plain tables
      el("caption", {}, [caption]),
      el("thead", {}, [el("tr", {}, head.map(function (cell) { return el("th", { scope: "col" }, [cell]); }))]),
      el("tbody", {}, rows.map(function (row) {
        return el("tr", {}, row.map(function (cell, index) {
          var value = cell && typeof cell === "object" ? cell : { text: cell };
          var attrs = value.value === undefined ? {} : { "data-value": String(value.value) };
          if (index === 0) attrs.scope = "row";
          return el(index === 0 ? "th" : "td", attrs, [value.text]);
        }));
      }))])]);
  }
  function bars(item, results) {  // one stacked bar per statement; the numbers are in the table beside it
    var left = 28, width = 300, height = 22, svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + (left + width) + " " + (results.length * (height + 8)));
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", fill(T.results_chart, { prompt: item.prompt }));
    svg.setAttribute("class", "group-results__chart");
    results.forEach(function (row, r) {
      var x = left, total = row.n || 1;
      var label = document.createElementNS(SVG, "text");
      label.setAttribute("x", 0); label.setAttribute("y", r * (height + 8) + height - 6);
      label.textContent = r + 1;  // the statement's number in the table
      svg.appendChild(label);
      row.counts.forEach(function (count, point) {
        var w = width * count / total;
        if (w > 0) {
          var rect = document.createElementNS(SVG, "rect");
          rect.setAttribute("x", x); rect.setAttribute("y", r * (height + 8)); rect.setAttribute("width", w);
          rect.setAttribute("height", height); rect.setAttribute("class", "group-results__point--" + (point + 1));
          var title = document.createElementNS(SVG, "title");
          title.textContent = row.statement + " · " + item.scale[point] + ": " + count;
          rect.appendChild(title);
          svg.appendChild(rect);
          x += w;
        }
      });
    });
    return svg;
  }
  function section(item, position) {
    var parts = [el("h2", {}, [position + ". " + item.prompt])];
    if (item.kind === "rating") {
      var rows = rating(item);
      parts.push(bars(item, rows));
      parts.push(el("ul", { "class": "group-results__legend", "aria-hidden": "true" }, item.scale.map(function (point, p) {
        return el("li", {}, [el("span", { "class": "group-results__swatch group-results__point--" + (p + 1) }), point]);
      })));
      parts.push(table(fill(T.results_rating_caption, { n: files.length }), [item.header].concat(item.scale, [T.results_median, T.results_answers]),
        rows.map(function (row) {
          return [rows.indexOf(row) + 1 + ". " + row.statement].concat(row.counts.map(function (c) { return { text: number(c), value: c }; }),
            [{ text: number(row.median), value: row.median === null ? "" : row.median }, { text: number(row.n), value: row.n }]);
        }), "rating"));
    } else if (item.kind === "ranking") {
      var ranked = ranking(item), size = item.options.length;
      parts.push(table(fill(T.results_ranking_caption, { n: ranked.counted }),
        [T.results_position, T.results_option, T.results_borda, T.results_mean_rank, T.results_ranked_by],
        ranked.rows.map(function (row) {
          return [{ text: number(row.place), value: row.place }, { text: row.option, value: row.index + 1 },
            { text: number(row.points), value: row.points }, { text: number(row.mean), value: row.mean === null ? "" : row.mean },
            { text: fill(T.results_ranked_by_value, { k: number(row.n), n: number(ranked.counted) }), value: row.n }];
        }), "ranking"));
      parts.push(el("p", { "class": "group-results__rule" }, [fill(T.results_order_rule, { n: size, top: size - 1 })]));
      if (ranked.left.length) parts.push(el("ul", { "class": "group-results__left-out" }, ranked.left.map(function (entry) {
        return el("li", {}, [el("strong", {}, [sources[entry.index] + " · " + who(entry.file, entry.index) + ": "]),
          fill(T.results_repeated, { ranks: entry.ranks.map(number).join(", ") })]);
      })));
    } else if (item.kind === "matrix") {
      var quadrants = matrix(item);
      parts.push(el("div", { "class": "group-results__grid" }, quadrants.map(function (quadrant, q) {
        return el("div", { "class": "group-results__quadrant", "data-quadrant": String(q + 1) }, [
          el("h3", {}, [quadrant.label + " (" + quadrant.entries.length + ")"]),
          el("ul", {}, quadrant.entries.map(function (entry) { return el("li", {}, [el("strong", {}, [entry.who + ": "]), entry.text]); }))]);
      })));
      parts.push(table(fill(T.results_matrix_caption, { n: files.length }), [T.results_quadrant, T.results_count],
        quadrants.map(function (quadrant) { return [quadrant.label, { text: number(quadrant.entries.length), value: quadrant.entries.length }]; }), "matrix"));
    } else if (item.kind === "checklist") {
      parts.push(table(fill(T.results_checklist_caption, { n: files.length }), [T.results_option, T.results_count, T.results_percent],
        checklist(item).map(function (row) {
          return [row.option, { text: number(row.count), value: row.count }, { text: fill(T.results_percent_value, { n: number(row.percent) }), value: row.percent }];
        }), "checklist"));
    } else {
      var entries = [];
      files.forEach(function (file, index) {
        var texts = Object.keys(file.answers).filter(function (field) {
          return field === item.name || field.indexOf(item.name + "-") === 0;
        }).sort().map(function (field) { return answer(file, field); }).filter(Boolean);
        if (texts.length) entries.push(el("li", {}, [el("strong", {}, [who(file, index) + ": "]), texts.join(" · ")]));
      });
      parts.push(entries.length ? el("ul", { "class": "group-results__answers" }, entries) : el("p", {}, [T.results_no_answers]));
    }
    return el("section", { "class": "group-results__item", "data-item": item.name }, parts);
  }
  function render() {
    status.textContent = "";
    status.appendChild(el("p", {}, [fill(T.results_files_read, { n: files.length }) + " · " + fill(T.results_files_refused, { n: refused.length })]));
    if (refused.length) status.appendChild(el("ul", { "class": "group-results__refused" }, refused.map(function (file) {
      return el("li", {}, [el("strong", {}, [file.name + ": "]), file.reason]);
    })));
    output.textContent = "";
    var sheet = data.worksheets[select.value];
    presentButton.disabled = !sheet || !files.length;
    if (presentButton.disabled) return;
    output.appendChild(el("h2", { "class": "group-results__title" }, [sheet.title]));
    sheet.items.forEach(function (item, index) { output.appendChild(section(item, index + 1)); });
  }

  /* Downloads: Markdown for people, CSV (one row per participant and item) for spreadsheets. */
  function serialize(item, file) {
    return Object.keys(file.answers).filter(function (field) { return field.indexOf(item.name + "-") === 0 || field === item.name; })
      .sort().map(function (field) { return field === item.name ? answer(file, field) : field.slice(item.name.length + 1) + "=" + answer(file, field); })
      .filter(function (text) { return text && !/=$/.test(text); }).join("; ");
  }
  function csv() {
    var quote = function (text) { return /[",\n;]/.test(text) ? '"' + String(text).replace(/"/g, '""') + '"' : String(text); };
    var lines = [["worksheet", "participant", "name", "institution", "lang", "date", "item", "kind", "answer"].join(",")];
    var sheet = data.worksheets[select.value];
    files.forEach(function (file, index) {
      sheet.items.forEach(function (item) {
        lines.push([select.value, index + 1, anonymous.checked ? "" : file.name || "", file.institution || "", file.lang || "",
          file.date || "", item.name, item.kind, serialize(item, file)].map(quote).join(","));
      });
    });
    return lines.join("\r\n") + "\r\n";
  }
  function markdown() {
    var out = [];
    output.querySelectorAll("h2, h3, table, ul, ol, p").forEach(function (node) {
      if (node.closest("table") && node.tagName !== "TABLE") return;
      if (/^H/.test(node.tagName)) out.push("", (node.tagName === "H2" ? "## " : "### ") + node.textContent, "");
      else if (node.tagName === "TABLE") {
        var rows = Array.prototype.map.call(node.rows, function (row) {
          return "| " + Array.prototype.map.call(row.cells, function (cell) { return cell.textContent.replace(/\|/g, "\\|"); }).join(" | ") + " |";
        });
        out.push("**" + node.caption.textContent + "**", "", rows[0], rows[0].replace(/[^|]+/g, " --- "));
        out.push.apply(out, rows.slice(1));
        out.push("");
      } else if (node.tagName === "P") out.push(node.textContent, "");
      else {
        node.querySelectorAll(":scope > li").forEach(function (li, i) { out.push((node.tagName === "OL" ? (i + 1) + ". " : "- ") + li.textContent); });
        out.push("");
      }
    });
    var title = document.querySelector("h1").cloneNode(true);
    title.querySelectorAll(".headerlink").forEach(function (link) { link.remove(); });
    return "# " + title.textContent.trim() + "\n\n" + status.textContent + "\n" + out.join("\n") + "\n";
  }

  /* Present: the results one item per screen, in large type, light and high-contrast whatever the site's
     colour scheme. ←/→, space (shift+space back), PageUp/PageDown and Home/End move; F switches full screen on and
     off; Esc or "Leave" closes the view. Each screen is a copy of the item as the page shows it. */
  var present = null;
  var MOVES = { ArrowRight: 1, ArrowLeft: -1, PageDown: 1, PageUp: -1, " ": 1, Home: -Infinity, End: Infinity };
  function presenter() {
    var slide = el("div", { "class": "group-present__slide md-typeset", tabindex: "0", role: "region" });
    var count = el("p", { "class": "group-present__count", "aria-live": "polite" });
    var buttons = [["previous", T.results_previous], ["next", T.results_next], ["fullscreen", T.results_fullscreen],
                   ["leave", T.results_leave]].map(function (button) {
      return el("button", { type: "button", "class": "group-present__button", "data-present": button[0] }, [button[1]]);
    });
    var stage = el("div", { "class": "group-present__stage" }, [slide, el("div", { "class": "group-present__bar" }, [count].concat(buttons))]);
    var dialog = el("dialog", { "class": "group-present" }, [stage]);
    if (!stage.requestFullscreen) buttons[2].hidden = true;
    document.body.appendChild(dialog);
    var view = { dialog: dialog, stage: stage, slide: slide, count: count, at: 0 };
    dialog.addEventListener("keydown", function (event) {
      event.stopPropagation();  // the page's own keys (Material: S for search, N and P for the next and previous page) wait
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.key === " " || event.key === "Enter") && event.target.closest("button")) return;  // a button's own keys
      if (event.key === "f" || event.key === "F") { fullscreen(); event.preventDefault(); return; }
      if (!(event.key in MOVES)) return;
      event.preventDefault();
      show(view.at + (event.key === " " && event.shiftKey ? -1 : MOVES[event.key]));
    });
    dialog.addEventListener("click", function (event) {
      var button = event.target.closest("[data-present]");
      if (!button) return;
      var action = button.dataset.present;
      if (action === "previous" || action === "next") show(view.at + (action === "next" ? 1 : -1));
      if (action === "fullscreen") fullscreen();
      if (action === "leave") dialog.close();
    });
    dialog.addEventListener("close", function () {
      if (document.fullscreenElement) document.exitFullscreen();
      presentButton.focus();
    });
    return view;
  }
  function fullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (present.stage.requestFullscreen) present.stage.requestFullscreen().catch(function () {});
  }
  function show(at) {
    var items = output.querySelectorAll(".group-results__item");
    present.at = Math.max(0, Math.min(items.length - 1, at));
    var copy = items[present.at].cloneNode(true);
    copy.querySelectorAll(".group-results__scroll").forEach(function (region) {  // the slide is the one region that scrolls
      ["role", "aria-label", "tabindex"].forEach(function (name) { region.removeAttribute(name); });
    });
    present.slide.replaceChildren(copy);
    present.slide.scrollTop = 0;
    present.slide.setAttribute("aria-label", copy.querySelector("h2").textContent);
    present.count.textContent = fill(T.results_slide, { i: present.at + 1, n: items.length });
  }
  function open() {
    present = present || presenter();
    present.dialog.setAttribute("aria-label", data.worksheets[select.value].title);
    present.dialog.showModal();
    show(0);
    present.slide.focus();
  }

  function clear() {
    files = []; sources = []; refused = []; seen = {}; input.value = ""; render();
  }
  input.addEventListener("change", function () {
    read(input.files).then(render);
  });
  select.addEventListener("change", clear);  // another worksheet: start again
  anonymous.addEventListener("change", render);
  root.addEventListener("click", function (event) {
    var action = event.target.closest("[data-action]");
    if (!action) return;
    var name = "group-results-" + (select.value || "worksheet");
    if (action.dataset.action === "markdown") store.download(name + ".md", markdown(), "text/markdown");
    if (action.dataset.action === "csv") store.download(name + ".csv", csv(), "text/csv");
    if (action.dataset.action === "print") window.print();
    if (action.dataset.action === "present") open();
    if (action.dataset.action === "reset") { select.value = ""; clear(); }
  });
})();
