/* "Print this module" buttons: shown only when this script runs, they open the print dialog. */
document.querySelectorAll(".print-page").forEach(function (block) {
  "use strict";
  block.hidden = false;
  block.querySelector("button[data-print-page]").addEventListener("click", function () { window.print(); });
});
