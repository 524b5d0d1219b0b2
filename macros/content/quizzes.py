"""Quizzes (data/quizzes/*.yml): multiple-choice questions with feedback on every option (the form:
render/quizzes.py)."""

from pydantic import Field, model_validator

from ..base.errors import DataError, line
from . import datafiles, references
from .schema import Strict, Text

QUIZZES_DIR = datafiles.DATA_DIR / "quizzes"


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
