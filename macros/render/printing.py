"""Print controls shown where JavaScript runs: a print button (print-page.js) and the paper choice (store.js)."""

from markupsafe import Markup

from ..base.search_marker import EXCLUDE as X
from .reader import Reader


def button(key: str, r: Reader) -> Markup:
    """A button that opens the print dialog, labelled with catalogue string `key`."""
    return Markup('<p class="print-page" hidden data-js{}><button type="button" class="md-button" data-print-page>{}</button></p>').format(
        X, r.t(key))


def paper_choice(r: Reader) -> Markup:
    """A4 or Letter: one choice for the whole site, kept by store.js."""
    paper = Markup("").join(
        Markup('<label><input type="radio" name="paper" value="{0}" data-paper{1}> {2}</label>').format(
            value, Markup(" checked") if value == "a4" else "", text)
        for value, text in (("a4", "A4"), ("letter", r.t("worksheet_letter"))))
    return Markup('<fieldset class="paper-choice"><legend>{}</legend>{}</fieldset>').format(r.t("worksheet_paper"), paper)
