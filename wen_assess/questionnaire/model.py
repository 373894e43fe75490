"""The questionnaire format: Pydantic models that validate a questionnaire file.

A questionnaire is data (areas, items, a scale, bands, actions) with stable ids, so that
answers survive a later change of wording. Everything a scoring rule needs is declared here;
the engine in :mod:`wen_assess.scoring` reads nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    create_model,
    model_validator,
)

from wen_assess.errors import shown
from wen_assess.i18n import N_
from wen_assess.messages import Worded
from wen_assess.vocabulary import ID_MAX

_T = TypeVar("_T")

FORMAT_NAME = "wen-assess/questionnaire"
FORMAT_VERSION = 1

LANGUAGES = ("en", "fr", "es", "pt")

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# Limits chosen so that every questionnaire `validate` accepts lays out in the report, the
# comparison and the agenda: a name sits in a narrow table cell, which cannot split across
# pages; a longer text is a paragraph of its own or a wide cell. tests/report/
# test_questionnaire_limits.py builds a report with every text and count at its limit.
NAME_MAX = 200  # titles, area and band names, level labels, stages (characters)
CELL_TEXT_MAX = 400  # level meanings, actions, questions, evidence: shown in table cells
TEXT_MAX = 2_000  # descriptions and provenance: paragraphs of their own
VERSION_MAX = 40
AREAS_MAX = 25  # the bar chart of areas fits on one page
ITEMS_MAX = 60  # per area
ACTIONS_MAX = 100  # per area
ITEM_ACTIONS_MAX = 3  # actions addressing one item (they share a cell of the plan)
EVIDENCE_MAX = 20  # per item
LEVELS_MAX = 11  # a 0-10 scale
BANDS_MAX = 10
Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=ID_MAX),
    Field(description="Stable identifier: letters, digits, '.', '_' or '-'."),
]
AreaCode = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z][A-Z0-9]{1,9}$"),
    Field(description="Short upper-case area code, e.g. MEM."),
]


class _Strict(BaseModel):
    # Unknown keys are almost always typos in a hand-edited file: reject them.
    # defer_build: the validators are built on first use, not at import (~60 ms of start-up).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy whose cached lookups (``cached_property``) are computed again from its own
        fields: a copy with fewer items (see ``compare``) must not answer with the original's."""
        copy = super().model_copy(update=update, deep=deep)
        for name in _cached_names(type(self)):
            copy.__dict__.pop(name, None)
        return copy


def _cached_names(model: type) -> list[str]:
    return [
        name
        for klass in model.__mro__
        for name, value in vars(klass).items()
        if isinstance(value, cached_property)
    ]


DEFAULT_LANGUAGE = "en"


def language_code(value: str | None) -> str:
    """One of LANGUAGES for a code as users and systems write it ("fr", "FR", "pt_BR", "es-419").

    Anything else (None, "", "de") is English: every text has English, so it always reads.
    """
    code = (value or "").strip().replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def _at_most(limit: int) -> Any:
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limit)]


_Long = _at_most(TEXT_MAX)


class Text(_Strict):
    """A text in English, with optional French, Spanish and Portuguese translations."""

    en: _Long
    fr: _Long | None = None
    es: _Long | None = None
    pt: _Long | None = None

    def get(self, language: str | None = DEFAULT_LANGUAGE) -> str:
        """The text in ``language``, or in English where this text has no such translation."""
        return getattr(self, language_code(language)) or self.en

    def missing(self) -> tuple[str, ...]:
        """The languages this text has no translation in."""
        return tuple(code for code in LANGUAGES if getattr(self, code) is None)

    def __str__(self) -> str:
        return self.en


def _text_shorthand(value: object) -> object:
    # A plain string is the common case in YAML: treat it as the English text.
    return {"en": value} if isinstance(value, str) else value


LocalText = Annotated[
    Text, BeforeValidator(_text_shorthand, json_schema_input_type=NonEmpty | Text)
]


def _limited_text(name: str, limit: int, doc: str) -> Any:
    """A Text whose every language holds at most ``limit`` characters, and its YAML form (a
    plain string is English)."""
    text = _at_most(limit)
    model = create_model(
        name,
        __base__=Text,
        __doc__=doc,
        __module__=__name__,
        en=(text, ...),
        **{code: (text | None, None) for code in LANGUAGES if code != "en"},
    )
    local = Annotated[
        model, BeforeValidator(_text_shorthand, json_schema_input_type=NonEmpty | model)
    ]
    return model, local


ShortText, LocalName = _limited_text(
    "ShortText", NAME_MAX, f"A name or title: at most {NAME_MAX} characters in each language."
)
CellText, LocalCellText = _limited_text(
    "CellText",
    CELL_TEXT_MAX,
    f"A text shown in a table cell: at most {CELL_TEXT_MAX} characters in each language.",
)


class ScaleLevel(_Strict):
    value: int = Field(ge=0, le=100)
    label: LocalName
    meaning: LocalCellText


class Scale(_Strict):
    levels: list[ScaleLevel] = Field(min_length=2, max_length=LEVELS_MAX)
    not_applicable: bool = Field(
        default=True, description="Whether an item may be answered 'Not applicable'."
    )
    not_applicable_label: LocalName = ShortText(
        en="Not applicable", fr="Sans objet", es="No aplicable", pt="Não aplicável"
    )

    @model_validator(mode="after")
    def _ascending_unique(self) -> Scale:
        values = [level.value for level in self.levels]
        if values != sorted(set(values)):
            raise ValueError(
                Worded(
                    N_("scale level values must be unique and ascending, got {values}"),
                    values=shown(values, 200),
                )
            )
        return self

    @property
    def values(self) -> list[int]:
        return [level.value for level in self.levels]

    @cached_property
    def value_set(self) -> frozenset[int]:
        """The level values, for the membership test every saved answer makes."""
        return frozenset(level.value for level in self.levels)

    @property
    def lowest(self) -> int:
        return self.levels[0].value

    @property
    def highest(self) -> int:
        return self.levels[-1].value

    def outside(self, target: float) -> Worded | None:
        """Why ``target`` cannot be a target level on this scale, or None."""
        if self.lowest <= target <= self.highest:
            return None
        return Worded(
            N_("{target} is outside the scale ({lowest} to {highest})"),
            target=f"{target:g}",
            lowest=self.lowest,
            highest=self.highest,
        )

    def level(self, value: int) -> ScaleLevel:
        for level in self.levels:
            if level.value == value:
                return level
        raise KeyError(value)

    def next_level(self, value: int) -> ScaleLevel | None:
        for level in self.levels:
            if level.value > value:
                return level
        return None


class Band(_Strict):
    name: LocalName
    min_score: float = Field(ge=0, le=100, description="Lowest score % that reaches this band.")


class Rules(_Strict):
    """Thresholds of the scoring rule that a questionnaire may set for its own scale."""

    low_level_max: int = Field(
        default=1,
        description=(
            "Items at or below this level are 'low': a low critical item caps its area's band "
            "and is priority P1; other low items are P2; items above it but below the top "
            "level are P3."
        ),
    )
    critical_cap_band: NonEmpty = Field(
        default="Developing",
        description="Highest band (English name) an area may reach while a critical item is low.",
    )


class Item(_Strict):
    id: Identifier
    title: LocalName = Field(description="Short title (3-6 words) for tables and charts.")
    question: LocalCellText
    established: LocalCellText = Field(description="What the top level looks like for this item.")
    evidence: list[LocalCellText] = Field(
        default_factory=list, max_length=EVIDENCE_MAX, description="Examples of evidence."
    )
    critical: bool = False
    stage: LocalName | None = Field(default=None, description="Optional stage or grouping label.")


class Action(_Strict):
    id: Identifier
    text: LocalCellText
    items: list[Identifier] = Field(min_length=1, description="Ids of the items it addresses.")


class Area(_Strict):
    code: AreaCode
    name: LocalName
    description: LocalText | None = None
    rule: Literal["mean", "minimum"] = Field(
        default="mean",
        description=(
            "mean: area level = mean of the answered items' levels. minimum: area level = the "
            "lowest level among applicable items, unanswered items counting as the lowest level."
        ),
    )
    default_target: float | None = Field(
        default=None, description="Target area level; defaults to the scale's top level."
    )
    items: list[Item] = Field(min_length=1, max_length=ITEMS_MAX)
    actions: list[Action] = Field(default_factory=list, max_length=ACTIONS_MAX)


class Questionnaire(_Strict):
    format: Literal["wen-assess/questionnaire"] = FORMAT_NAME
    format_version: Literal[1] = FORMAT_VERSION
    id: Identifier
    version: _at_most(VERSION_MAX)  # type: ignore[valid-type]
    title: LocalName
    description: LocalText | None = None
    provenance: LocalText = Field(description="Where the content comes from, shown to users.")
    scale: Scale
    bands: list[Band] = Field(
        min_length=1, max_length=BANDS_MAX, description="Score bands, lowest first."
    )
    rules: Rules = Rules()
    areas: list[Area] = Field(min_length=1, max_length=AREAS_MAX)

    @model_validator(mode="after")
    def _cross_checks(self, info: ValidationInfo) -> Questionnaire:
        # The file loader runs the same checks itself to report each problem at its place.
        if info.context and info.context.get("defer_cross_checks"):
            return self
        problems = cross_check(self)
        if problems:
            raise ValueError("; ".join(f"{place}: {message}" for place, message in problems))
        return self

    # Convenience lookups used by the engine and the views. The sets are cached: a frozen
    # model never changes, and every saved answer checks its item against them.
    @property
    def items(self) -> list[Item]:
        return [item for area in self.areas for item in area.items]

    @cached_property
    def item_ids(self) -> frozenset[str]:
        return frozenset(item.id for area in self.areas for item in area.items)

    @cached_property
    def area_codes(self) -> frozenset[str]:
        return frozenset(area.code for area in self.areas)

    @cached_property
    def _by_item(self) -> dict[str, tuple[Area, Item]]:
        """Each item and its area by id: a report or a click looks items up by the hundred."""
        index: dict[str, tuple[Area, Item]] = {}
        for area in self.areas:
            for item in area.items:
                index.setdefault(item.id, (area, item))
        return index

    @cached_property
    def _by_action(self) -> dict[str, Action]:
        index: dict[str, Action] = {}
        for area in self.areas:
            for action in area.actions:
                index.setdefault(action.id, action)
        return index

    def area(self, code: str) -> Area:
        return _found((a for a in self.areas if a.code == code), code)

    def action(self, action_id: str) -> Action:
        return self._by_action[action_id]

    def band(self, name: str) -> Band:
        """The band whose English name (its identifier in the rules and results) is ``name``."""
        return _found((b for b in self.bands if b.name.en == name), name)

    def area_of(self, item_id: str) -> Area:
        return self._by_item[item_id][0]

    def item(self, item_id: str) -> Item:
        return self._by_item[item_id][1]

    def target_for(self, area: Area) -> float:
        return area.default_target if area.default_target is not None else float(self.scale.highest)


def _found(matches: Iterator[_T], key: str) -> _T:
    """The first match of a lookup by id, or KeyError(key) as a dict lookup would raise."""
    for match in matches:
        return match
    raise KeyError(key)


Problem = tuple[str, str]  # (place in the file, what is wrong)


def cross_check(q: Questionnaire) -> list[Problem]:
    """Consistency checks that types alone cannot express."""
    return _check_bands(q.bands) + _check_rules(q) + _check_ids(q)


def _check_bands(bands: list[Band]) -> list[Problem]:
    problems = []
    if bands and bands[0].min_score != 0:
        problems.append(("bands[0].min_score", Worded(N_("the lowest band must start at 0"))))
    for i in range(1, len(bands)):
        if bands[i].min_score <= bands[i - 1].min_score:
            problems.append(
                (
                    f"bands[{i}].min_score",
                    Worded(
                        N_(
                            "{score} is not above the previous band's {previous}: thresholds "
                            "must ascend"
                        ),
                        score=f"{bands[i].min_score:g}",
                        previous=f"{bands[i - 1].min_score:g}",
                    ),
                )
            )
    seen: set[str] = set()
    for i, band in enumerate(bands):
        if band.name.en in seen:
            problems.append(
                (
                    f"bands[{i}].name",
                    Worded(N_("band name '{name}' is used twice"), name=shown(band.name.en)),
                )
            )
        seen.add(band.name.en)
    return problems


def _check_rules(q: Questionnaire) -> list[Problem]:
    problems = []
    if q.rules.critical_cap_band not in {band.name.en for band in q.bands}:
        names = shown(", ".join(band.name.en for band in q.bands), 200)
        problems.append(
            (
                "rules.critical_cap_band",
                Worded(
                    N_("'{band}' is not one of the bands ({names})"),
                    band=shown(q.rules.critical_cap_band),
                    names=names,
                ),
            )
        )
    if q.rules.low_level_max not in q.scale.values[:-1]:
        problems.append(
            (
                "rules.low_level_max",
                Worded(
                    N_("{level} must be a scale value below the top level (one of {values})"),
                    level=q.rules.low_level_max,
                    values=shown(q.scale.values[:-1], 200),
                ),
            )
        )
    for a, area in enumerate(q.areas):
        target = area.default_target
        if target is not None and (outside := q.scale.outside(target)):
            problems.append((f"areas[{a}].default_target", outside))
        problems += _actions_per_item(a, area)
    return problems


def _actions_per_item(a: int, area: Area) -> list[Problem]:
    """An item's actions share one cell of the report's plan: at most ITEM_ACTIONS_MAX."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for n, action in enumerate(area.actions):
        for r, ref in enumerate(action.items):
            seen[ref] = seen.get(ref, 0) + 1
            if seen[ref] == ITEM_ACTIONS_MAX + 1:
                problems.append(
                    (
                        f"areas[{a}].actions[{n}].items[{r}]",
                        Worded(
                            N_("item '{item}' has more than {limit} actions"),
                            item=shown(ref),
                            limit=ITEM_ACTIONS_MAX,
                        ),
                    )
                )
    return problems


def _check_ids(q: Questionnaire) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[tuple[str, str], str] = {}

    def unique(used_twice: str, value: str, place: str) -> None:
        earlier = first_seen.setdefault((used_twice, value), place)
        if earlier != place:
            problems.append((place, Worded(used_twice, value=shown(value), earlier=earlier)))

    all_item_ids = {item.id for area in q.areas for item in area.items}
    for a, area in enumerate(q.areas):
        unique(
            N_("area code '{value}' is already used at {earlier}"), area.code, f"areas[{a}].code"
        )
        own = {item.id for item in area.items}
        for i, item in enumerate(area.items):
            unique(
                N_("item id '{value}' is already used at {earlier}"),
                item.id,
                f"areas[{a}].items[{i}].id",
            )
        for n, action in enumerate(area.actions):
            unique(
                N_("action id '{value}' is already used at {earlier}"),
                action.id,
                f"areas[{a}].actions[{n}].id",
            )
            for r, ref in enumerate(action.items):
                if ref not in own:
                    why = (
                        Worded(
                            N_("'{item}' is an item of another area, not of {area}"),
                            item=shown(ref),
                            area=shown(area.code),
                        )
                        if ref in all_item_ids
                        else Worded(
                            N_("'{item}' is not an item of this questionnaire"), item=shown(ref)
                        )
                    )
                    problems.append((f"areas[{a}].actions[{n}].items[{r}]", why))
    return problems
