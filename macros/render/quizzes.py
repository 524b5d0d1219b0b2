"""A quiz as a form (see quiz.js).

Without JavaScript each question shows its options and a folded block with every answer explained;
with it, choosing an option announces whether it is right and why, and the folded block goes away.
"""

from markupsafe import Markup as M

from ..base.search_marker import EXCLUDE
from ..content.quizzes import Question, Quiz
from .reader import Reader


def render(quiz: Quiz, r: Reader) -> M:
    """The quiz as a form: a fieldset per question, its feedback announced in a live region."""
    questions = M("\n").join(_question(quiz, number, question, r) for number, question in enumerate(quiz.questions, 1))
    return M('<form class="quiz" id="quiz-{0}" data-quiz="{0}" data-right="{1}" data-wrong="{2}" data-score="{3}">\n'
             '{4}\n<p class="quiz__score" role="status"></p>\n</form>').format(
        quiz.id, r.t("quiz_right"), r.t("quiz_wrong"), r.t("quiz_score"), questions)


def _question(quiz: Quiz, number: int, question: Question, r: Reader) -> M:
    uid = f"quiz-{quiz.id}-{question.id}"
    options = M("").join(
        M('<li><input type="radio" id="{0}-{1}" name="{0}" value="{1}"{2}> <label for="{0}-{1}">{3}</label></li>').format(
            uid, index, M(" data-correct") if option.correct else "", option.text(r))
        for index, option in enumerate(question.options, 1))
    explained = M("").join(
        M('<li data-option="{}"><strong>{}</strong> {} {}</li>').format(
            index, r.t("quiz_right" if option.correct else "quiz_wrong"), option.text(r),
            M('<span class="quiz__why">{}</span>').format(option.feedback(r)))
        for index, option in enumerate(question.options, 1))
    return M('<fieldset class="quiz__question" data-question="{0}">\n<legend>{1}. {2}</legend>\n'
             '<ul class="quiz__options">{3}</ul>\n<p class="quiz__feedback" id="{4}-feedback" aria-live="polite"></p>\n'
             '<details class="quiz__answers"{7}><summary>{5}</summary><ul>{6}</ul></details>\n</fieldset>').format(
        question.id, number, question.prompt(r), options, uid, r.t("quiz_answers"), explained,
        EXCLUDE)  # the explanations stay out of the search index
