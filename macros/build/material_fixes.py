"""Gaps of Material 9.8 (pinned), mended in each page's HTML.

1. Material's script fetches `sitemap.xml` beside every `<link rel="alternate">` in the head, on
   every page load, only to redirect clicks on links to those addresses (mkdocs-material#6582).
   The language selector already links each page to its twin (mkdocs-static-i18n), so the head
   keeps no alternates: nothing is fetched, and the page-by-page hreflang alternates (with the
   default language as `x-default`) are in sitemap.xml, where search engines read them too.
2. The search dialog (`role="dialog"`) has no accessible name (axe: aria-dialog-name).
3. Navigation section labels get `tabindex=""` (nav-item.html leaves the value unset for sections),
   which is not valid HTML; without the attribute they behave the same.
"""

import re

HEAD_ALTERNATES = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def mend(html: str, search_label: str) -> str:
    """`html` without head alternates or empty tabindex, and with a named search dialog."""
    head, end, body = html.partition("</head>")
    body = body.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{search_label}">', 1).replace(' tabindex=""', "")
    return HEAD_ALTERNATES.sub("", head) + end + body


SITEMAP_DEFAULT = re.compile(r'(\s*)(<xhtml:link rel="alternate" hreflang="(?P<lang>[a-z]{2})" href="(?P<href>[^"]*)"/>)')


def sitemap_with_x_default(xml: str, default: str) -> str:
    """Each page's default-language alternate in sitemap.xml is also its x-default."""
    return SITEMAP_DEFAULT.sub(
        lambda m: m[0] + (f'{m[1]}<xhtml:link rel="alternate" hreflang="x-default" href="{m["href"]}"/>'
                          if m["lang"] == default else ""), xml)
