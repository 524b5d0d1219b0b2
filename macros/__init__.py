"""mkdocs-macros entry point: registers the functions page authors call.

Each function lives in a module named for its job; this file only wires them up.
"""

from . import catalogue, dates, errors, language


def define_env(env):
    """Register the macros (called by mkdocs-macros for each language build)."""
    errors.register_formatters()

    @env.macro
    def t(key: str) -> str:
        """A string from the bilingual catalogue, in the page's language."""
        return catalogue.text(key, language.current(env.conf))

    @env.macro
    def date(value) -> str:
        """A date in the page's language: {{ date("2023-08-08") }}."""
        return dates.long_date(value, language.current(env.conf))
