"""The DRAFT mark across a page, drawn as strokes rather than text.

Drawn as text, the big letters enter the PDF's text layer, and text copied from a draft (or read
by a screen reader or an extractor) comes out interleaved with "D", "R", "A"... Strokes are
shapes only: the page looks the same and its text says only what the report says.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

# Each letter on a 140-unit tall grid: (advance width, strokes); a stroke is a list of path
# operations ("M"ove, "L"ine, "C"urve with two control points and an end point).
_LETTERS: dict[str, tuple[float, list[list[tuple]]]] = {
    "D": (
        100,
        [
            [
                ("M", 0, 0),
                ("L", 0, 140),
                ("L", 40, 140),
                ("C", 112, 140, 112, 0, 40, 0),
                ("L", 0, 0),
            ]
        ],
    ),
    "R": (
        95,
        [
            [("M", 0, 0), ("L", 0, 140), ("L", 50, 140), ("C", 102, 140, 102, 68, 50, 68)],
            [("M", 0, 68), ("L", 50, 68), ("L", 92, 0)],
        ],
    ),
    "A": (104, [[("M", 0, 0), ("L", 52, 140), ("L", 104, 0)], [("M", 20, 50), ("L", 84, 50)]]),
    "F": (86, [[("M", 0, 0), ("L", 0, 140), ("L", 86, 140)], [("M", 0, 74), ("L", 68, 74)]]),
    "T": (100, [[("M", 0, 140), ("L", 100, 140)], [("M", 50, 140), ("L", 50, 0)]]),
    # The other letters of the word in French, Spanish and Portuguese (BROUILLON, BORRADOR,
    # RASCUNHO).
    "B": (
        95,
        [
            [("M", 0, 0), ("L", 0, 140), ("L", 45, 140), ("C", 95, 140, 95, 72, 45, 72)],
            [("M", 0, 72), ("L", 45, 72), ("C", 105, 72, 105, 0, 45, 0), ("L", 0, 0)],
        ],
    ),
    "C": (100, [[("M", 100, 122), ("C", 60, 155, 0, 140, 0, 70), ("C", 0, 0, 60, -15, 100, 18)]]),
    "H": (
        100,
        [
            [("M", 0, 0), ("L", 0, 140)],
            [("M", 100, 0), ("L", 100, 140)],
            [("M", 0, 70), ("L", 100, 70)],
        ],
    ),
    "I": (0, [[("M", 0, 0), ("L", 0, 140)]]),
    "L": (80, [[("M", 0, 140), ("L", 0, 0), ("L", 80, 0)]]),
    "N": (100, [[("M", 0, 0), ("L", 0, 140), ("L", 100, 0), ("L", 100, 140)]]),
    "O": (110, [[("M", 55, 0), ("C", 125, 0, 125, 140, 55, 140), ("C", -15, 140, -15, 0, 55, 0)]]),
    "S": (
        95,
        [
            [
                ("M", 92, 120),
                ("C", 70, 150, 0, 145, 2, 105),
                ("C", 4, 70, 92, 75, 93, 35),
                ("C", 94, -5, 20, -10, 0, 20),
            ]
        ],
    ),
    "U": (100, [[("M", 0, 140), ("L", 0, 50), ("C", 0, -15, 100, -15, 100, 50), ("L", 100, 140)]]),
}
_GAP = 34  # between letters, in grid units
_STROKE = 22  # line width, in grid units


def draw_mark(
    canvas: Canvas, word: str, centre: tuple[float, float], height: float, longest: float = 520
) -> None:
    """Draw ``word`` centred on ``centre``, ``height`` points tall, as stroked paths, at 50
    degrees, in the canvas's current stroke colour; smaller when the word would be longer than
    ``longest`` points (BROUILLON, RASCUNHO). A word with a letter that has no shape here (see
    :func:`drawable`) is drawn as "DRAFT"."""
    letters = [_LETTERS[ch] for ch in (word if drawable(word) else "DRAFT")]
    width = sum(advance for advance, _ in letters) + _GAP * (len(letters) - 1)
    scale = min(height / 140, longest / width)
    canvas.saveState()
    canvas.translate(*centre)
    canvas.rotate(50)
    canvas.scale(scale, scale)
    canvas.translate(-width / 2, -70)
    canvas.setLineWidth(_STROKE)
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
    path = canvas.beginPath()
    x = 0.0
    for advance, strokes in letters:
        for stroke in strokes:
            for op, *points in stroke:
                shifted = [v + (x if k % 2 == 0 else 0) for k, v in enumerate(points)]
                {"M": path.moveTo, "L": path.lineTo, "C": path.curveTo}[op](*shifted)
        x += advance + _GAP
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


def drawable(word: str) -> bool:
    """Whether every letter of ``word`` has a shape here."""
    return bool(word) and all(ch in _LETTERS for ch in word)
