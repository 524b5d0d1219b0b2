"""The bilingual text type shared by every data file: `{en: …, es: …}`."""

from pydantic import BaseModel, ConfigDict, field_validator


class Text(BaseModel):
    """One text in every language; both are required and neither may be blank."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    en: str
    es: str

    @field_validator("en", "es")
    @classmethod
    def not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("is empty: write the text")
        return text.strip()

    def __call__(self, lang: str) -> str:
        return getattr(self, lang)
