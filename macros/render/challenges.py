"""The six challenges of the 8 August 2023 report as a numbered list, in the words of data/challenges.yml."""

from markupsafe import Markup

from ..content.challenges import all_challenges
from .reader import Reader


def challenge_list(r: Reader) -> Markup:
    """An ordered list of the challenges, one sentence each."""
    items = Markup("").join(Markup("<li>{}.</li>").format(challenge.text(r)) for challenge in all_challenges())
    return Markup('<ol class="challenges">{}</ol>').format(items)
