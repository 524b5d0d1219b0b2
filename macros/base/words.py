"""Common words of each language: how the build and the tests (tests/english.py) tell that a text is in English
or Spanish."""

import re

# Short, frequent words that are not also words of the other language (no "a", "no", "me", "real"…)
ENGLISH = frozenset("""
and the of for with by from to in on at into about this that these those is are was were be been
have had will would could should which who whose what when where how why not or but an its their
our your his her they we you it than then also only more most other such copy posted news opinion
column page see read available report department office ministry united nations council
development government public services service world bank agency authority institute national
information state program programme center centre committee commission affairs economic
permanent link footnote jump back search skip content previous next home language close share clipboard
""".split())
SPANISH = frozenset("""
de del la las los el y para con por en al una unos unas este esta estos estas es son fue
que cual quien cuando donde como pero sino también más su sus nuestro ministerio
""".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b")  # and domain names


def tokens(text: str) -> list[str]:
    """The words of `text`; web and e-mail addresses and domain names (vdocument.in) left out."""
    return _WORD.findall(_ADDRESS.sub(" ", text))


def common_words(text: str) -> list[str]:
    """The English or Spanish common words in `text`, in order: none means it reads the same in both."""
    return [w for w in tokens(text) if w.casefold() in ENGLISH or w.casefold() in SPANISH]
