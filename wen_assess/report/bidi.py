"""Right-to-left text (Arabic) in the PDFs: words put in the order a reader sees them.

A PDF draws text left to right. ReportLab's shaper (uharfbuzz) already draws the letters of an
Arabic word right to left and joined, so what is left is the order of the words on each line,
once the paragraph is broken into lines in typed order: the Unicode bidirectional algorithm
(python-bidi) gives each word an embedding level, and the words and spaces of the line are
reordered by those levels (rule L2, applied to whole words). A Latin name or a number inside
an Arabic note keeps its own left-to-right order. Each word stands for itself by one character
of its bidi class (:func:`proxy`), since a shaped word no longer holds the letters typed.
"""

from __future__ import annotations

import re
import unicodedata

_RTL_CLASSES = frozenset({"R", "AL"})
RTL_PROXY = "\u05d0"  # Hebrew alef: a strong right-to-left character
# Around user text in a line the report composes (text.field): the text between is ordered on
# its own, in the direction of its first letter, and stands in the line as one neutral piece,
# like Unicode's isolates (whose own characters DejaVu Sans lacks: these two are zero-width in
# it). They are never drawn.
ISOLATE, END_ISOLATE = "\u202a", "\u202c"
_MARKS = {ISOLATE: "<", END_ISOLATE: ">"}


# Hebrew to NKo, and the Hebrew and Arabic presentation forms a shaped word is drawn with.
_RTL_BLOCKS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


# A right-to-left letter (Hebrew, Arabic and the scripts between, their presentation forms).
RTL_LETTER = re.compile(
    "[\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0700-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)


def may_be_rtl(text: object) -> bool:
    """Cheap test before the bidi work: could ``text`` hold a right-to-left letter?"""
    return isinstance(text, str) and _RTL_BLOCKS.search(text) is not None


def has_rtl(text: str) -> bool:
    return any(ord(c) >= 0x0590 and unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def _levels(line: str, right_to_left: bool | None = None) -> list[int]:
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(line) if right_to_left is None else int(right_to_left)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(line, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [ch["level"] for ch in storage["chars"]]
    # L1: trailing whitespace goes back to the paragraph level.
    end = len(line)
    while end and line[end - 1].isspace():
        end -= 1
        levels[end] = base
    return levels


def _reorder(levels: list[int]) -> list[int]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run of tokens
    at that level or higher. Returns the tokens' indexes in visual order."""
    order = list(range(len(levels)))
    if not any(level % 2 for level in levels):
        return order
    lowest_odd = min(level for level in levels if level % 2)
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def token_order(proxies: str, right_to_left: bool) -> list[int]:
    """The visual order of a line's tokens, each stood for by one character of ``proxies``
    (see :func:`proxy`), in a paragraph of the given direction."""
    return _reorder(_levels(proxies, right_to_left))


def proxy(token: str, right_to_left_font: bool = False) -> str:
    """One character with the bidi class of a whole token: a right-to-left word, another word,
    a number, spaces, or punctuation."""
    if token in _MARKS:
        return _MARKS[token]
    if right_to_left_font or has_rtl(token):
        return RTL_PROXY
    if any(c.isalpha() for c in token):
        return "a"
    if any(c.isdigit() for c in token):
        return "1"
    if token and token.isspace():
        return " "
    return "!"


def words_and_spaces(line: str) -> list[str]:
    """``line`` cut into its words and the runs of whitespace between them, in order."""
    tokens: list[str] = []
    for char in line:
        if char in _MARKS or (tokens and tokens[-1] in _MARKS):
            tokens.append(char)
        elif tokens and tokens[-1][-1].isspace() == char.isspace():
            tokens[-1] += char
        else:
            tokens.append(char)
    return tokens


def visual_line(line: str) -> str:
    """One line (no newline) with its words in visual order; the letters of each word stay in
    logical order for the shaper. A line without right-to-left letters is returned unchanged.

    The line's direction is that of its first letter: a text typed in Arabic reads right to
    left as a whole, a Latin one with an Arabic name in it left to right.
    """
    if not has_rtl(line):
        return line
    tokens = words_and_spaces(line)
    right_to_left = proxy(next(t for t in tokens if proxy(t) in ("a", RTL_PROXY))) != "a"
    order = token_order("".join(proxy(t) for t in tokens), right_to_left)
    return "".join(tokens[k] for k in order)


def visual_composed(line: str) -> str:
    """A line the report composes around user text ("network · 1 Mar 2024"), in visual order.

    The line reads left to right, like the report around it. Each run of right-to-left words
    (with the numbers and spaces between two of them) is reversed as a whole, and nothing else
    moves: a date or a page number after an Arabic name stays where the report put it, which
    the bidi algorithm would not guarantee without isolating the name.
    """
    if not has_rtl(line):
        return line
    tokens = composed_tokens(line)
    return "".join(tokens[k] for k in composed_order(tokens))


def composed_tokens(line: str) -> list[str]:
    """A composed line's words and spaces; punctuation after an Arabic word ("name:") is a
    token of its own: it stays in place."""
    return [part for token in words_and_spaces(line) for part in _TAIL.split(token) if part]


def composed_order(tokens: list[str]) -> list[int]:
    """The visual order of a composed line's tokens (see :func:`visual_composed`)."""
    kinds = [_kind(token) for token in tokens]
    out: list[int] = []
    i = 0
    while i < len(tokens):
        if kinds[i] != "R":
            out.append(i)
            i += 1
            continue
        end = i  # the last token of the run
        j = i + 1
        while j < len(tokens) and kinds[j] != "L":
            if kinds[j] == "R" or _number_of_the_name(tokens, kinds, j):
                end = j
            elif kinds[j] == "N" and not tokens[j].isspace() and not _before_rtl(tokens, kinds, j):
                break
            j += 1
        out.extend(range(end, i - 1, -1))
        i = end + 1
    return out


_TAIL = re.compile(r"(?<=\w)([^\w\s]+)$")


def _following(tokens: list[str], j: int) -> int | None:
    return next((k for k in range(j + 1, len(tokens)) if not tokens[k].isspace()), None)


def _before_rtl(tokens: list[str], kinds: list[str], j: int) -> bool:
    following = _following(tokens, j)
    return following is not None and kinds[following] == "R"


def _number_of_the_name(tokens: list[str], kinds: list[str], j: int) -> bool:
    """A number after Arabic words belongs to them unless a Latin word follows it ("1 Mar")."""
    if not any(c.isdigit() for c in tokens[j]):
        return False
    following = _following(tokens, j)
    return following is None or kinds[following] == "R" or not tokens[following][0].isalnum()


def _kind(token: str) -> str:
    """R: a right-to-left word; L: a word with another letter; N: spaces, numbers, signs."""
    if has_rtl(token):
        return "R"
    return "L" if any(c.isalpha() for c in token) else "N"


# --- lines with isolated fields (text.field) ---------------------------------------------------


def _units(proxies: str, inside: bool) -> tuple[list[int | list[int]], bool]:
    """A line's tokens as units: single tokens, and the tokens of each isolated field (a field
    may begin on an earlier line: ``inside``); and whether the line ends inside a field. The
    isolating marks themselves are no unit: they are not drawn."""
    units: list[int | list[int]] = []
    group: list[int] | None = [] if inside else None
    for k, p in enumerate(proxies):
        if p == "<":
            group = [] if group is None else group
        elif p == ">":
            if group is not None:
                units.append(group)
            group = None
        elif group is not None:
            group.append(k)
        else:
            units.append(k)
    if group is not None:
        units.append(group)
    return units, group is not None


def outside_fields(proxies: str, inside: bool) -> tuple[str, bool]:
    """The proxies of a line outside its isolated fields (they decide the paragraph's
    direction), and whether the line ends inside a field."""
    units, still_inside = _units(proxies, inside)
    return "".join(proxies[u] for u in units if isinstance(u, int)), still_inside


def isolated_order(proxies: str, right_to_left: bool, inside: bool) -> tuple[list[int], bool]:
    """The visual order of a line's tokens, each isolated field ordered on its own (in the
    direction of its first strong letter) and standing in the line as one neutral piece; the
    isolating marks are left out. Also whether the line ends inside a field."""
    units, still_inside = _units(proxies, inside)
    outer = "".join(proxies[u] if isinstance(u, int) else "!" for u in units)
    order: list[int] = []
    for unit in (units[k] for k in token_order(outer, right_to_left)):
        if isinstance(unit, int):
            order.append(unit)
            continue
        inner = "".join(proxies[k] for k in unit)
        strong = [c for c in inner if c in ("a", RTL_PROXY)]
        own = bool(strong) and strong[0] == RTL_PROXY
        order += [unit[k] for k in token_order(inner, own)] if inner else []
    return order, still_inside


# --- what poppler reads --------------------------------------------------------------------------
# Poppler (pdftotext, the viewers built on it) sorts a line's characters by position, then puts
# them in reading order its own way (TextOutputDev's reorderText): on a page with more
# left-to-right letters, each run that starts with a right-to-left letter and holds no Latin
# letter or digit is reversed; on a page with more right-to-left letters, the line is read from
# its right end the same way, Latin runs forward. Spaces between an Arabic word and a number
# ("في 2024") join the wrong run there whatever the drawing, so a line with right-to-left text
# carries its text as /ActualText, arranged so that poppler's reordering gives the typed text
# back: a left-to-right (LRM) or right-to-left mark (RLM) where a run must stop. Poppler marks
# the runs it reverses with embedding characters (U+202A-U+202C) itself; with the marks these
# are invisible formatting characters, not text.
LRM, RLM = "\u200e", "\u200f"
FORMATTING = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


def _poppler_class(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in _RTL_CLASSES:
        return "R"
    if kind in ("EN", "AN") or char.isdigit():
        return "N"  # a number: it stops a right-to-left run, as a Latin letter does
    return "L" if kind == "L" else "-"


def _runs(text: str, strong: str, stops: str) -> list[tuple[bool, str]]:
    """``text`` cut into runs that start and end with a ``strong`` character and hold none of
    ``stops`` (True), and the parts between (False)."""
    kinds = [_poppler_class(c) for c in text]
    parts: list[tuple[bool, str]] = []
    i = 0
    while i < len(text):
        if kinds[i] in strong:
            j = last = i
            while j < len(text) and kinds[j] not in stops:
                if kinds[j] in strong:
                    last = j
                j += 1
            parts.append((True, text[i : last + 1]))
            i = last + 1
        else:
            j = i
            while j < len(text) and kinds[j] not in strong:
                j += 1
            if parts and not parts[-1][0]:
                parts[-1] = (False, parts[-1][1] + text[i:j])
            else:
                parts.append((False, text[i:j]))
            i = j
    return parts


def poppler_text(text: str, left_to_right_page: bool) -> str:
    """The /ActualText for a line whose typed text is ``text``: what poppler, reordering it on a
    page of the given main direction, turns back into ``text`` (with formatting marks)."""
    if all(_poppler_class(c) == "R" for c in text):
        return text  # poppler puts a span of right-to-left letters only in order itself
    if left_to_right_page:
        # Right-to-left runs reversed; a part after one starts with a mark that stops it.
        out = ""
        for rtl, part in _runs(text, "R", "LN"):
            if rtl:
                out += part[::-1]
            else:
                needs_mark = out and _poppler_class(part[0]) not in "LN"
                out += (LRM if needs_mark else "") + part
        return out
    # Read from the right end: Latin runs forward, the rest reversed, in reverse order.
    pieces = []
    for latin, part in _runs(text, "LN", "R"):
        if latin:
            pieces.append(part)
        else:
            needs_mark = pieces and _poppler_class(part[0]) != "R"
            pieces.append(((RLM if needs_mark else "") + part)[::-1])
    return "".join(reversed(pieces))
