/* "Print this module" buttons (shown where JavaScript runs: `hidden data-js`) open the print dialog. */
document.querySelectorAll(".print-page").forEach(function (block) {
  "use strict";
  block.querySelector("button[data-print-page]").addEventListener("click", function () { window.print(); });
});
