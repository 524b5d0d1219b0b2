"""A principle named where something is tagged with it, linked to its section of the principles page."""

from markupsafe import Markup

from ..content.principles import PAGE, all_principles
from .reader import Reader


def link(principle_id: str, r: Reader) -> Markup:
    """The principle's name, linked to its section of the principles page."""
    return Markup('<a href="{}#{}">{}</a>').format(r.link(PAGE), principle_id, all_principles()[principle_id].name(r))
