"""The offline copy (`make offline`): a site that works when opened from the file system."""


def enabled(config) -> bool:
    """Whether this build is the offline copy (Material's offline plugin switched on)."""
    plugin = config["plugins"].get("material/offline")
    return bool(plugin and plugin.config.enabled)


def downloads_made(config) -> bool:
    """Whether this build gets its downloads (PDFs, the offline ZIP): `make site` makes them and sets
    PUBLISH; a preview (`make build`, `make serve`) has none, so it links to none."""
    return str(config["extra"].get("publish")).lower() == "true" and not enabled(config)
