"""The offline copy (`make offline`): a site that works when opened from the file system."""

from markupsafe import Markup

from . import catalogue

ZIP = "site-offline.zip"  # at the site root; the deployment workflow puts it there


def enabled(config) -> bool:
    """Whether this build is the offline copy (Material's offline plugin switched on)."""
    plugin = config["plugins"].get("material/offline")
    return bool(plugin and plugin.config.enabled)


def download(lang: str, href: str, config) -> Markup:
    """A link to the offline ZIP; nothing inside the offline copy itself."""
    if enabled(config):
        return Markup("")
    return Markup('<p class="offline-download"><a class="md-button" href="{}" download>{}</a> {}</p>').format(
        href, catalogue.text("offline_download", lang), catalogue.text("offline_download_hint", lang))
