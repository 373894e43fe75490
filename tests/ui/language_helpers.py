"""What is still English in a message shown in another language: the fixed words of every core
template (gettext catalogs) that the language words otherwise."""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "wen_assess" / "locale"


@cache
def english_pieces(code: str = "fr") -> frozenset[str]:
    """The fixed words of the core's messages (between their values) that ``code`` changes:
    none may be left in a message box in that language."""
    with (LOCALE / code / "LC_MESSAGES" / "wen_assess.po").open("rb") as handle:
        catalog = read_po(handle, locale=code)
    pieces = set()
    for message in catalog:
        if not message.id or isinstance(message.id, tuple) or message.id == message.string:
            continue
        for literal, *_ in string.Formatter().parse(message.id):
            piece = literal.strip(" ;:,.()“”'\"—")
            if len(piece) >= 12 and " " in piece:
                pieces.add(piece)
    return frozenset(pieces)


def english_left(text: str, code: str = "fr") -> list[str]:
    return sorted(piece for piece in english_pieces(code) if piece in text)
