/* A facilitator guide's print list (macros/render/facilitator_guide.py): the pages in all follow the number
   of participants typed in (each cell keeps its pages per copy in data-per-copy). Without this
   script the list shows them for the default number. */
document.querySelectorAll(".print-list").forEach(function (list) {
  "use strict";
  var field = list.querySelector("#participants");
  function update() {
    var n = Math.floor(Number(field.value));
    if (!(n >= 1 && n <= 999)) return;  // keep the last valid numbers while the field is being edited
    list.querySelectorAll("[data-participants]").forEach(function (el) { el.textContent = String(n); });
    list.querySelectorAll("[data-per-copy]").forEach(function (el) { el.textContent = String(Number(el.dataset.perCopy) * n); });
  }
  field.addEventListener("input", update);
  update();  // a number kept by the browser across a reload
});
