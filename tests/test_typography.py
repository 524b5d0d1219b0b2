"""Spanish typography on every built Spanish page: a no-break space (U+00A0) between a number and `%`, `h` or
`min`; clock times with a two-digit hour ("09:00"); one form of *número*, "n.º"; an en dash in ranges of years
("2021–2025").

The text checked is what a Spanish reader meets, as `english.text_in` reads it (no code, no lang="en" elements),
without <cite> elements (titles quoted as published) and without addresses (href and src are never read; a URL or
file name shown as text is skipped by the year-range check).
"""

import re

import english

NBSP = "\u00a0"

# Each check: (name, pattern, a planted bad example it must catch, a good text it must leave alone).
PERCENT = re.compile(r"\d[ \u2009\u202f]?%")  # "45 %" or "45%": the space before % is U+00A0
UNIT = re.compile(r"\d (?:h|min)(?![\w])")  # "2 h 30 min", "35 min": U+00A0 before h and min
CLOCK = re.compile(r"(?<![\d.,:])\d:[0-5]\d\b")  # "9:00": the hour takes two digits, "09:00"
NUMERO = re.compile(r"\bNo\.(?=\s*\d)|\b[Nn][º°]|\b[Nn]ro\.|\b[Nn]úm\.")  # one form: "n.º"
YEARS = re.compile(r"(?<![\w/.-])(?:19|20)\d\d-(?:19|20)?\d\d(?![\w/-]|\.\w)")  # "2021-2025": an en dash, "2021–2025"

CHECKS = [
    ("número y % sin espacio fijo", PERCENT, "un 45 % y un 30% del total", f"un 45{NBSP}% del total"),
    ("número y h/min sin espacio fijo", UNIT, "dura 2 h 30 min; la pausa, 15 min",
     f"dura 2{NBSP}h 30{NBSP}min; 3 minutos; el hito 4 huele"),
    ("hora de un dígito", CLOCK, "de 9:00 a 12:00; 9:00–12:30",
     "de 09:00 a 12:00; 09:00–12:30; 10:30; versión 1.2:30"),
    ("forma de número distinta de «n.º»", NUMERO, "Registro Oficial No. 245, Nº 3, N° 4, nro. 5 y núm. 6",
     "Registro Oficial n.º 245; No es así. No. Nota 3"),
    ("rango de años con guion", YEARS, "el plan 2021-2025 y el período 1999-00",
     "el plan 2021–2025, https://ejemplo.ec/plan-2021-2025.pdf, pnd-2021-2025, plan_2021-2025.pdf, 20212-2025"),
]


class _Spanish(english._Text):
    """english.text_in's reader, also leaving out <cite> (titles as published), and keeping U+00A0."""

    def handle_starttag(self, tag, attrs):
        if tag == "cite":
            self.stack.append((tag, False))
            return
        super().handle_starttag(tag, attrs)


def spanish_text(html: str) -> str:
    """The Spanish text of a page: runs of ASCII whitespace become one space, U+00A0 stays as it is."""
    parser = _Spanish("es")
    parser.feed(html)
    return re.sub(r"[ \t\r\n\f\v]+", " ", " ".join(parser.parts))


def _token(text: str, start: int, end: int) -> str:
    """The run of non-space characters around text[start:end]."""
    while start and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _shown_address(token: str) -> bool:
    return "://" in token or "/" in token or "_" in token or "@" in token or token.startswith("www.")


def slips(text: str) -> list[str]:
    """Every typographic slip in `text`, each as 'check: «snippet»'."""
    found = []
    for name, pattern, _bad, _good in CHECKS:
        for match in pattern.finditer(text):
            if pattern in (YEARS, PERCENT) and _shown_address(_token(text, match.start(), match.end())):
                continue  # a URL or file name shown as text (a %-escape, plan-2021-2025.pdf)
            snippet = text[max(0, match.start() - 30): match.end() + 30].replace(NBSP, "⍽")
            found.append(f"{name}: «{snippet}»")
    return found


def spanish_pages(site) -> list:
    english_part = site.dir / "en"
    return [page for page in site.pages()
            if english_part not in page.parents and "<html" in page.read_text(encoding="utf-8")[:300]]


def test_every_check_catches_its_planted_example_and_spares_the_right_form():
    for name, pattern, bad, good in CHECKS:
        assert slips(bad), f"{name}: the check finds nothing in {bad!r}"
        assert all(s.startswith(name) for s in slips(bad))
        assert not slips(good), f"{name}: false alarm in {good!r}: {slips(good)}"
    assert len(PERCENT.findall(CHECKS[0][2])) == 2
    assert len(UNIT.findall(CHECKS[1][2])) == 3
    assert CLOCK.findall(CHECKS[2][2]) == ["9:00", "9:00"]
    assert len(NUMERO.findall(CHECKS[3][2])) == 5
    assert YEARS.findall(CHECKS[4][2]) == ["2021-2025", "1999-00"]


def test_the_text_leaves_out_code_cites_english_and_addresses_but_keeps_the_no_break_space():
    html = (f'<p>Un 45{NBSP}% <a href="https://x.ec/a-2021-2025">plan</a> <img src="9:00.png" alt="mapa">'
            '<code>9:00</code> <cite>Plan 2021-2025</cite> <span lang="en">No. 5</span></p>')
    text = spanish_text(html)
    assert f"45{NBSP}%" in text and "mapa" in text
    assert not slips(text), slips(text)


def test_spanish_pages_follow_the_typography_of_es_ec(site):
    pages = spanish_pages(site)
    assert site.dir / "index.html" in pages and site.dir / "404.html" in pages
    found = {page.relative_to(site.dir).as_posix(): hits for page in pages
             if (hits := slips(spanish_text(page.read_text(encoding="utf-8"))))}
    report = "\n".join(f"{page}:\n    " + "\n    ".join(hits) for page, hits in found.items())
    assert not found, (f"typographic slips on {len(found)} Spanish page(s) (⍽ is a no-break space, U+00A0):\n"
                       f"{report}")
