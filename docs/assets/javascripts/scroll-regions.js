/* Wide tables scroll sideways inside Material's wrapper (.md-typeset__scrollwrap). Each wrapper that
   overflows becomes a region reachable with the keyboard (WCAG 2.1.1; axe: scrollable-region-focusable),
   named by its table's caption, else by the heading before it, and gets the class scroll-region: the
   visible cue that more lies to the right (site.css, "Phone: prose and scroll regions"). */
document$.subscribe(function () {
  "use strict";
  var wrappers = document.querySelectorAll(".md-typeset__scrollwrap");
  var headings = document.querySelectorAll(".md-content :is(h1, h2, h3, h4, h5, h6)");

  function label(wrapper) {
    var before = Array.prototype.filter.call(headings, function (heading) {
      return heading.compareDocumentPosition(wrapper) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    return wrapper.querySelector("caption") || before[before.length - 1] || null;
  }

  function words(element) {  // its text without Material's "¶" permalink
    var copy = element.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach(function (link) { link.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function update() {
    wrappers.forEach(function (wrapper) {
      var scrolls = wrapper.scrollWidth > wrapper.clientWidth;
      var name = scrolls && label(wrapper);
      wrapper.classList.toggle("scroll-region", scrolls);
      if (scrolls) {
        wrapper.tabIndex = 0;
        wrapper.setAttribute("role", "region");
        if (name) wrapper.setAttribute("aria-label", words(name));
      } else {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-label");
      }
    });
  }
  update();
  window.addEventListener("resize", update);
});
