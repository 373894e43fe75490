"""The words and values of a PDF in its language: one mixin for the report's data and the
comparison's, so that both write "40,8 %" and "7 décembre 2022" the same way."""

from __future__ import annotations

from datetime import date

from wen_assess import formatting as fmt
from wen_assess.i18n import Translator, translator


class Wording:
    """Needs a ``language`` attribute (en, fr, es, pt)."""

    language: str

    @property
    def tr(self) -> Translator:
        return translator(self.language)  # cached per language

    def t(self, message: str, **values: object) -> str:
        """``message`` in the document's language, with ``{name}`` fields filled from ``values``."""
        text = self.tr.gettext(message)
        return text.format(**values) if values else text

    def n(self, singular: str, plural: str, count: int, **values: object) -> str:
        """The singular or plural form for ``count`` (given to the text as ``{n}``)."""
        return self.tr.ngettext(singular, plural, count).format(n=count, **values)

    def percent(self, score: float | None, *, at_start: bool = False) -> str:
        return fmt.percent(score, at_start=at_start, language=self.language)

    def number(self, value: float | None) -> str:
        """A level, target or gap ('2,33' in French)."""
        return fmt.level(value, self.language)

    def long_date(self, value: date | None) -> str:
        return fmt.long_date(value, self.language)

    def share(self, fraction: float | None) -> str:
        """Completeness, e.g. '85 %'."""
        return fmt.share(fraction, self.language)

    def change(self, delta: float | None, *, unit: bool = True) -> str:
        return fmt.change(delta, unit=unit, language=self.language)
