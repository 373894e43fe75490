"""The report's sections, in order, as lists of flowables: cover, executive summary, charts,
areas, improvement plan, open points (still to assess, not applicable, flagged), participants,
methodology annex.

Every text taken from the record or the questionnaire goes through :func:`esc`; the only markup
written here is the report's own.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from wen_assess import __version__
from wen_assess import formatting as fmt
from wen_assess.plan import STATUS_LABELS, PlanEntry, plan_entries
from wen_assess.records import AnswerRecord
from wen_assess.report.blocks import (
    cover_table,
    heading_block,
    muted,
    paragraph,
    short_date,
    styled_table,
    table_cell,
    warn,
)
from wen_assess.report.charts import bar_chart, radar_chart
from wen_assess.report.data import ReportData
from wen_assess.report.styles import (
    CONTENT_WIDTH,
    MUTED,
    PRIMARY,
    RULE,
    ZEBRA,
    band_colours,
    hex_of,
    layout_style,
    styles,
    tint,
)
from wen_assess.report.text import esc, first_sentence, lower_first, plural
from wen_assess.scoring import AreaResult, Priority


def _band_badge(band: str | None, data: ReportData, style_name: str = "cell_bold") -> Paragraph:
    if band is None:
        return Paragraph(muted(esc(fmt.band(None, at_start=True))), getattr(styles(), style_name))
    colour = band_colours(data.questionnaire.bands).get(band, PRIMARY)
    return Paragraph(
        f'<font color="{hex_of(colour)}">{esc(band)}</font>', getattr(styles(), style_name)
    )


def _item_markup(data: ReportData, item_id: str) -> str:
    item = data.item(item_id)
    critical = f" · {warn('critical')}" if item.critical else ""
    return f"<b>{esc(item.title.en)}</b><br/>{muted(esc(item.id))}{critical}"


def _answer_level(data: ReportData, answer: AnswerRecord | None) -> str:
    if answer is None or (answer.level is None and not answer.not_applicable):
        return f"<i>{muted('Not answered')}</i>"
    if answer.not_applicable:
        return esc(data.questionnaire.scale.not_applicable_label.en)
    return esc(data.level_label(answer.level))


def _levels_range(data: ReportData, high: int) -> str:
    low = data.questionnaire.scale.lowest
    return f"level {low}" if high == low else f"level {low}–{high}"


# --- 1. cover ---------------------------------------------------------------------------------


def cover(data: ReportData) -> list[Flowable]:
    q, record, result = data.questionnaire, data.record, data.result
    s = styles()
    story: list[Flowable] = [
        Spacer(1, 28 * mm),
        paragraph("SELF-ASSESSMENT REPORT AND IMPROVEMENT PLAN", "cover_kicker"),
        paragraph(esc(data.network), "cover_network"),
        paragraph(esc(data.title), "cover_title"),
        Spacer(1, 8 * mm),
    ]
    status = "Draft — assessment in progress" if data.draft else "Completed"
    meta = [
        ("Assessment date", esc(data.date)),
        ("Questionnaire", esc(q.title.en)),
        ("Version", f"{esc(q.id)} · version {esc(q.version)}"),
        ("Status", warn(f"<b>{esc(status)}</b>") if data.draft else esc(status)),
    ]
    if record.network.region:
        meta.append(("Region", esc(record.network.region)))
    if record.facilitator:
        meta.append(("Facilitator", esc(record.facilitator)))
    band = result.overall_band
    meta.append(
        (
            "Overall score",
            f"<b>{esc(fmt.percent(result.overall_score, at_start=True))}</b>"
            + (f" · {esc(band)}" if band else ""),
        )
    )
    table = cover_table(meta)
    story += [table, Spacer(1, 12 * mm)]
    if data.draft:
        story.append(
            paragraph(
                warn(
                    "<b>DRAFT.</b> This assessment is still in progress: answers, scores and the "
                    "improvement plan may change before it is completed."
                ),
                "note",
            )
        )
    story += [
        paragraph("<b>About the questionnaire.</b> " + esc(q.provenance.en), "note"),
        Spacer(1, 6 * mm),
        Paragraph(
            muted(
                f"Prepared with wen-assess {esc(__version__)} on {date.today():%Y-%m-%d}. "
                "Scores follow the rule set out in the methodology annex."
            ),
            s.small,
        ),
    ]
    return story


# --- 2. executive summary ---------------------------------------------------------------------


def _area_ref(data: ReportData, code: str | None) -> str:
    if code is None:
        return muted("None scored yet")
    a = data.result.area(code)
    score, band = fmt.percent(a.score, at_start=True), fmt.band(a.band, at_start=True)
    return f"<b>{esc(a.name)}</b><br/>{esc(score)} · {esc(band)}"


def _figure(label: str, markup: str) -> list[Flowable]:
    return [paragraph(esc(label), "figure_label"), paragraph(markup, "cell")]


def _urgent_sentence(data: ReportData, p: Priority) -> str:
    item = data.item(p.item_id)
    step = p.actions[0].text if p.actions else p.next_meaning
    scale = data.questionnaire.scale
    return (
        f"Raise <b>{esc(item.title.en)}</b> ({esc(p.item_id)}, {esc(data.area_name(p.area_code))}"
        f", {esc(p.label)}) from level {p.level} ({esc(scale.level(p.level).label.en)}) to "
        f"{p.next_level} ({esc(scale.level(p.next_level).label.en)}): "
        f"{esc(lower_first(first_sentence(step)))}"
    )


def summary(data: ReportData) -> list[Flowable]:
    q, result = data.questionnaire, data.result
    s = styles()
    colours = band_colours(q.bands)
    overall_colour = colours.get(result.overall_band or "", MUTED)
    when = data.record.assessment_date
    dated = f"dated {esc(data.date)}" if when else "with no assessment date set"
    story: list[Flowable] = [
        paragraph("1 Executive summary", "h1"),
        paragraph(
            f"This report presents the self-assessment of <b>{esc(data.network)}</b> against the "
            f"{esc(q.title.en)} (version {esc(q.version)}), {dated}. It covers "
            f"{plural(len(result.areas), 'area')} and {plural(result.items_total, 'item')}, and "
            "turns the gaps into a prioritised improvement plan."
        ),
    ]

    overall = Paragraph(
        f'<font color="{hex_of(overall_colour)}">'
        f"{esc(fmt.percent(result.overall_score, at_start=True))}</font>",
        s.figure,
    )
    overall_band = paragraph(
        f'<font color="{hex_of(overall_colour)}"><b>{esc(result.overall_band)}</b></font>'
        if result.overall_band
        else muted("No area scored yet"),
        "cell",
    )
    counts = " · ".join(f"<b>P{n}</b>: {result.count(n)}" for n in (1, 2, 3))
    cards = [
        [
            [paragraph("Overall score", "figure_label"), overall, overall_band],
            _figure("Weakest area", _area_ref(data, result.weakest_area)),
            _figure("Strongest area", _area_ref(data, result.strongest_area)),
        ],
        [
            _figure(
                "Completeness",
                f"<b>{esc(fmt.share(result.completeness))}</b><br/>"
                f"{result.items_answered} of {result.items_total} items answered",
            ),
            _figure(
                "Improvement actions",
                f"{counts}<br/>{plural(len(result.priorities), 'action')} in the plan",
            ),
            _figure(
                "Status",
                warn("<b>Draft</b> — in progress") if data.draft else "<b>Completed</b>",
            ),
        ],
    ]
    third = CONTENT_WIDTH / 3
    grid = Table(cards, colWidths=[third] * 3, hAlign="LEFT")
    grid.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), tint(PRIMARY, 0.06)),
                ("BACKGROUND", (0, 0), (0, 0), tint(overall_colour, 0.12)),
                ("LINEBEFORE", (0, 0), (0, 0), 3, overall_colour),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 2, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story += [Spacer(1, 2 * mm), grid, Spacer(1, 4 * mm)]

    cautions = []
    if result.still_to_assess:
        n = len(result.still_to_assess)
        cautions.append(
            f"{plural(n, 'item')} {'is' if n == 1 else 'are'} still to assess: the scores cover "
            "the answered items only (see section 5)."
        )
    if result.missing_justifications:
        cautions.append(
            f"{plural(len(result.missing_justifications), 'item')} marked not applicable "
            f"{'has' if len(result.missing_justifications) == 1 else 'have'} no justification yet."
        )
    capped = [a for a in result.areas if a.capped]
    if capped:
        names = ", ".join(esc(a.name) for a in capped)
        cautions.append(f"Band capped by a critical item at a low level: {names} (see section 3).")
    for caution in cautions:
        story.append(Paragraph(caution, s.bullet, bulletText="•"))

    story += heading_block("Most urgent actions", "h3")
    urgent = result.priorities[:3]
    if urgent:
        for n, p in enumerate(urgent, start=1):
            story.append(Paragraph(_urgent_sentence(data, p), s.bullet, bulletText=f"{n}."))
    elif result.items_answered == 0:
        story.append(paragraph(muted("No item has been answered yet, so there is no plan yet.")))
    else:
        story.append(
            paragraph(
                "No action needed: every answered item is at the top level or not applicable."
            )
        )

    story += heading_block("Areas at a glance", "h3")
    story.append(area_overview_table(data))
    return story


def area_overview_table(data: ReportData) -> Table:
    rows = []
    for a in data.result.areas:
        rows.append(
            [
                paragraph(f"<b>{esc(a.name)}</b> {muted(esc(a.code))}", "cell"),
                table_cell(
                    fmt.percent(a.score, at_start=True), "cell_right" if a.scored else "cell_muted"
                ),
                _band_badge(a.band, data),
                table_cell(fmt.level(a.mean_level), "cell_right"),
                table_cell(fmt.level(a.target), "cell_right"),
                table_cell(fmt.level(a.gap), "cell_right"),
                table_cell(f"{a.items_answered} of {a.items_total}", "cell_right"),
            ]
        )
    return styled_table(
        ["Area", "Score", "Band", "Level", "Target", "Gap", "Answered"],
        rows,
        [46, 20, 30, 16, 16, 16, 22],
    )


# --- 3. charts --------------------------------------------------------------------------------


def charts(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = [*heading_block("2 Scores at a glance", "h1", 160 * mm)]
    story.append(
        paragraph(
            "Area scores as a percentage of the scale, against each area's target (a target "
            "level expressed on the same percentage scale).",
            "muted",
        )
    )
    if len(data.result.areas) >= 3:
        story.append(radar_chart(data, CONTENT_WIDTH, 110 * mm))
        story.append(Spacer(1, 4 * mm))
    story.append(bar_chart(data, CONTENT_WIDTH))
    return story


# --- 4. areas ---------------------------------------------------------------------------------


def _area_facts(data: ReportData, a: AreaResult) -> Table:
    s = styles()

    def fact(label: str, markup: str) -> list[Flowable]:
        return [Paragraph(esc(label), s.figure_label), Paragraph(markup, s.cell_bold)]

    colour = band_colours(data.questionnaire.bands).get(a.band or "", MUTED)
    cells = [
        fact("Score", esc(fmt.percent(a.score, at_start=True))),
        fact(
            "Band", f'<font color="{hex_of(colour)}">{esc(fmt.band(a.band, at_start=True))}</font>'
        ),
        fact("Area level", esc(fmt.level(a.mean_level))),
        fact("Target", esc(fmt.level(a.target))),
        fact("Gap", esc(fmt.level(a.gap))),
        fact(
            "Answered",
            f"{a.items_answered} of {a.items_total}"
            + (f" ({a.items_not_applicable} N/A)" if a.items_not_applicable else ""),
        ),
    ]
    table = Table([cells], colWidths=[CONTENT_WIDTH / 6] * 6, hAlign="LEFT")
    table.setStyle(
        layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), tint(PRIMARY, 0.06)),
                ("LINEABOVE", (0, 0), (-1, 0), 2, colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


# Long notes are cut into several rows of the item table (the item named again on each), so
# that a note running over several pages stays attributed and rows move to a new page whole.
# Each piece is far shorter than a page, so these rows never need splitting inside.
NOTE_ROW_CHARS = 600
NOTE_ROW_LINES = 10


def _pieces(text: str, size: int = NOTE_ROW_CHARS, lines: int = NOTE_ROW_LINES) -> list[str]:
    """``text`` cut at white space into pieces of at most ``size`` characters and ``lines``
    line breaks each."""
    pieces, rest = [], text
    while True:
        window = rest[:size]
        breaks = [k for k, ch in enumerate(window) if ch == "\n"]
        if len(rest) <= size and len(breaks) <= lines:
            pieces.append(rest)
            return pieces
        if len(breaks) > lines:
            cut = breaks[lines]
        else:
            cut = max(window.rfind(" "), breaks[-1] if breaks else -1)
            if cut < size // 2:  # no white space near the limit: cut inside the word
                cut = size
        pieces.append(rest[:cut])
        rest = rest[cut + 1 :] if rest[cut : cut + 1] in (" ", "\n") else rest[cut:]


def _notes_rows(answer: AnswerRecord | None) -> list[str]:
    """The "notes and evidence" cell of an item, as one markup string per table row."""
    if answer is None:
        return [muted(fmt.NO_VALUE)]
    rows: list[list[str]] = [[]]

    def add_text(prefix: str, text: str) -> None:
        pieces = _pieces(text)
        if len(pieces) > 1 and rows[-1]:
            rows.append([])  # a long text starts on its own row
        rows[-1].append(prefix + esc(pieces[0]))
        rows.extend([esc(piece)] for piece in pieces[1:])

    if answer.not_applicable:
        if answer.justification.strip():
            add_text("<b>Justification:</b> ", answer.justification)
        else:
            rows[-1].append(warn("<b>Justification missing</b> (required to complete)"))
    if answer.notes.strip():
        add_text("", answer.notes)
    if answer.flagged:
        rows[-1].append(warn("⚑ Flagged for review"))
    if answer.carried_over:
        rows[-1].append(muted("<i>Carried over from the baseline; not yet reviewed.</i>"))
    if not rows[-1]:
        return [muted(fmt.NO_VALUE)]
    return ["<br/>".join(row) for row in rows]


def areas(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), paragraph("3 Results by area", "h1")]
    for n, a in enumerate(data.result.areas, start=1):
        area = data.area(a.code)
        head: list[Flowable] = [
            paragraph(f"3.{n} {esc(a.name)} ({esc(a.code)})", "h2"),
        ]
        if area.description:
            head.append(paragraph(esc(area.description.en), "muted"))
        head.append(_area_facts(data, a))
        head.append(Spacer(1, 2 * mm))
        if a.capped:
            items = ", ".join(esc(i) for i in a.capping_items)
            head.append(
                paragraph(
                    warn(
                        f"The band is capped at <b>{esc(fmt.band(a.band))}</b> because "
                        f"critical item {items} is at "
                        f"{_levels_range(data, data.questionnaire.rules.low_level_max)} "
                        f"(without the cap: {esc(fmt.band(a.uncapped_band))}). "
                        "The score itself is not changed."
                    ),
                    "small",
                )
            )
        if a.rule == "minimum":
            head.append(
                paragraph(
                    muted(
                        "This area uses the minimum rule: its level is the lowest level among its "
                        "applicable items."
                    ),
                    "small",
                )
            )
        rows: list[list[Flowable]] = []
        item_style: list[tuple] = []
        for k, item in enumerate(area.items):
            answer = data.answer(item.id)
            notes = _notes_rows(answer)
            first = len(rows) + 1  # the header is row 0
            rows.append(
                [
                    paragraph(_item_markup(data, item.id), "cell"),
                    paragraph(_answer_level(data, answer), "cell"),
                    paragraph(notes[0], "cell"),
                ]
            )
            for more in notes[1:]:
                rows.append(
                    [
                        paragraph(muted(f"{esc(item.id)} (continued)"), "cell"),
                        paragraph("", "cell"),
                        paragraph(more, "cell"),
                    ]
                )
            last = len(rows)
            if k % 2:
                item_style.append(("BACKGROUND", (0, first), (-1, last), ZEBRA))
            item_style.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
            if last > first:
                item_style.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
                item_style.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 1))
        table = styled_table(
            ["Item", "Level chosen", "Notes and evidence"],
            rows,
            [52, 28, 90],
            extra=item_style,
            zebra=False,
            rules=False,
            split_in_row=0,
        )
        # Start a new page unless the heading block and the first rows of the table fit.
        story.append(CondPageBreak(85 * mm))
        story.append(KeepTogether(head))
        story.append(table)
        story.append(Spacer(1, 4 * mm))
    return story


# --- 5. improvement plan ----------------------------------------------------------------------


def _plan_row(data: ReportData, p: Priority, entry: PlanEntry) -> list[Flowable]:
    action = entry.action
    steps = [
        f"<b>{esc(data.level_label(p.next_level))}:</b> {esc(p.next_meaning)}",
    ]
    steps += [f"<b>Action:</b> {esc(a.text)}" for a in p.actions]
    recommended = " ".join(a.text for a in p.actions)
    if action.text.strip() and action.text.strip() != recommended.strip():
        steps.append(f"<b>Agreed action:</b> {esc(action.text)}")
    owners = [esc(action.owner)]
    due_status = [
        "<br/>".join(
            x
            for x in (
                esc(short_date(action.due)),
                esc(STATUS_LABELS.get(action.status, action.status)),
            )
            if x
        )
    ]
    scale = data.questionnaire.scale
    return [
        paragraph(_item_markup(data, p.item_id), "cell"),
        paragraph(
            f"<b>{p.level} → {p.next_level}</b><br/>"
            + muted(
                f"{esc(scale.level(p.level).label.en)} → {esc(scale.level(p.next_level).label.en)}"
            ),
            "cell",
        ),
        paragraph("<br/>".join(steps), "cell"),
        paragraph("<br/>".join(owners), "cell"),
        paragraph("<br/><br/>".join(due_status), "cell"),
    ]


def improvement_plan(data: ReportData) -> list[Flowable]:
    q, result = data.questionnaire, data.result
    low = q.rules.low_level_max
    top = q.scale.highest
    story: list[Flowable] = [
        PageBreak(),
        paragraph("4 Improvement plan", "h1"),
        paragraph(
            "Each line moves one item up by one level: the meaning of the next level and the "
            "recommended action for the item. Owner, due date and status come from the plan "
            "agreed for the assessment; where none has been agreed yet, the owner is blank, the "
            "status is Planned and the due date is 6, 12 or 24 months after the assessment for "
            "P1, P2 and P3."
        ),
    ]
    groups = {
        1: f"P1 — Critical items at {_levels_range(data, low)}",
        2: f"P2 — Other items at {_levels_range(data, low)}",
        3: f"P3 — Items above level {low} and below level {top}",
    }
    plan = {e.item_id: e for e in plan_entries(data.record, result)}
    for n, title in groups.items():
        entries = [p for p in result.priorities if p.priority == n]
        story += heading_block(f"{esc(title)} ({len(entries)})", "h2")
        if not entries:
            story.append(paragraph(muted("None."), "body"))
            continue
        story.append(
            styled_table(
                ["Item", "Level", "Next level and recommended action", "Owner", "Due, status"],
                [_plan_row(data, p, plan[p.item_id]) for p in entries],
                [42, 21, 63, 22, 22],
            )
        )
    return story


# --- 6. open points ---------------------------------------------------------------------------


def open_points(data: ReportData) -> list[Flowable]:
    result = data.result
    story: list[Flowable] = [*heading_block("5 Open points", "h1")]

    story += heading_block(f"Still to assess ({len(result.still_to_assess)})", "h2")
    if result.still_to_assess:
        story.append(
            styled_table(
                ["Item", "Area"],
                [
                    [
                        paragraph(_item_markup(data, i), "cell"),
                        table_cell(data.area_name(data.questionnaire.area_of(i).code)),
                    ]
                    for i in result.still_to_assess
                ],
                [110, 60],
            )
        )
    else:
        story.append(paragraph(muted("None: every item has been answered.")))

    na = [a for a in data.record.answers if a.not_applicable and _known(data, a.item_id)]
    story += heading_block(f"Not applicable ({len(na)})", "h2")
    if na:
        rows = []
        for a in _in_questionnaire_order(data, na):
            justification = (
                paragraph(esc(a.justification), "cell")
                if a.justification.strip()
                else paragraph(warn("<b>No justification given</b> — required to complete"), "cell")
            )
            rows.append([paragraph(_item_markup(data, a.item_id), "cell"), justification])
        story.append(styled_table(["Item", "Justification"], rows, [60, 110]))
    else:
        story.append(paragraph(muted("None.")))

    flagged = [a for a in data.record.answers if a.flagged and _known(data, a.item_id)]
    story += heading_block(f"Flagged for review ({len(flagged)})", "h2")
    if flagged:
        rows = [
            [
                paragraph(_item_markup(data, a.item_id), "cell"),
                table_cell(data.area_name(data.questionnaire.area_of(a.item_id).code)),
                paragraph(_answer_level(data, a), "cell"),
            ]
            for a in _in_questionnaire_order(data, flagged)
        ]
        story.append(styled_table(["Item", "Area", "Level chosen"], rows, [90, 45, 35]))
    else:
        story.append(paragraph(muted("None.")))

    if result.unknown_item_ids:
        story.append(
            paragraph(
                warn(
                    "Answers for items this questionnaire does not have were left out: "
                    + esc(", ".join(result.unknown_item_ids))
                    + "."
                ),
                "small",
            )
        )
    return story


def _known(data: ReportData, item_id: str) -> bool:
    try:
        data.item(item_id)
    except KeyError:
        return False
    return True


def _in_questionnaire_order(data: ReportData, answers: list[AnswerRecord]) -> list[AnswerRecord]:
    order = {item.id: n for n, item in enumerate(data.questionnaire.items)}
    return sorted(answers, key=lambda a: order[a.item_id])


# --- 7. participants and methodology ----------------------------------------------------------


def participants(data: ReportData) -> list[Flowable]:
    record = data.record
    story: list[Flowable] = [*heading_block("6 Participants", "h1")]
    network = record.network
    facts = [f"<b>Network:</b> {esc(network.name)}"]
    if network.region:
        facts.append(f"<b>Region:</b> {esc(network.region)}")
    if network.member_countries:
        facts.append(
            f"<b>Member countries ({len(network.member_countries)}):</b> "
            + esc(", ".join(network.member_countries))
        )
    if record.facilitator:
        facts.append(f"<b>Facilitator:</b> {esc(record.facilitator)}")
    story += [paragraph(f) for f in facts]
    if record.participants:
        rows = [
            [
                table_cell(p.name),
                table_cell(p.organisation),
                table_cell(p.country),
                table_cell(p.role),
            ]
            for p in record.participants
        ]
        story.append(Spacer(1, 2 * mm))
        story.append(
            styled_table(["Name", "Organisation", "Country", "Role"], rows, [42, 60, 30, 38])
        )
    else:
        story.append(paragraph(muted("No participants recorded.")))
    return story


def methodology(data: ReportData) -> list[Flowable]:
    q = data.questionnaire
    scale, rules = q.scale, q.rules
    low, top, bottom = rules.low_level_max, scale.highest, scale.lowest
    story: list[Flowable] = [PageBreak(), paragraph("Annex — Methodology", "h1")]

    story += heading_block("Answer scale", "h2")
    rows = [
        [
            table_cell(str(level.value), "cell_bold"),
            table_cell(level.label.en, "cell_bold"),
            table_cell(level.meaning.en),
        ]
        for level in scale.levels
    ]
    if scale.not_applicable:
        rows.append(
            [
                table_cell("N/A", "cell_bold"),
                table_cell(scale.not_applicable_label.en, "cell_bold"),
                table_cell(
                    "The item does not apply to the network. A justification is required before "
                    "the assessment can be completed. Left out of the scores."
                ),
            ]
        )
    story.append(styled_table(["Level", "Label", "Meaning"], rows, [14, 34, 122]))

    story += heading_block("Scoring rule", "h2")
    rule_lines = []
    if any(a.rule == "mean" for a in q.areas):
        rule_lines.append(
            "<b>Area level</b> (mean rule): the mean of the levels of the area's answered items; "
            "items answered not applicable and unanswered items are left out."
        )
    if any(a.rule == "minimum" for a in q.areas):
        rule_lines.append(
            "<b>Area level</b> (minimum rule): the lowest level among the area's applicable "
            f"items, an unanswered item counting as level {bottom}."
        )
    rule_lines += [
        "An area with no item answered with a level has no score: it is shown as "
        "“Not scored”, never as 0.",
        f"<b>Area score</b> = (area level − {bottom}) / ({top} − {bottom}) × 100 %, kept at full "
        "precision and shown with one decimal.",
        f"<b>Band cap:</b> while any critical item of an area is answered at "
        f"{_levels_range(data, low)}, the area's band is at most "
        f"<b>{esc(rules.critical_cap_band)}</b>; the score itself is not changed.",
        "<b>Overall score</b> = the unweighted mean of the scored areas' scores; the overall band "
        "uses the same thresholds, without the cap.",
        "<b>Completeness</b> = items answered (a level, or not applicable) / all items. An "
        "assessment can be completed only when every item is answered and every not-applicable "
        "item has a justification.",
        f"<b>Target and gap:</b> each area has a target level (by default {top}); gap = target − "
        "area level.",
        f"<b>Priorities:</b> P1 = critical items at {_levels_range(data, low)}; P2 = other items "
        f"at {_levels_range(data, low)}; P3 = items above level {low} and below level {top}. "
        "Items at the top level or not applicable need no action. Order: P1, P2, P3, then by "
        "area score (lowest first), then questionnaire order. The next step for an item at "
        "level L is the move to the next level: that level's meaning plus the item's action.",
    ]
    s = styles()
    story += [Paragraph(line, s.bullet, bulletText="•") for line in rule_lines]

    story += heading_block("Bands", "h2")
    colours = band_colours(q.bands)
    band_rows = []
    for k, band in enumerate(q.bands):
        upper = q.bands[k + 1].min_score if k + 1 < len(q.bands) else None
        span = (
            f"{band.min_score:g}% to below {upper:g}%"
            if upper is not None
            else f"{band.min_score:g}% and above"
        )
        band_rows.append([_band_badge(band.name.en, data), table_cell(span)])
    story.append(
        styled_table(
            ["Band", "Score range"],
            band_rows,
            [50, 120],
            extra=[
                ("LINEBEFORE", (0, k + 1), (0, k + 1), 3, colours[b.name.en])
                for k, b in enumerate(q.bands)
            ],
        )
    )

    story += heading_block("Critical items", "h2")
    critical = [i for i in q.items if i.critical]
    if critical:
        story.append(
            styled_table(
                ["Item", "Area", "What the top level looks like"],
                [
                    [
                        paragraph(_item_markup(data, i.id), "cell"),
                        table_cell(q.area_of(i.id).name.en),
                        table_cell(i.established.en),
                    ]
                    for i in critical
                ],
                [62, 30, 78],
            )
        )
    else:
        story.append(paragraph(muted("This questionnaire has no critical items.")))

    story += heading_block("Provenance", "h2")
    story.append(paragraph(esc(q.provenance.en)))
    story.append(
        paragraph(
            muted(
                f"Questionnaire {esc(q.id)}, version {esc(q.version)}. Scores in this report were "
                "calculated by the same scoring engine that the application uses on screen."
            ),
            "small",
        )
    )
    return story


def all_sections(data: ReportData) -> tuple[list[Flowable], list[Flowable]]:
    """(cover, body): the document puts the cover on its own page template."""
    body = [
        *summary(data),
        *charts(data),
        *areas(data),
        *improvement_plan(data),
        *open_points(data),
        *participants(data),
        *methodology(data),
    ]
    return cover(data), body
