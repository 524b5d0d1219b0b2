"""The text of a page in its own language, and the English found on a Spanish page outside lang="en" elements.

English is told by its common words: the function words the build knows (macros' `words.ENGLISH`, which
also checks references) and the words of a site's controls and messages (`UI`, here), so a Spanish
catalogue string left in English ("Clear answers") is found as well as a sentence.

`python -m tests.english SITE_DIR` lists every Spanish page of a built site with the phrases found.
"""

import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macros.base import words  # noqa: E402

# Words of buttons, labels and messages that are never Spanish (not "menú", "total", "agenda", "plan", "use", "case" or
# "show", which Spanish writes or borrows); checked against the whole Spanish site, where none occurs.
UI = frozenset("""
add again anonymous answer answers blank calendar cancel cancelled check choose clear cleared click confirm count dark
done download downloads edit export facilitator facilitators file files filter filters glossary group hide import
imported light median menu mode module modules my name names open option options paper participant participants please
print printed progress quiz quizzes rank reading readings replace reset result results save saved select session
sessions settings source sources start statement step steps submit theme themes toolkit tool tools upload view
workshop workshops worksheet worksheets yes
""".split())
VOCABULARY = words.ENGLISH | UI

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SKIP = {"script", "style", "template", "code", "pre"}  # not prose: scripts, and code shown as code
SPOKEN = ("alt", "aria-label", "placeholder", "title")  # attributes read aloud or shown


class _Text(HTMLParser):
    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.stack: list[tuple[str, bool]] = []  # (tag, counts) per open element
        self.parts: list[str] = []

    def _counts(self) -> bool:
        return not self.stack or self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang")
        counts = self._counts() and tag not in SKIP and not (lang and not lang.startswith(self.lang))
        if lang and lang.startswith(self.lang) and self.stack and not self.stack[-1][1] and self.stack[-1][0] not in SKIP:
            counts = True  # the page's language inside a quotation in another counts again
        if counts:
            self.parts.extend(attrs[name] for name in SPOKEN if attrs.get(name))
        if tag not in VOID:
            self.stack.append((tag, counts))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):  # tolerate unclosed elements (<p>, <li>)
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self._counts():
            self.parts.append(data)


def text_in(html: str, lang: str) -> str:
    """The text a reader of a `lang` page meets (shown or read aloud), without the parts marked as another language."""
    parser = _Text(lang)
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def english_words(text: str) -> list[str]:
    """The English words of `text`, in order."""
    return [word for word in words.tokens(text) if word.casefold() in VOCABULARY]


def english_phrases(text: str, width: int = 2) -> list[str]:
    """Each run of English words in `text` (words apart by at most `width` others), with its neighbours."""
    found = words.tokens(text)
    runs: list[list[int]] = []
    for i in (i for i, word in enumerate(found) if word.casefold() in VOCABULARY):
        if runs and i - runs[-1][1] <= width + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return [" ".join(found[max(0, start - width): end + width + 1]) for start, end in runs]


def english_in(html: str) -> list[str]:
    """English phrases outside lang="en" elements, each with its neighbouring words."""
    return english_phrases(text_in(html, "es"))


def spanish_pages(site: Path) -> list[Path]:
    """Every page whose <html> says lang="es"."""
    return [page for page in sorted(site.rglob("*.html")) if '<html lang="es"' in page.read_text(encoding="utf-8")[:500]]


if __name__ == "__main__":
    site = Path(sys.argv[1])
    total = 0
    for page in spanish_pages(site):
        found = english_in(page.read_text(encoding="utf-8"))
        if found:
            total += len(found)
            print(f"{page.relative_to(site)}: {len(found)}")
            for phrase in found:
                print(f"    … {phrase} …")
    print(f"{total} English words on Spanish pages")
