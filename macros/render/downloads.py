"""The button that downloads the offline copy (`make offline`), one ZIP of both languages at the site root."""

from markupsafe import Markup

from ..base import links
from .reader import Reader


def offline_zip(r: Reader) -> Markup:
    """A link to the offline ZIP, with a line on what it holds."""
    return Markup('<p class="offline-download"><a class="md-button" href="{}" download>{}</a> {}</p>').format(
        links.relative(links.OFFLINE_ZIP, r.page_url), r.t("offline_download"), r.t("offline_download_hint"))
