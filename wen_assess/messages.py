"""Messages for the user that the app can word again in its interface language.

A :class:`Worded` is the English text itself (a ``str``: the CLI prints it, tests compare it)
that keeps the template it was made from (marked with ``N_()`` for the gettext catalogs) and
the values put in it. :meth:`Worded.in_language` translates the template first and then puts
the values in, so a file name, a cell or a member's text is never looked up in a catalog.
A value may itself be a Worded (a reason inside an outcome): it is translated too; a
:class:`Count` or an :class:`Amount` is written with the language's grouping and decimal mark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from wen_assess.formatting import count, number
from wen_assess.i18n import N_

Words = Callable[[str], str]  # a template -> the same template in another language


class Worded(str):
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Worded:
        text = super().__new__(cls, template.format(**params))
        text.template, text.params = template, params
        return text

    def in_language(self, words: Words, language: str | None = None) -> str:
        """The message with ``words`` (a template -> the same in another language); a
        Count among the values is written as ``language`` writes numbers."""
        values = {name: in_language(value, words, language) for name, value in self.params.items()}
        return words(self.template).format(**values)


class Counted(Worded):
    """A message whose words follow a number ("1 item is", "2 items are"), given to the
    templates as ``{n}``: the language's own plural rule picks the form (gettext's
    ``ngettext``; French says "0 élément", English "0 items"). Marked for the catalogs by
    the call itself: ``Counted("{n} item …", "{n} items …", n)``."""

    singular: str
    plural: str

    def __new__(cls, singular: str, plural: str, n: int, **params: Any) -> Counted:
        number = Count(n)
        text = str.__new__(cls, (singular if n == 1 else plural).format(n=number, **params))
        text.template, text.params = plural, {"n": number, **params}
        text.singular, text.plural = singular, plural
        return text

    def in_language(self, words: Words, language: str | None = None) -> str:
        from wen_assess.i18n import translator

        values = {name: in_language(value, words, language) for name, value in self.params.items()}
        n = int(self.params["n"])
        if language is None:  # no plural rule known: the words' own, chosen as English does
            form = words(self.singular if n == 1 else self.plural)
        else:
            form = translator(language).ngettext(self.singular, self.plural, n)
        return form.format(**values)


class Count(int):
    """A number of things put in a message: "5,000" in English, "5 000" in French."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")


class Amount(float):
    """A measure put in a message with its decimals (a size in MB): "53.5" in English,
    "53,5" in French."""

    decimals: int

    def __new__(cls, value: float, decimals: int = 1) -> Amount:
        amount = super().__new__(cls, value)
        amount.decimals = decimals
        return amount

    def __format__(self, spec: str) -> str:
        return format(float(self), spec or f".{self.decimals}f")


LIST_SEPARATOR = N_("; ")  # French puts a space before it: " ; "


class Joined(Worded):
    """Several messages in one line, cut to ``limit`` characters (see ``errors.shown``); the
    list separator "; " is written as the language writes it."""

    parts: tuple[str, ...]
    separator: str
    limit: int | None

    def __new__(
        cls, parts: Iterable[str], separator: str = LIST_SEPARATOR, limit: int | None = None
    ) -> Joined:
        parts = tuple(parts)
        text = str.__new__(cls, _join(parts, separator, limit))
        text.template, text.params = "{text}", {"text": str(text)}
        text.parts, text.separator, text.limit = parts, separator, limit
        return text

    def in_language(self, words: Words, language: str | None = None) -> str:
        parts = [in_language(p, words, language) for p in self.parts]
        separator = words(self.separator) if self.separator == LIST_SEPARATOR else self.separator
        return _join(parts, separator, self.limit)


def refused_at(place: str, problem: str) -> Worded:
    """A finding with the place it was found at ("G2-MEM-01: level 7 is not on the scale")."""
    return Worded(N_("{place}: {problem}"), place=place, problem=problem)


def of_error(error: Exception) -> str:
    """An error's message; a Worded when it was made from a template (``ServiceError.worded``)
    or raised with a Worded message."""
    template = getattr(error, "template", None)
    if template:
        return Worded(template, **getattr(error, "params", {}))
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Worded) else str(error)


def in_language(value: Any, words: Words, language: str | None = None) -> Any:
    """``value`` worded again with ``words`` when it is a Worded, a Count or an Amount
    written as ``language`` writes numbers; any other value as it is."""
    if isinstance(value, Worded):
        return value.in_language(words, language)
    if isinstance(value, (Count, Amount)) and language is not None:
        if isinstance(value, Count):
            return count(value, language)
        return number(value, value.decimals, language)
    return value


def _join(parts: Iterable[str], separator: str, limit: int | None) -> str:
    from wen_assess.errors import shown

    text = separator.join(parts)
    return text if limit is None else shown(text, limit)
