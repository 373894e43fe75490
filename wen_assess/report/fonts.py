"""The report's fonts, registered with ReportLab once, and the font fallback ReportLab lacks.

This module is the one place fonts are registered for ReportLab; the list of files is
:mod:`wen_assess.fonts`, which the Qt side registers too. DejaVu Sans is every style's font.
ReportLab draws a character the font lacks as an empty box and has no fallback, so
:func:`runs` cuts user text into runs, each with a font whose character map covers it; the
escaping path (:func:`wen_assess.report.text.esc`) wraps each run that DejaVu cannot draw in a
``<font>`` tag. Fonts are registered shapable, so ReportLab shapes each word with uharfbuzz
(Arabic joining, Indic conjuncts, Thai and Khmer marks). Right-to-left words are put in visual
order by :mod:`wen_assess.report.bidi`; a line holding them is drawn in typed order, each token
where it stands, and carries the /ActualText poppler needs, so that text extraction gives back
the text typed (see "the order extractors read a reordered line in").
"""

from __future__ import annotations

import copy
import re
import threading
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from wen_assess import fonts as bundled
from wen_assess.report import bidi
from wen_assess.report.bidi import words_and_spaces

REGULAR = bundled.BASE.name
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

_lock = threading.Lock()
_registered = False


def font_paths() -> dict[str, Path]:
    """ReportLab font name -> path of the bundled TrueType file, for every face."""
    folder = bundled.fonts_dir()
    italic, bold_italic = bundled.BASE_ITALIC
    paths = {
        REGULAR: folder / bundled.BASE.regular,
        BOLD: folder / str(bundled.BASE.bold),
        ITALIC: folder / italic,
        BOLD_ITALIC: folder / bold_italic,
    }
    for face in bundled.FALLBACKS:
        paths[face.name] = folder / face.regular
        if face.bold:
            paths[face.name + "-Bold"] = folder / face.bold
    return paths


def register_fonts() -> None:
    """Register every bundled font with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        paths = font_paths()
        missing = [str(p) for p in paths.values() if not p.is_file()]
        if missing:
            raise FileNotFoundError(
                "the report fonts are missing from the installation: " + ", ".join(missing)
            )
        for name, path in paths.items():
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
        # So that <b> and <i> inside a Paragraph pick the right face, also inside a
        # <font name="NotoSansArabic"> run (a script without italics keeps its upright face).
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        for face in bundled.FALLBACKS:
            bold = face.name + "-Bold" if face.bold else face.name
            pdfmetrics.registerFontFamily(
                face.name, normal=face.name, bold=bold, italic=face.name, boldItalic=bold
            )
        _install_mixed_word_shaping()
        _install_weight_keeping_font_tag()
        _install_visual_lines()
        _install_actual_text()
        _install_page_spans()
        _registered = True


@cache
def _coverage(name: str) -> frozenset[int]:
    """The code points the font ``name`` has a glyph for (read once from its cmap)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def covers(name: str, char: str) -> bool:
    return ord(char) in _coverage(name)


# Characters that take no glyph of their own (joiners, variation selectors, marks) stay with
# the run they belong to; spaces and common punctuation stay with the base font where it has them.
def _sticks_to_previous(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me", "Mc", "Cf") or 0xFE00 <= ord(char) <= 0xFE0F


# Between Latin (with Greek, Cyrillic, Armenian) and the Latin additions Vietnamese uses lie the
# scripts the fallback fonts are made for; DejaVu draws a few of them (Arabic letters, some
# Ethiopic) without their full shaping, so there the script's own font comes first.
_SCRIPTS = range(0x0590, 0x1D00)


@lru_cache(maxsize=4096)
def font_for(char: str) -> str | None:
    """The bundled font that draws ``char`` best: DejaVu Sans, else a fallback; None if none."""
    prefer_base = ord(char) not in _SCRIPTS
    if prefer_base and covers(REGULAR, char):
        return REGULAR
    for face in bundled.FALLBACKS:
        if covers(face.name, char):
            return face.name
    return REGULAR if covers(REGULAR, char) else None


def _word_font(word: str) -> str | None:
    """One font for a whole word when one font draws all of it and the base font cannot.

    ReportLab shapes a word (text between spaces) with the font of its first run, so a word in
    two fonts would be shaped wrongly; a fallback font that draws the word's punctuation and
    digits too (``(ኢትዮጵያ)``, ``٢٠٢٤،``) keeps it in one piece.
    """
    for face in bundled.FALLBACKS:
        if all(covers(face.name, c) or _sticks_to_previous(c) for c in word):
            return face.name
    return None


def _is_plain(text: str) -> bool:
    # Latin-1 and the general punctuation block: DejaVu draws all of it (fast path).
    return all(ord(c) < 0x0250 or 0x2000 <= ord(c) <= 0x206F for c in text)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into ``(font name, run)`` pairs, in order, covering every character.

    Each character gets the first font that has it (DejaVu Sans first), except that a word the
    base font cannot draw keeps one font where one draws all of it. A character no bundled font
    draws stays in the base font (it prints as a box: there is nothing better to print).
    """
    if _is_plain(text):
        return [(REGULAR, text)] if text else []
    result: list[tuple[str, str]] = []
    for word in words_and_spaces(text):
        if word.isspace():
            fonts = [REGULAR] * len(word)
        else:
            whole = None if all(font_for(c) == REGULAR for c in word) else _word_font(word)
            fonts = [whole] * len(word) if whole else _char_fonts(word)
        for char, font in zip(word, fonts, strict=True):
            if result and result[-1][0] == font:
                result[-1] = (font, result[-1][1] + char)
            else:
                result.append((font, char))
    return result


def _char_fonts(word: str) -> list[str]:
    fonts: list[str] = []
    for char in word:
        if fonts and _sticks_to_previous(char) and covers(fonts[-1], char):
            fonts.append(fonts[-1])
        else:
            fonts.append(font_for(char) or REGULAR)
    return fonts


def _install_visual_lines() -> None:
    """Draw each line of a Paragraph with its words in visual order (right-to-left runs).

    ReportLab breaks lines in typed order, which is right: the first words of an Arabic note
    go on its first line. Each line is reordered only while it is drawn, so that a paragraph
    split over two pages is split in typed order too.
    """
    from reportlab.platypus.paragraph import Paragraph

    draw = Paragraph.drawPara
    if getattr(draw, "_wen_assess", False):
        return

    def draw_in_visual_order(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        lines_of = getattr(self, "blPara", None)
        if (
            lines_of is None
            or lines_of.kind != 1
            or not any(_may_be_rtl(w) for line in lines_of.lines for w in line.words)
        ):
            return draw(self, *args, **kwargs)
        tokens = [_tokens_of(line) for line in lines_of.lines]
        proxies = ["".join(p for _, p in line) for line in tokens]
        if not any(bidi.RTL_PROXY in p for p in proxies):
            return draw(self, *args, **kwargs)
        typed = lines_of.lines
        justified = self.style.alignment == 4  # TA_JUSTIFY: word spacing moves the words
        # What decides each part's direction: its letters outside isolated fields.
        outside, inside = [], False
        for line_proxies in proxies:
            kept, inside = bidi.outside_fields(line_proxies, inside)
            outside.append(kept)
        visual = []
        right_to_left = inside = False
        for n, (line, line_tokens, line_proxies) in enumerate(
            zip(typed, tokens, proxies, strict=True)
        ):
            if n == 0 or getattr(typed[n - 1], "lineBreak", False):
                # A paragraph, and each part after a <br/> (a name, then a date), reads in the
                # direction of its first letter.
                strong = [c for p in outside[n:] for c in p if c in ("a", bidi.RTL_PROXY)]
                right_to_left = bool(strong) and strong[0] == bidi.RTL_PROXY
            marks = "<" in line_proxies or ">" in line_proxies or inside
            if bidi.RTL_PROXY not in line_proxies and not right_to_left and not marks:
                visual.append(line)
                continue
            order, inside = bidi.isolated_order(line_proxies, right_to_left, inside)
            copy = line.clone() if hasattr(line, "clone") else line
            copy.words = _placed_in_typed_order([line_tokens[k][0] for k in order], order)
            if copy.words is None or justified:
                copy.words = [line_tokens[k][0] for k in order]
            visual.append(copy)
        self.canv.setNamedCB(_JUMP, _jump)
        lines_of.lines = visual
        try:
            return draw(self, *args, **kwargs)
        finally:
            lines_of.lines = typed

    draw_in_visual_order._wen_assess = True  # type: ignore[attr-defined]
    Paragraph.drawPara = draw_in_visual_order

    break_lines = Paragraph.breakLines

    def break_lines_shaped_where_needed(self, width):  # type: ignore[no-untyped-def]
        # Shape a paragraph only when a word needs it: Latin paragraphs keep ReportLab's
        # plain layout, exactly as before the fallback existed.
        needed = any(_needs_shaping(getattr(f, "text", None)) for f in self.frags)
        style = self.style
        if bool(style.shaping) == needed:
            return break_lines(self, width)
        self.style = copy.copy(style)
        self.style.shaping = int(needed)
        try:
            return break_lines(self, width)
        finally:
            self.style = style

    Paragraph.breakLines = break_lines_shaped_where_needed


# --- the order extractors read a reordered line in ---------------------------------------------
# pypdf reads text in content-stream order: it reverses the glyphs of each right-to-left run
# (a word drawn in one font, right to left) to reading order, but puts the runs one after
# the other as they come in the stream. Drawn left to right, an Arabic line would read back
# word by word from its end. So each token of a reordered line is drawn in typed order, each
# at the place it stands on the page (a move of the text position before it), and the page
# looks exactly as before. Poppler ignores the stream order: it sorts the glyphs of a line by
# position and applies its own bidi reordering.
_JUMP = "wen_assess_place"


class _Place:
    """A zero-width piece of a line that moves the text position to ``x`` (from where the line
    starts) before the next token is drawn; ReportLab calls :func:`_jump` for it."""

    def __init__(self, state: dict, x: float, step: float = 0.0, end: float = 0.0) -> None:
        from reportlab.lib.abag import ABag

        self.cbDefn = ABag(kind=_JUMP, name=_JUMP, label=(state, x, step, end))
        self.text = ""


def _jump(canvas, kind, label) -> None:  # type: ignore[no-untyped-def]
    from reportlab.platypus.paragraph import setXPos

    state, x, step, end = label
    tx = canvas._curr_tx_info["tx"]
    if "span" in state:  # the line's first token: its text for poppler
        tx._code.append(_poppler_span_start(canvas, state.pop("span")))
        tx._wen_in_span = True
    elif state.get("closing") is label:
        tx._code.append("EMC")
        tx._wen_in_span = False
    if step:
        # pypdf reads a move right wider than half a space past the text drawn as a word gap
        # (a space): a move over Arabic words to where the next token stands is made first to
        # the end of the token drawn last, then in narrower steps.
        for dx in [end - state["x"]] + [step] * int((x - end) / step):
            tx._code.append(f"{dx:.3f} 0 Td")
            tx._x0 += dx
            state["x"] += dx
    setXPos(tx, x - state["x"])
    state["x"] = x


def _placed_in_typed_order(words: list, order: list[int]) -> list | None:  # type: ignore[type-arg]
    """A line's tokens (given in visual order; ``order`` holds each one's typed position) put
    back in typed order, each after a :class:`_Place` to where it stands; the line ends back
    at its start. None when a token is not plain text (an image, a link anchor)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if any(hasattr(w, "cbDefn") or not isinstance(getattr(w, "text", None), str) for w in words):
        return None
    state = {"x": 0.0}
    at, x = {}, 0.0
    for word, typed_index in zip(words, order, strict=True):
        at[typed_index] = (x, word)
        x += stringWidth(word.text, word.fontName, word.fontSize)
    typed = [at[k][1] for k in sorted(at)]
    _signs_after_rtl(typed)
    state["span"] = "".join(_read_back(w) for w in typed)
    placed: list = []  # type: ignore[type-arg]
    end = 0.0  # where the token drawn last ends (a line starting with a move right reads
    # back with a space in front: stepped too)
    for k in sorted(at):
        x, word = at[k]
        gap = x > end + 0.01
        placed += [_Place(state, x, 0.05 * word.fontSize if gap else 0.0, end), word]
        end = x + stringWidth(word.text, word.fontName, word.fontSize)
    closing = _Place(state, 0.0)
    state["closing"] = closing.cbDefn.label
    return [*placed, closing]


def _read_back(word) -> str:  # type: ignore[no-untyped-def]
    """A token's text as an extractor reads it from its glyphs, in typed order (an Arabic
    word's glyphs stand right to left)."""
    face = _face_name(word.fontName)
    pieces = [_copy_text(face, ord(c)) for c in word.text]
    return "".join(reversed(pieces) if _is_rtl_face(word.fontName) else pieces)


# Poppler decides a page's main direction by counting its left-to-right and right-to-left
# letters, so the /ActualText of a line (bidi.poppler_text) is written when the page is done.
_SPAN = re.compile(r"<WEN-SPAN-(\d+)>")


def _poppler_span_start(canvas, text: str) -> str:  # type: ignore[no-untyped-def]
    spans = canvas.__dict__.setdefault("_wen_spans", [])
    spans.append(text)
    return f"/Span <</ActualText <WEN-SPAN-{len(spans) - 1}>>> BDC"


_LETTER = re.compile(r"[^\W\d_]")


def _left_to_right_page(drawn: list[str]) -> bool:
    """Whether poppler reads the page as left to right: it counts the page's left-to-right
    letters against its right-to-left ones (the letters of the text drawn, ``drawn``; a shaped
    cluster of a left-to-right script drawn with codes of its own is not counted)."""
    text = "".join(drawn)
    right_to_left = len(bidi.RTL_LETTER.findall(text))
    return len(_LETTER.findall(text)) - right_to_left >= right_to_left


def _install_page_spans() -> None:
    from reportlab.pdfgen.canvas import Canvas

    show = Canvas.showPage
    if getattr(show, "_wen_assess", False):
        return

    def show_page_with_spans(self):  # type: ignore[no-untyped-def]
        spans = self.__dict__.pop("_wen_spans", None)
        drawn = self.__dict__.pop("_wen_drawn", [])
        if spans:
            left_to_right = _left_to_right_page(drawn)

            def actual_text(match):  # type: ignore[no-untyped-def]
                text = bidi.poppler_text(spans[int(match.group(1))], left_to_right)
                return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"

            self._code = [_SPAN.sub(actual_text, code) for code in self._code]
        return show(self)

    show_page_with_spans._wen_assess = True  # type: ignore[attr-defined]
    Canvas.showPage = show_page_with_spans

    from reportlab.graphics.renderPDF import _PDFRenderer

    draw_group = _PDFRenderer.drawGroup

    def draw_group_with_span(self, group):  # type: ignore[no-untyped-def]
        # A chart label with right-to-left text (chart_label): its strings drawn as one line.
        line = group.__dict__.get("_wen_line")
        if line is None:
            return draw_group(self, group)
        canvas = self._canvas
        canvas.saveState()
        canvas.setFillColor(group.contents[0].fillColor)
        _draw_right_to_left(canvas, *line)
        canvas.restoreState()
        return None

    _PDFRenderer.drawGroup = draw_group_with_span


def _signs_after_rtl(words: list) -> None:  # type: ignore[type-arg]
    """Make each run of signs and spaces (in typed order) that follows right-to-left text and
    comes before a Latin word or a number ("{name}, 1 March") read back as one piece.

    pypdf keeps reading right to left after an Arabic word until a Latin letter or a digit,
    so it would give ", " back as " ,". Each such run (in one font) reads back as one piece:
    its first glyph carries the run's text and the others none (same glyphs, new codes).
    """
    from reportlab.pdfbase.ttfonts import ShapedStr

    k = 1
    while k < len(words):
        j = k
        while j < len(words) and _is_neutral(words[j]) and words[j].fontName == words[k].fontName:
            j += 1
        run = words[k:j]
        if (
            run
            and not run[0].text.isspace()
            and _is_rtl_word(words[k - 1])
            and j < len(words)
            and not _is_rtl_word(words[j])
            and not any(isinstance(w.text, ShapedStr) for w in run)
        ):
            text, first = "".join(w.text for w in run), True
            for w in run:
                codes = ""
                for char in w.text:
                    width = _plain_width(w.fontName, char)
                    codes += _code_for(w.fontName, char, text if first else "", width)
                    first = False
                w.text = codes
        k = max(j, k + 1)


def _is_neutral(word) -> bool:  # type: ignore[no-untyped-def]
    return not any(c.isalnum() for c in word.text)


def _is_rtl_word(word) -> bool:  # type: ignore[no-untyped-def]
    return _is_rtl_face(word.fontName) or bidi.has_rtl(word.text)


def _plain_width(font_name: str, char: str) -> float:
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(font_name).face
    return face.charWidths.get(ord(char), face.defaultWidth)


def _tokens_of(line) -> list[tuple[object, str]]:  # type: ignore[no-untyped-def]
    """A laid-out line's fragments cut into words and spaces, each with its bidi proxy."""
    tokens: list[tuple[object, str]] = []
    for frag in line.words:
        text = getattr(frag, "text", None)
        if hasattr(frag, "cbDefn") or not isinstance(text, str) or not text:
            tokens.append((frag, "!"))
            continue
        arabic = str(getattr(frag, "fontName", "")).startswith(_ARABIC)
        start = 0
        for part in words_and_spaces(str(text)):
            piece = text[start : start + len(part)]  # a slice keeps a shaped word's glyph data
            start += len(part)
            tokens.append((frag.clone(text=piece), bidi.proxy(part, arabic and not part.isspace())))
    return tokens


_ARABIC = "NotoSansArabic"


def _may_be_rtl(frag) -> bool:  # type: ignore[no-untyped-def]
    return str(getattr(frag, "fontName", "")).startswith(_ARABIC) or bidi.may_be_rtl(
        getattr(frag, "text", None)
    )


def _install_weight_keeping_font_tag() -> None:
    """Let ``<font name="NotoSansArabic">`` keep the weight and slant around it.

    ReportLab's ``<font name>`` resets bold and italic to those of the named face, so a fallback
    run inside ``<b>`` or a bold style would print regular. The escaping path cannot know the
    weight around it, so for the fallback families the tag inherits it, and the family mapping
    registered above picks the bold face.
    """
    from reportlab.platypus.paraparser import ParaParser

    start_font = ParaParser.start_font
    if getattr(start_font, "_wen_assess", False):
        return
    families = {face.name.lower() for face in bundled.FALLBACKS}

    def start_fallback_font(self, attr):  # type: ignore[no-untyped-def]
        start_font(self, attr)
        inner, outer = self._stack[-1], self._stack[-2]
        if str(getattr(inner, "fontName", "")).lower() in families:
            inner.bold, inner.italic = outer.bold, outer.italic

    start_fallback_font._wen_assess = True  # type: ignore[attr-defined]
    ParaParser.start_font = start_fallback_font


# Kerning, and what a script requires (joining, conjuncts, mark placement: always on in
# HarfBuzz), but no optional ligatures: DejaVu's "ﬆ" or "ﬁ" would change the text a reader
# copies or searches for.
SHAPING_FEATURES = {"kern": True, "liga": False, "dlig": False}


# From the combining accents up: below them, Latin letters look the same shaped or not.
_SHAPED = re.compile("[^\x00-\u02ff\u202a\u202c]")  # (bidi.ISOLATE marks are not drawn)


def _needs_shaping(text: object) -> bool:
    return isinstance(text, str) and _SHAPED.search(text) is not None


def _install_mixed_word_shaping() -> None:
    """Shape only the words that need it, each font's part of a word on its own.

    ReportLab shapes every word of a shaping style, with its optional ligatures and with the font
    of the word's first part, so ``work🎉`` or ``WEN(عربي)`` would get glyphs looked up in the
    wrong font. Plain Latin words are left as ReportLab draws them unshaped.
    """
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import paragraph

    shape = ttfonts.shapeFragWord
    if getattr(shape, "_wen_assess", False):
        return

    def shape_by_font(word, features=None, force=False):  # type: ignore[no-untyped-def]
        parts = word[1:]
        if isinstance(word, ttfonts.ShapedFragWord) or any(
            isinstance(text, ttfonts.ShapedStr) for _, text in parts
        ):
            return word  # shaped already (a paragraph laid out again after a split)
        if not force and not any(_needs_shaping(text) for _, text in parts):
            return word
        groups: list[list] = []
        for frag, text in parts:
            if groups and getattr(groups[-1][-1][0], "fontName", None) == getattr(
                frag, "fontName", None
            ):
                groups[-1].append((frag, text))
            else:
                groups.append([(frag, text)])
        if len(groups) == 1:
            return _remember_text(word, shape(word, features=SHAPING_FEATURES, force=force))
        width = 0.0
        shaped_parts: list = []
        for group in groups:
            sub = word.__class__(
                [sum(stringWidth(t, f.fontName, f.fontSize) for f, t in group), *group]
            )
            if force or any(_needs_shaping(text) for _, text in group):
                sub = _remember_text(sub, shape(sub, features=SHAPING_FEATURES, force=force))
            width += sub[0]
            shaped_parts += sub[1:]
        return word.__class__([width, *shaped_parts])

    shape_by_font._wen_assess = True  # type: ignore[attr-defined]
    ttfonts.shapeFragWord = shape_by_font
    paragraph.shapeFragWord = shape_by_font
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# --- the text a reader copies ------------------------------------------------------------------
# A PDF gives text back glyph by glyph, in the order the glyphs are drawn, each read through the
# font's ToUnicode map. Shaping breaks that: a glyph the font's character map does not name (a
# Devanagari conjunct, a Thai tone mark moved above a vowel) would read back as a private-use
# code, and a vowel sign drawn before its consonant (Devanagari "ि", Bengali "ে", Khmer, Burmese)
# would read back before it. So for each cluster of a shaped word whose glyphs would not read
# back as the text typed, the glyphs are given codes of their own (same glyph, new code) whose
# map entries carry the typed text in drawing order: the first glyph the first character, and
# so on, the last glyph the rest; a glyph beyond the text reads as nothing. Copying, searching
# and both pypdf and poppler's extraction then give exactly the text typed.
_GLYPH_TEXT: dict[tuple[str, int], str] = {}  # (font's PostScript name, code) -> its text
_CODES: dict[tuple[str, int, str, float], int] = {}  # (font, glyph, text, width) -> its code
_FIRST_CODE = 0xF0000  # Supplementary Private Use Area-A: no bundled font maps anything there


def _face_name(font_name: str) -> str:
    from reportlab.pdfbase.pdfmetrics import getFont

    name = getFont(font_name).face.name
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _code_for(font_name: str, char: str, text: str, width: float) -> str:
    """A character that draws ``char``'s glyph, is ``width`` wide and reads back as ``text``."""
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(font_name).face
    glyph = face.charToGlyph[ord(char)]
    key = (_face_name(font_name), glyph, text, width)
    code = _CODES.get(key)
    if code is None:
        code = max((c for k, c in _CODES.items() if k[0] == key[0]), default=_FIRST_CODE - 1)
        code += 1
        while code in face.charToGlyph:
            code += 1
        face.charToGlyph[code] = glyph
        face.charWidths[code] = width
        _CODES[key] = code
        _GLYPH_TEXT[(key[0], code)] = text
    return chr(code)


def _placed(glyphs: list) -> list | None:  # type: ignore[type-arg]
    """A cluster's glyph data with each glyph where it is drawn and no sideways offset: each
    advances to the next one's position (the last to where the cluster ends), so that the PDF
    moves neither back nor forward around a mark (an extractor reads a move forward as a space).
    None when a glyph is drawn left of the one before it, or the first one away from the pen
    (only the following glyphs' offsets can become advances)."""
    if glyphs[0].x_offset:
        return None
    pen, positions = 0.0, []
    for data in glyphs:
        positions.append(pen + data.x_offset)
        pen += data.x_advance
    advances = [b - a for a, b in zip(positions, [*positions[1:], pen], strict=True)]
    if any(a < 0 for a in advances):
        return None
    return [
        data._replace(x_advance=a, x_offset=0, width=a)
        for data, a in zip(glyphs, advances, strict=True)
    ]


def _pieces(typed: str, glyphs: int) -> list[str]:
    """The typed text of a cluster shared out over its glyphs, in drawing order."""
    return [typed[k : k + 1] if k < glyphs - 1 else typed[k:] for k in range(glyphs)]


def _remember_text(word, shaped):  # type: ignore[no-untyped-def]
    if shaped is word:
        return shaped
    from reportlab.pdfbase.ttfonts import ShapedStr

    text = "".join(t for _, t in word[1:] if isinstance(t, str))
    clusters: dict[int, list[tuple[int, int, str, str, object]]] = {}  # in drawing order
    for part, (frag, run) in enumerate(shaped[1:], start=1):
        for index, (char, data) in enumerate(
            zip(run, getattr(run, "__shapeData__", ()), strict=False)
        ):
            clusters.setdefault(data.cluster, []).append((part, index, frag.fontName, char, data))
    starts = sorted(c for c in clusters if 0 <= c < len(text))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    changed: dict[tuple[int, int], tuple[str, object]] = {}
    for start, glyphs in clusters.items():
        if start not in ends or len({g[0] for g in glyphs}) > 1:
            continue  # (a cluster is one font's: one part)
        typed = text[start : ends[start]]
        read = "".join(_copy_text(_face_name(g[2]), ord(g[3])) for g in glyphs)
        placed = _placed([g[4] for g in glyphs]) if any(g[4].x_offset for g in glyphs) else None
        if read == typed and placed is None:
            continue
        pieces = _pieces(typed, len(glyphs)) if read != typed else [None] * len(glyphs)
        for (part, index, font, char, data), piece, where in zip(
            glyphs, pieces, placed or [None] * len(glyphs), strict=True
        ):
            data = where or data
            meaning = _copy_text(_face_name(font), ord(char)) if piece is None else piece
            changed[(part, index)] = (_code_for(font, char, meaning, data.width), data)
    for part in {part for part, _ in changed}:
        frag, run = shaped[part]
        chars = "".join(
            changed[(part, k)][0] if (part, k) in changed else c for k, c in enumerate(run)
        )
        data = [
            changed[(part, k)][1] if (part, k) in changed else d
            for k, d in enumerate(run.__shapeData__)
        ]
        shaped[part] = (frag, ShapedStr(chars, shapeData=data))
    return shaped


def _install_actual_text() -> None:
    """Mark each shaped run of a left-to-right script with the text it stands for.

    Poppler (pdftotext, most Linux viewers) reads a marked-content span's ``/ActualText``
    instead of its glyphs, so it does not drop a mark it finds drawn over a letter or read a
    stacked sign as a word of its own; pypdf reads the glyphs (see :func:`_remember_text`).
    A line with right-to-left text is one span of its own (see :func:`_poppler_span_start`).
    """
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.pdfgen.textobject import PDFTextObject

    write = PDFTextObject._formatText
    if getattr(write, "_wen_assess", False):
        return

    def write_with_actual_text(self, text):  # type: ignore[no-untyped-def]
        code = write(self, text)
        # What the page holds, for its main direction (see _install_page_spans).
        self._canvas.__dict__.setdefault("_wen_drawn", []).append(text)
        if not isinstance(text, ShapedStr) or str(self._fontname).startswith(_ARABIC):
            return code
        if getattr(self, "_wen_in_span", False):
            return code  # the line's own span holds this run's text (see _poppler_span_start)
        face = _face_name(self._fontname)
        actual = "".join(_copy_text(face, ord(char)) for char in text)
        return (
            f"/Span <</ActualText <FEFF{actual.encode('utf-16-be').hex().upper()}>>> BDC {code} EMC"
        )

    write_with_actual_text._wen_assess = True  # type: ignore[attr-defined]
    PDFTextObject._formatText = write_with_actual_text


def _copy_text(face: str, code: int) -> str:
    text = _GLYPH_TEXT.get((face, code))
    if text is not None:
        return text
    char = chr(code)
    # Arabic joined forms (presentation forms) read back as the letters typed.
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", char)
    return char


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with the text of shaped glyphs, and characters beyond the
    basic plane (emoji) written as UTF-16 as the PDF format requires."""
    face = fontname.split("+", 1)[-1]
    entries = [
        f"<{i:02X}> <{_copy_text(face, code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


# --- text drawn on a canvas (running header and footer, chart labels) -------------------------


def _face(run_font: str, style_font: str) -> str:
    """The face of ``run_font`` in the weight of ``style_font`` (bold stays bold)."""
    if run_font == REGULAR:
        return style_font
    bold = style_font in (BOLD, BOLD_ITALIC)
    face = next(f for f in bundled.FALLBACKS if f.name == run_font)
    return face.name + "-Bold" if bold and face.bold else face.name


def shaped_runs(text: str, font: str, size: float) -> list[tuple[str, str, float]]:
    """``text`` in visual order as ``(font, shaped run, width)`` for a canvas that draws one
    font at a time: the same fallback, bidi and shaping as a Paragraph gets."""
    return [(face, shaped, width) for face, shaped, width, _ in _canvas_pieces(text, font, size)]


def _canvas_pieces(text: str, font: str, size: float) -> list[tuple[str, str, float, int]]:
    """:func:`shaped_runs` with each piece's place in the typed text, to draw them in typed
    order (see :func:`_placed_in_typed_order`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    register_fonts()
    result = []
    # A canvas line is composed by the report around the user's text ("network · date"): the
    # fields stand left to right, each ordered on its own (as if isolated), so that a date
    # never joins an Arabic name.
    # (The isolating marks of a field, zero-width, are not drawn: pypdf would read them.)
    tokens = (
        [t for t in bidi.composed_tokens(text) if t not in (bidi.ISOLATE, bidi.END_ISOLATE)]
        if bidi.has_rtl(text)
        else [text]
    )
    order = bidi.composed_order(tokens) if len(tokens) > 1 else [0]
    for typed in order:
        for run_font, run in runs(tokens[typed]):
            face = _face(run_font, font)
            # Shaped word by word, as a Paragraph shapes: each word gets its own script and
            # direction. A run with nothing to shape stays one string (one piece of copied text).
            for word in words_and_spaces(run) if _needs_shaping(run) else [run]:
                shaped = shapeStr(word, face, size) if _needs_shaping(word) else word
                if isinstance(shaped, ShapedStr):
                    width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
                else:
                    width = stringWidth(word, face, size)
                result.append((face, shaped, width, typed))
    return result


def _in_typed_order(pieces, x: float):  # type: ignore[no-untyped-def]
    """Canvas pieces (in visual order) sorted into typed order, each with the x it starts at
    and where the piece drawn before it ends (see :func:`_placed_in_typed_order`)."""
    from types import SimpleNamespace

    placed = []
    for face, shaped, width, typed in pieces:
        placed.append((typed, x, face, shaped, width))
        x += width
    placed.sort(key=lambda p: (p[0], p[1]))
    tokens = [SimpleNamespace(text=p[3], fontName=p[2]) for p in placed]
    if len(placed) > 1:
        _signs_after_rtl(tokens)
    kept, end = [], placed[0][1] if placed else 0.0
    for n, (_, at, face, _shaped, width) in enumerate(placed):
        kept.append((at, end, face, tokens[n].text))
        end = at + width
    return kept


def _is_rtl_face(face: str) -> bool:
    return str(face).startswith(_ARABIC)


def text_width(text: str, font: str = REGULAR, size: float = 10) -> float:
    return sum(width for _, _, width in shaped_runs(text, font, size))


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"):  # type: ignore[no-untyped-def]
    """Draw user text on a canvas, each run in a font that has its glyphs."""
    parts = _canvas_pieces(text, font, size)
    total = sum(part[2] for part in parts)
    x -= {"left": 0, "right": total, "centre": total / 2}[align]
    pieces = _in_typed_order(parts, x)
    if not bidi.has_rtl(text):
        for at, _, face, shaped in pieces:
            canvas.setFont(face, size)
            canvas.drawString(at, y, shaped)
        canvas.setFont(font, size)
        return
    _draw_right_to_left(canvas, pieces, _without_marks(text), x, y, size)
    canvas.setFont(font, size)


def _draw_right_to_left(canvas, pieces, text: str, x: float, y: float, size: float) -> None:  # type: ignore[no-untyped-def]
    """Draw a canvas line with right-to-left text: its pieces in typed order, each where it
    stands, in one text object (pypdf reads each of many as a line of its own), and marked
    with the text poppler reads (:func:`bidi.poppler_text`)."""
    canvas._code.append(_poppler_span_start(canvas, text))
    tx = canvas.beginText(x, y)
    tx._wen_in_span = True
    step = 0.1 * size
    for at, end, face, shaped in pieces:
        tx.setFont(face, size)
        if at > end + 0.01:
            # Narrower moves than pypdf reads as a space (see _jump).
            for n in range(int((at - end) / step) + 1):
                tx.setTextOrigin(end + n * step, y)
        tx.setTextOrigin(at, y)
        tx.textOut(shaped)
    canvas.drawText(tx)
    canvas._code.append("EMC")


def _without_marks(text: str) -> str:
    return text.replace(bidi.ISOLATE, "").replace(bidi.END_ISOLATE, "")


def chart_label(x: float, y: float, text: str, font: str, size: float, colour):  # type: ignore[no-untyped-def]
    """User text as a chart label (a ``reportlab.graphics`` group of strings, left-aligned at
    ``x``), and its width: one string per font run, as :func:`draw_text` draws."""
    from reportlab.graphics.shapes import Group, String

    group = Group()
    pieces = _in_typed_order(_canvas_pieces(text, font, size), x)
    if bidi.has_rtl(text):  # drawn as draw_text draws it (see _install_page_spans)
        group.__dict__["_wen_line"] = (pieces, _without_marks(text), x, y, size)
    for at, _, face, shaped in pieces:
        group.add(String(at, y, shaped, fontName=face, fontSize=size, fillColor=colour))
    return group
