"""Two gaps of Material 9.8 (pinned), mended in each page's HTML.

1. Material's script loads `sitemap.xml` beside every `<link rel="alternate">` in the head: it
   expects those links to name the language roots (/REPO/, /REPO/es/), but mkdocs-static-i18n
   points them at the page's twin, so every page load asked for two missing sitemaps
   (mkdocs-material#6582). The head links go back to the language roots, as absolute URLs;
   the page-by-page hreflang alternates are in sitemap.xml, which lists every page with both
   languages, and the language switcher in the header keeps its page-to-page links. The default
   (Spanish) root is also the `x-default` alternate, in the head and in the sitemap.
2. The search dialog (`role="dialog"`) has no accessible name (axe: aria-dialog-name).
"""

import re
from urllib.parse import urljoin

HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="(?P<lang>[a-z]{2})">')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def language_root(site_url: str, lang: str, default: str) -> str:
    """The absolute address of a language's home page."""
    return urljoin(site_url or "/", "" if lang == default else f"{lang}/")


def mend(html: str, site_url: str, default: str, search_label: str) -> str:
    """`html` with head alternates at the language roots (the default one also x-default) and a named search dialog."""
    head, end, body = html.partition("</head>")

    def alternate(m) -> str:
        link = f'<link rel="alternate" href="{language_root(site_url, m["lang"], default)}" hreflang="{{}}">'
        return link.format(m["lang"]) + ("\n    " + link.format("x-default") if m["lang"] == default else "")

    head = HEAD_ALTERNATE.sub(alternate, head)
    body = body.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{search_label}">', 1)
    return head + end + body


SITEMAP_DEFAULT = re.compile(r'(\s*)(<xhtml:link rel="alternate" hreflang="(?P<lang>[a-z]{2})" href="(?P<href>[^"]*)"/>)')


def sitemap_with_x_default(xml: str, default: str) -> str:
    """Each page's default-language alternate in sitemap.xml is also its x-default."""
    return SITEMAP_DEFAULT.sub(
        lambda m: m[0] + (f'{m[1]}<xhtml:link rel="alternate" hreflang="x-default" href="{m["href"]}"/>'
                          if m["lang"] == default else ""), xml)
