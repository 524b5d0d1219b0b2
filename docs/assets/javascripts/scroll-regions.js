/* Wide tables scroll sideways inside Material's wrapper (.md-typeset__scrollwrap) or a
   worksheet's (.worksheet__scroll): make each wrapper that overflows reachable with the keyboard
   and named by its table's caption (WCAG 2.1.1; axe: scrollable-region-focusable). */
document$.subscribe(function () {
  "use strict";
  var wrappers = document.querySelectorAll(".md-typeset__scrollwrap, .worksheet__scroll");
  function update() {
    wrappers.forEach(function (wrapper, index) {
      var caption = wrapper.querySelector("caption");
      if (wrapper.scrollWidth > wrapper.clientWidth) {
        wrapper.tabIndex = 0;
        wrapper.setAttribute("role", "region");
        if (caption) {
          caption.id = caption.id || "table-caption-" + (index + 1);
          wrapper.setAttribute("aria-labelledby", caption.id);
        }
      } else {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-labelledby");
      }
    });
  }
  update();
  window.addEventListener("resize", update);
});
