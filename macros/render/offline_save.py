"""Issue 30, the page side of the site kept on the phone (offline.js drives both blocks; the service
worker does the keeping): the "Save for use without a connection" box and the offline page's list of
kept pages. Both are written in every build; offline.js, which shows and fills them, only runs on the
published site (macros/build/page_scripts.py), so elsewhere the box stays hidden and the list says
nothing is kept.
"""

import json

from markupsafe import Markup, escape

from ..base.search_marker import EXCLUDE as X
from .reader import Reader

M = Markup
_SLOT = "\x00"  # where a filled-in size goes inside a catalogue sentence
BOX_STRINGS = ("mb", "kb", "size_unknown", "progress", "saved", "partial", "full", "cancelled", "released",
               "kept", "usage")


def _strings(r: Reader, keys) -> str:
    return json.dumps({key: r.t("offline_" + key) for key in keys}, ensure_ascii=False, separators=(",", ":"))


def _with_slot(text: str, slot: Markup) -> Markup:
    return escape(text).replace(_SLOT, slot)


def save_box(r: Reader) -> Markup:
    """The box, hidden until offline.js finds a browser that can keep the site; sizes come from offline.json."""
    t = r.t
    return M(
        '<section class="offline-save" hidden aria-labelledby="offline-save-title" data-offline-save data-lang="{lang}"'
        ' data-locale="{locale}" data-strings="{strings}"{x}>\n'
        '<p class="offline-save__title" id="offline-save-title"><strong>{title}</strong></p>\n'
        '<p>{what}</p>\n'
        '<p data-save-data hidden>{save_data}</p>\n'
        '<p class="offline-save__pdf" data-pdf-line><label><input type="checkbox" data-pdf> <span>{pdf}</span></label></p>\n'
        '<p class="offline-save__actions"><button type="button" class="md-button md-button--primary" data-save>{title}</button>'
        '<button type="button" class="md-button" data-cancel hidden>{cancel}</button></p>\n'
        '<p class="offline-save__progress" data-progress hidden><label for="offline-save-progress" data-progress-label></label>'
        '<progress id="offline-save-progress" max="1" value="0"></progress></p>\n'
        '<p role="status" data-result></p>\n'
        '<p class="offline-save__kept" data-kept hidden><span data-kept-text></span> '
        '<button type="button" class="md-button" data-release>{release}</button></p>\n'
        '</section>').format(
        lang=r.code, locale=r.locale.replace("_", "-"), strings=_strings(r, BOX_STRINGS), x=X,
        title=t("offline_save_title"), what=_with_slot(t("offline_save_what", size=_SLOT), M('<span data-size></span>')),
        save_data=t("offline_save_data"), pdf=_with_slot(t("offline_save_pdf", size=_SLOT), M('<span data-pdf-size></span>')),
        cancel=t("offline_cancel"), release=t("offline_release"))


def kept_pages(r: Reader) -> Markup:
    """The offline page's list of what this device keeps in the page's language (filled by offline.js)."""
    return M('<div class="offline-kept" data-offline-kept data-lang="{}">\n<p data-none>{}</p>\n'
             '<p data-some hidden>{}</p>\n<ul data-list hidden></ul>\n</div>').format(
        r.code, r.t("offline_kept_none"), r.t("offline_kept_some"))
