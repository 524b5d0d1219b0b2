"""Building blocks shared by every data file's schema."""

from typing import Annotated

from babel import Locale
from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator


class Strict(BaseModel):
    """A record whose unknown fields are errors (a typo never passes silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """One text in every language, `{en: …, es: …}`: both required, neither blank."""

    en: str
    es: str

    @field_validator("en", "es")
    @classmethod
    def not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("is empty — write the text")
        return text.strip()

    def __call__(self, lang) -> str:
        """The text in `lang`: a language code, or a reader (anything with a `code`)."""
        return getattr(self, getattr(lang, "code", lang))


def _known_country(code: str) -> str:
    if code not in Locale("en").territories:
        raise ValueError(f"'{code}' is not an ISO 3166 country code (e.g. EC, EE, UY)")
    return code


Country = Annotated[str, AfterValidator(_known_country)]
"""An ISO 3166 country code that Babel can name in every language."""
