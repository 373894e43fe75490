"""Right-to-left text (Arabic) in the PDFs: words put in the order a reader sees them.

A PDF draws text left to right. ReportLab's shaper (uharfbuzz) already draws the letters of an
Arabic word right to left and joined, so what is left is the order of the words: the Unicode
bidirectional algorithm (python-bidi) gives each character an embedding level, and the words
and spaces of one line are reordered by those levels (rule L2, applied to whole words). A
Latin name or a number inside an Arabic note keeps its own left-to-right order.
"""

from __future__ import annotations

import unicodedata

_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    return any(ord(c) >= 0x0590 and unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def _levels(line: str) -> list[int]:
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(line)
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


def _tokens(line: str) -> list[str]:
    tokens: list[str] = []
    for char in line:
        if tokens and tokens[-1][-1].isspace() == char.isspace():
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
    char_levels = _levels(line)
    tokens = _tokens(line)
    levels: list[int] = []
    position = 0
    for token in tokens:
        # A word's level is its highest: "2024" inside Arabic is level 2, the Arabic around it 1.
        levels.append(max(char_levels[position : position + len(token)]))
        position += len(token)
    order = list(range(len(tokens)))
    highest = max(levels)
    lowest_odd = min(level for level in levels if level % 2) if any(x % 2 for x in levels) else 1
    for level in range(highest, lowest_odd - 1, -1):
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
    return "".join(tokens[k] for k in order)
