/* Case study index: filter the table by theme and principle (progressive enhancement — without
   this script the form stays hidden and the whole table shows). The count is read out politely. */
(function () {
  "use strict";
  document.querySelectorAll("form.case-filters").forEach(function (form) {
    var table = document.querySelector("table.case-index");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var count = form.querySelector(".case-filters__count");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));

    function update() {
      var shown = 0;
      rows.forEach(function (row) {
        var match = selects.every(function (select) {
          return !select.value || row.getAttribute("data-" + select.getAttribute("data-filter")).split(" ").indexOf(select.value) !== -1;
        });
        row.hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = count.getAttribute("data-template").replace("{shown}", shown).replace("{total}", rows.length);
    }

    selects.forEach(function (select) { select.addEventListener("change", update); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    update();
  });
}());
