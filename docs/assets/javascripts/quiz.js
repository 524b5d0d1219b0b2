/* Quizzes: choosing an option says at once whether it is right and why (a polite live region per
   question), and the score is updated. Answers are kept in this browser (store.js) so they come back
   on reload, in either language. Without this script the options and a folded block with every
   answer explained are still there (site.css hides that block once html has the class js). */
(function () {
  "use strict";
  var store = window.gsdgStore;

  function show(form, fieldset, input) {
    var why = fieldset.querySelector("li[data-option='" + input.value + "'] .quiz__why");
    var right = input.hasAttribute("data-correct");
    var feedback = fieldset.querySelector(".quiz__feedback");
    feedback.textContent = (right ? form.dataset.right : form.dataset.wrong) + " " + (why ? why.textContent : "");
    feedback.classList.toggle("quiz__feedback--right", right);
    feedback.classList.toggle("quiz__feedback--wrong", !right);
  }

  function score(form) {
    var questions = form.querySelectorAll(".quiz__question");
    var right = form.querySelectorAll("input[data-correct]:checked").length;
    var answered = form.querySelectorAll("input:checked").length;
    form.querySelector(".quiz__score").textContent = answered ? form.dataset.score
      .replace("{right}", right).replace("{total}", questions.length) : "";
  }

  document.querySelectorAll("form.quiz[data-quiz]").forEach(function (form) {
    var id = form.dataset.quiz;
    var saved = (store.get("quizzes") || {})[id] || {};
    form.querySelectorAll(".quiz__question").forEach(function (fieldset) {
      var input = fieldset.querySelector("input[value='" + saved[fieldset.dataset.question] + "']");
      if (input) { input.checked = true; show(form, fieldset, input); }
    });
    score(form);
    form.addEventListener("change", function (event) {
      var fieldset = event.target.closest(".quiz__question");
      if (!fieldset) return;
      show(form, fieldset, event.target);
      score(form);
      var all = store.get("quizzes") || {};
      (all[id] = all[id] || {})[fieldset.dataset.question] = event.target.value;
      store.set("quizzes", all);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  });
})();
