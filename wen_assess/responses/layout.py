"""What a response form holds, cell by cell: the one description the writer lays out and the
reader checks a returned form against (every locked cell must come back as written).

The cover sheet names the assessment (locked) and the respondent (name and, when the form
did not fix it, the agency are the only editable cells there); the items sheet has one row
per item, in questionnaire order, with three answer columns. Texts are in the form's
language: the questionnaire's own wording through ``Text.get`` and the form's words through
the gettext catalogs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from wen_assess.i18n import N_, Translator, translator
from wen_assess.questionnaire import Questionnaire
from wen_assess.questionnaire.model import LEVELS_MAX
from wen_assess.records import AssessmentRecord

FORM_NAME = "wen-assess/response-form"
FORM_VERSION = 1

# The cover's rows: label in column A, value in column B.
COVER_TITLE_ROW = 1
COVER_FIELDS = (
    ("form", N_("Form")),
    ("network", N_("Network")),
    ("assessment", N_("Assessment")),
    ("assessment_id", N_("Assessment id")),
    ("questionnaire", N_("Questionnaire")),
    ("version", N_("Questionnaire version")),
    ("checksum", N_("Questionnaire checksum")),
    ("language", N_("Language of the form")),
    ("code", N_("Form code")),
    ("country", N_("Country")),
    ("agency", N_("Agency")),
    ("respondent", N_("Your name")),
)
FIRST_FIELD_ROW = 4
FIELD_ROWS = {key: FIRST_FIELD_ROW + n for n, (key, _) in enumerate(COVER_FIELDS)}
LEVELS_HEADING_ROW = FIELD_ROWS["respondent"] + 2
FIRST_CHOICE_ROW = LEVELS_HEADING_ROW + 1

# The items sheet: a two-line title block, a blank line, the header, then one row per item.
HEADER_ROW = 4
COLUMNS = (
    ("item", N_("Item"), 12),
    ("area", N_("Area"), 16),
    ("title", N_("Title"), 24),
    ("question", N_("Question"), 46),
    ("top", N_("What the top level looks like"), 32),
    ("level", N_("Your level"), 20),
    ("justification", N_("Justification"), 36),
    ("notes", N_("Notes and evidence"), 30),
)
KEYS = tuple(key for key, _, _ in COLUMNS)
COLUMN = {key: n for n, key in enumerate(KEYS, start=1)}  # 1-based, as in a spreadsheet
ANSWER_KEYS = ("level", "justification", "notes")
WIDTHS = [width for _, _, width in COLUMNS]


@dataclass(frozen=True)
class FormLayout:
    """Everything one form shows, as text; the writer lays it out, the reader compares."""

    language: str
    cover_name: str
    items_name: str
    cover: dict[tuple[int, int], str]  # (row, column) -> locked text on the cover
    editable_fields: tuple[str, ...]  # cover fields the respondent fills in
    choices: dict[str, int | None]  # drop-down text -> level (None: Not applicable)
    items: dict[tuple[int, int], str]  # (row, column) -> locked text on the items sheet
    item_rows: dict[int, str]  # row -> item id
    last_row: int


def sheet_name(text: str) -> str:
    """Excel refuses these characters in a sheet name, and more than 31 characters."""
    return "".join(ch for ch in text if ch not in "[]:*?/\\").strip()[:31]


def form_code(assessment_uuid: str, country: str, agency: str) -> str:
    """A short fingerprint of whom the form was made for: an edited country shows."""
    text = "|".join((assessment_uuid, " ".join(country.split()), " ".join(agency.split())))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def level_choices(q: Questionnaire, tr: Translator) -> dict[str, int | None]:
    """The drop-down's entries ("2 – Developing"...; Not applicable last when allowed)."""
    lang = tr.language
    choices: dict[str, int | None] = {
        f"{level.value} – {level.label.get(lang)}": level.value for level in q.scale.levels
    }
    if q.scale.not_applicable:
        choices[q.scale.not_applicable_label.get(lang)] = None
    return choices


# The cover's last row and column for a form of any questionnaire (the most levels a scale
# may have, and "Not applicable"; each with its meaning): a value beyond them is not part of
# any form. Bounded by every questionnaire, not the expected one: a form made for another
# version must read far enough to be told apart by its version, not by its extra rows.
COVER_BOUNDS = (FIRST_CHOICE_ROW + LEVELS_MAX, 3)


def layout(
    q: Questionnaire,
    record: AssessmentRecord,
    checksum: str,
    language: str,
    country: str,
    agency: str,
    fixed_agency: bool,
) -> FormLayout:
    tr = translator(language)
    _ = tr.gettext
    lang = tr.language
    values = {
        "form": f"{FORM_NAME} {FORM_VERSION}",
        "network": record.network.name,
        "assessment": record.title,
        "assessment_id": record.uuid,
        "questionnaire": q.id,
        "version": q.version,
        "checksum": checksum,
        "language": lang,
        "code": form_code(record.uuid, country, agency if fixed_agency else ""),
        "country": country,
        "agency": agency,
        "respondent": "",
    }
    editable = ("respondent",) if fixed_agency else ("agency", "respondent")
    cover: dict[tuple[int, int], str] = {
        (COVER_TITLE_ROW, 1): _("Response form — {network}").format(network=record.network.name),
        (2, 1): _(
            "Fill in your name below, then give your view of each item on the sheet "
            "“{items}”. Only the white cells can be changed. Save the file and send it back "
            "to the coordinator."
        ).format(items=sheet_name(_("Items"))),
    }
    for key, label in COVER_FIELDS:
        cover[(FIELD_ROWS[key], 1)] = _(label)
        if key not in editable:
            cover[(FIELD_ROWS[key], 2)] = values[key]
    cover[(LEVELS_HEADING_ROW, 1)] = _("Levels")
    choices = level_choices(q, tr)
    meanings = [level.meaning.get(lang) for level in q.scale.levels]
    if q.scale.not_applicable:
        meanings.append(_("The item does not apply to the network (say why)."))
    for n, (choice, meaning) in enumerate(zip(choices, meanings, strict=True)):
        cover[(FIRST_CHOICE_ROW + n, 2)] = choice
        cover[(FIRST_CHOICE_ROW + n, 3)] = meaning

    items: dict[tuple[int, int], str] = {
        (1, 1): _("Items — {network}").format(network=record.network.name),
        (2, 1): _(
            "Choose your level in the column “{level}” (the list holds the levels on the sheet "
            "“{cover}”); say why, and add notes or evidence. Leave the level empty where you "
            "cannot judge."
        ).format(level=_("Your level"), cover=sheet_name(_("Respondent"))),
    }
    for key, label, _width in COLUMNS:
        items[(HEADER_ROW, COLUMN[key])] = _(label)
    item_rows: dict[int, str] = {}
    row = HEADER_ROW
    for area in q.areas:
        for item in area.items:
            row += 1
            item_rows[row] = item.id
            title = item.title.get(lang)
            if item.critical:
                title += " " + _("(critical)")
            texts = {
                "item": item.id,
                "area": area.name.get(lang),
                "title": title,
                "question": item.question.get(lang),
                "top": item.established.get(lang),
            }
            for key, text in texts.items():
                items[(row, COLUMN[key])] = text
    return FormLayout(
        language=lang,
        cover_name=sheet_name(_("Respondent")) or "Respondent",
        items_name=sheet_name(_("Items")) or "Items",
        cover=cover,
        editable_fields=editable,
        choices=choices,
        items=items,
        item_rows=item_rows,
        last_row=row,
    )
