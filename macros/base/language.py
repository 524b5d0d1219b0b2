"""Which language is being built."""

LANGUAGES = ("es", "en")  # the default language first: it is served at the site root


def current(conf) -> str:
    """The language of the pages being built (mkdocs-static-i18n sets it for each build).

    Read it when a page or template is rendered, never once at start-up: the i18n plugin
    changes it after the other plugins have been configured.
    """
    return conf["theme"]["language"]
