/* Case study index: filter the table by theme and principle (progressive enhancement — without
   this script the form stays hidden and the whole table shows). The filters live in the address
   (?theme=…&principle=…, language-neutral ids), so a filtered list can be shared, survives a reload
   and Back returns to the previous choice. The count is read out politely. */
(function () {
  "use strict";
  document.querySelectorAll("form.case-filters").forEach(function (form) {
    var table = document.querySelector("table.case-index");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var count = form.querySelector(".case-filters__count");
    var clear = form.querySelector(".case-filters__clear");
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
      clear.hidden = selects.every(function (select) { return !select.value; });
    }

    /* The address for the current choice: one parameter per filter that is set, nothing for "all". */
    function address() {
      var url = new URL(window.location.href);
      selects.forEach(function (select) {
        if (select.value) url.searchParams.set(select.getAttribute("data-filter"), select.value);
        else url.searchParams.delete(select.getAttribute("data-filter"));
      });
      return url.href;
    }

    /* Choose what the address says; a value that is not an option leaves that filter at "all". */
    function fromAddress() {
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        var wanted = params.get(select.getAttribute("data-filter"));
        var known = Array.prototype.some.call(select.options, function (option) { return option.value && option.value === wanted; });
        select.value = known ? wanted : "";
      });
      update();
    }

    function remember() {
      if (address() !== window.location.href) window.history.pushState(null, "", address());
    }

    selects.forEach(function (select) {
      select.addEventListener("change", function () { update(); remember(); });
    });
    clear.addEventListener("click", function () {
      selects.forEach(function (select) { select.value = ""; });
      selects[0].focus(); // the button is about to hide: keep the keyboard at the start of the form
      update();
      remember();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    window.addEventListener("popstate", fromAddress);
    form.hidden = false;
    fromAddress();
    if (address() !== window.location.href) window.history.replaceState(null, "", address()); // drop unknown values
  });
}());
