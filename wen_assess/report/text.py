"""Text only the PDFs need: user text as Paragraph markup, dates, and short phrases.

ReportLab parses a Paragraph's text as markup, so every text that comes from a user, a record or
a questionnaire file goes through :func:`esc` before it is placed in markup; only the report's
own tags (``<b>``, ``<font>`` ...) are written unescaped. Values (scores, "not scored", the dash,
changes) are written by :mod:`wen_assess.formatting`, as in every other view. Text in a script
the base font cannot draw is wrapped in ``<font>`` runs of a bundled font that can
(:mod:`wen_assess.report.fonts`, which loads ReportLab only for such text); the text stays in
typed order, and each line is put in visual order when it is drawn.
"""

from __future__ import annotations

import re

from wen_assess import formatting as fmt
from wen_assess.report.bidi import END_ISOLATE, ISOLATE, has_rtl

# C0 controls other than tab and newline (and DEL) have no glyph: drop them rather than
# printing boxes.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_SPACES = re.compile(r" {2,}")


def esc(text: object) -> str:
    """User text -> Paragraph markup that prints exactly as typed; line breaks are kept.

    On top of the escaping every view shares (:func:`formatting.markup`), a Paragraph needs its
    whitespace spelled out: control characters would print as boxes, runs of spaces collapse
    and newlines are ignored.
    """
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value).replace("\t", "    ")
    return "<br/>".join(_line_markup(line) for line in value.split("\n"))


def _line_markup(line: str) -> str:
    # A Paragraph collapses runs of spaces: keep them (indented lists, aligned figures).
    return "".join(
        _SPACES.sub(lambda m: " " + "&nbsp;" * (len(m.group()) - 1), run)
        for run in _font_runs(line)
    )


def _font_runs(line: str) -> list[str]:
    """The escaped line, with each run DejaVu Sans cannot draw inside a ``<font>`` tag."""
    if _ascii_or_latin(line):
        return [fmt.markup(line)]
    from wen_assess.report.fonts import REGULAR, runs

    return [
        fmt.markup(text) if font == REGULAR else f'<font name="{font}">{fmt.markup(text)}</font>'
        for font, text in runs(line)
    ]


def _ascii_or_latin(text: str) -> bool:
    return all(ord(c) < 0x0250 for c in text)


def field(text: object) -> str:
    """User text as a field of a line the report composes ("{network}: 1 March → 20 March"):
    escaped and, when it has right-to-left letters, isolated, so that it is ordered on its own
    (in the direction of its first letter) and the line keeps the report's order around it."""
    markup = esc(text)
    return f"{ISOLATE}{markup}{END_ISOLATE}" if has_rtl(markup) else markup


def plural(n: int, word: str, plural_word: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural_word or word + 's')}"


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (for the one-line summary of an action)."""
    # A full stop ends the sentence only before a capital letter or the end ("e.g. species").
    match = re.match(r"(.+?[.!?])(?=\s+[^\W\d_a-z]|\s*$)", text.strip(), flags=re.S)
    return match.group(1) if match else text.strip()


def lower_first(text: str) -> str:
    """ "Fund the core" -> "fund the core", but "ToR ..." and "ICCWC ..." stay as they are."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def fit(text: str, width: float, measure, ellipsis: str = "…") -> str:  # type: ignore[no-untyped-def]
    """Shorten ``text`` so that ``measure(text)`` fits in ``width`` (for one-line header text)."""
    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if measure(text[:mid].rstrip() + ellipsis) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis
