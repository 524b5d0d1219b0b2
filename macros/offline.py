"""The offline copy (`make offline`): a site that works when opened from the file system."""

from markupsafe import Markup

from . import catalogue

ZIP = "site-offline.zip"  # at the site root; the deployment workflow puts it there


def enabled(config) -> bool:
    """Whether this build is the offline copy (Material's offline plugin switched on)."""
    plugin = config["plugins"].get("material/offline")
    return bool(plugin and plugin.config.enabled)


def downloads_made(config) -> bool:
    """Whether this build gets its downloads (PDFs, the offline ZIP): `make site` makes them and sets
    PUBLISH; a preview (`make build`, `make serve`) has none, so it links to none."""
    return str(config["extra"].get("publish")).lower() == "true" and not enabled(config)


def download(lang: str, href: str, config) -> Markup:
    """A link to the offline ZIP where the ZIP is made (not in previews, not inside the offline copy)."""
    if not downloads_made(config):
        return Markup("")
    return Markup('<p class="offline-download"><a class="md-button" href="{}" download>{}</a> {}</p>').format(
        href, catalogue.text("offline_download", lang), catalogue.text("offline_download_hint", lang))
