"""What every printed page carries at its foot: the page's title, language and address, beside the
page number (CSS margin boxes in site.css read them from the --print-footer custom property)."""

from babel import Locale

from ..base import links


def style(title: str, lang: str, url: str, site_url: str) -> str:
    """A <style> element setting --print-footer to 'Title · Language · https://…/page/'."""
    language = Locale.parse(lang).get_display_name(lang)
    text = " · ".join([title, language[:1].upper() + language[1:], links.absolute(url, site_url)])
    return f"<style>:root{{--print-footer:{_css_string(text)}}}</style>"


def _css_string(text: str) -> str:
    """`text` as a CSS string that cannot end the string or the <style> element."""
    return '"' + "".join(f"\\{ord(c):x} " if c in '\\"<>&' or ord(c) < 32 else c for c in text) + '"'
