"""Quizzes (data/quizzes/*.yml): multiple-choice questions with feedback on every option (see quiz.js).

Without JavaScript each question shows its options and a folded block with every answer explained;
with it, choosing an option announces whether it is right and why, and the folded block goes away.
"""

from markupsafe import Markup
from pydantic import Field, model_validator

from . import catalogue, datafiles, references
from .search_index import EXCLUDE
from .errors import DataError, line
from .schema import Strict, Text

QUIZZES_DIR = datafiles.DATA_DIR / "quizzes"
M = Markup


class Option(Strict):
    """An answer, and why it is right or wrong."""

    text: Text
    correct: bool = False
    feedback: Text


class Question(Strict):
    """A question with exactly one right option."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")  # language-neutral: results are kept under it
    prompt: Text
    options: list[Option] = Field(min_length=2, max_length=6)

    @model_validator(mode="after")
    def one_correct(self):
        right = sum(option.correct for option in self.options)
        if right != 1:
            raise ValueError(f"has {right} options marked `correct: true` — mark exactly one")
        return self


class Quiz(Strict):
    """A short quiz: a title, its questions and the sources of its facts."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: Text
    sources: list[str] = []  # keys in data/references/
    questions: list[Question] = Field(min_length=1)


def check(quiz: Quiz, where: str) -> None:
    """Question ids are unique and the sources exist."""
    seen = set()
    for number, question in enumerate(quiz.questions, 1):
        if question.id in seen:
            raise DataError(line(f"{where}: questions #{number} › id", f"'{question.id}' is used twice",
                                 "give each question its own id"))
        seen.add(question.id)
    references.check_keys(quiz.sources, f"{where}: sources")


def all_quizzes() -> dict[str, Quiz]:
    return datafiles.load_all(QUIZZES_DIR, Quiz, "quiz", check)


def load(quiz_id: str) -> Quiz:
    return datafiles.pick(all_quizzes(), quiz_id, "quiz", QUIZZES_DIR)


def render(quiz: Quiz, lang: str) -> Markup:
    """The quiz as a form: a fieldset per question, its feedback announced in a live region."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    questions = M("\n").join(_question(quiz, number, question, lang) for number, question in enumerate(quiz.questions, 1))
    return M('<form class="quiz" id="quiz-{0}" data-quiz="{0}" data-right="{1}" data-wrong="{2}" data-score="{3}">\n'
             '{4}\n<p class="quiz__score" role="status"></p>\n</form>').format(
        quiz.id, t("quiz_right"), t("quiz_wrong"), t("quiz_score"), questions)


def _question(quiz: Quiz, number: int, question: Question, lang: str) -> Markup:
    uid = f"quiz-{quiz.id}-{question.id}"
    options = M("").join(
        M('<li><input type="radio" id="{0}-{1}" name="{0}" value="{1}"{2}> <label for="{0}-{1}">{3}</label></li>').format(
            uid, index, M(" data-correct") if option.correct else "", option.text(lang))
        for index, option in enumerate(question.options, 1))
    explained = M("").join(
        M('<li data-option="{}"><strong>{}</strong> {} {}</li>').format(
            index, catalogue.text("quiz_right" if option.correct else "quiz_wrong", lang), option.text(lang),
            M('<span class="quiz__why">{}</span>').format(option.feedback(lang)))
        for index, option in enumerate(question.options, 1))
    return M('<fieldset class="quiz__question" data-question="{0}">\n<legend>{1}. {2}</legend>\n'
             '<ul class="quiz__options">{3}</ul>\n<p class="quiz__feedback" id="{4}-feedback" aria-live="polite"></p>\n'
             '<details class="quiz__answers"{7}><summary>{5}</summary><ul>{6}</ul></details>\n</fieldset>').format(
        question.id, number, question.prompt(lang), options, uid, catalogue.text("quiz_answers", lang), explained,
        EXCLUDE)  # the explanations stay out of the search index
