/* Agendas: add a column with the reader's own time (progressive enhancement — without this
   script the table already shows every session in Ecuador and New York time).
   Each row carries its UTC instants in data-start / data-end; labels come from data-local-label. */
(function () {
  "use strict";
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var lang = document.documentElement.lang || "en";

  function offset(date) {
    var name = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(date).filter(function (part) { return part.type === "timeZoneName"; })[0].value;
    return name === "GMT" ? "UTC" : name.replace("GMT", "UTC").replace("-", "\u2212");
  }

  document.querySelectorAll(".agenda table[data-zones]").forEach(function (table) {
    var zones = table.getAttribute("data-zones").split(" ");
    var rows = table.tBodies[0].rows;
    if (zones.indexOf(zone) !== -1 || !rows.length) return;
    var clock = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
    var day = new Intl.DateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short", timeZone: zone });
    var first = new Date(rows[0].getAttribute("data-start"));

    var header = document.createElement("th");
    header.scope = "col";
    header.className = "agenda__local";
    header.textContent = table.getAttribute("data-local-label") + " (" + offset(first) + ", " + day.format(first) + ")";
    var headRow = table.tHead.rows[0];
    headRow.insertBefore(header, headRow.cells[zones.length]);

    Array.prototype.forEach.call(rows, function (row) {
      var cell = row.insertCell(zones.length);
      var end = row.getAttribute("data-end");
      var time = document.createElement("span");
      cell.className = "agenda__local";
      cell.setAttribute("data-label", header.textContent);  // its zone, shown before the time on a phone
      time.className = "agenda__time";
      time.textContent = clock.format(new Date(row.getAttribute("data-start"))) +
        (end ? "\u2013" + clock.format(new Date(end)) : "");
      cell.appendChild(time);
    });
    if (table.tFoot) table.tFoot.rows[0].cells[0].colSpan += 1;
  });
})();
