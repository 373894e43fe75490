"""The outputs' translation machinery: catalogs current and complete, one translator per
language (no global), and values written the language's way."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from wen_assess import formatting as fmt
from wen_assess.exchange import read_assessment_file
from wen_assess.exchange.export import export_assessment
from wen_assess.i18n import translator
from wen_assess.questionnaire import default_registry
from wen_assess.records import AssessmentRecord
from wen_assess.vocabulary import ACTION_STATUS_LABELS, LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


def catalogs_tool():
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "tools" / "catalogs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_catalogs_are_current_compiled_and_complete():
    # Out of date, not compiled, empty or fuzzy: run `python tools/catalogs.py` and translate.
    assert catalogs_tool().problems() == []


def test_every_marked_string_of_the_outputs_is_in_the_catalogs():
    tool = catalogs_tool()
    messages = {m if isinstance(m, str) else m[0] for m in tool.extract()}
    assert {"Executive summary", "Page {page} of {total}", "Action plan", "not scored"} <= messages
    assert set(ACTION_STATUS_LABELS.values()) <= messages


def test_translators_of_two_languages_live_side_by_side():
    french, english = translator("fr"), translator("en")
    assert french.gettext("Executive summary") == "Synthèse"
    assert english.gettext("Executive summary") == "Executive summary"
    assert translator("es").ngettext("{n} area", "{n} areas", 2).format(n=2) == "2 áreas"
    assert translator("pt").ngettext("{n} item", "{n} items", 1).format(n=1) == "1 item"
    with pytest.raises(ValueError, match="de"):
        translator("de")


def test_values_are_written_as_before_in_english():
    assert fmt.percent(40.8) == "40.8 %"
    assert fmt.percent(None, at_start=True) == "Not scored"
    assert fmt.level(2.333) == "2.33"
    assert fmt.share(0.996) == "99 %"
    assert fmt.change(-4.04) == "\N{MINUS SIGN}4.0 pts"
    assert fmt.change(0.04) == "±0.0 pts"
    assert fmt.long_date(date(2022, 12, 7)) == "7 December 2022"


@pytest.mark.parametrize(
    ("language", "percent", "day", "not_scored"),
    [
        ("fr", "40,8\N{NO-BREAK SPACE}%", "7 décembre 2022", "non noté"),
        ("es", "40,8\N{NO-BREAK SPACE}%", "7 de diciembre de 2022", "sin puntuar"),
        ("pt", "40,8%", "7 de dezembro de 2022", "sem pontuação"),
    ],
)
def test_values_are_written_the_languages_way(language, percent, day, not_scored):
    assert fmt.percent(40.8, language=language) == percent
    assert fmt.long_date(date(2022, 12, 7), language) == day
    assert fmt.percent(None, language=language) == not_scored
    assert fmt.level(1.5, language) == "1,50"
    assert fmt.change(12.34, language=language).startswith("+12,3 ")


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_numbers_and_dates_are_written_exactly_as_babel_writes_them(language):
    """formats.json is CLDR's data as Babel reads it: every number and date the app writes
    from it is what Babel itself writes (rounded as scores are, grouped, negative, zero)."""
    from babel.dates import format_date
    from babel.numbers import format_decimal

    values = [n / 20 for n in range(-200, 2_200)] + [1234.5, 12345.67, 1_234_567.891, -0.04]
    for value in values:
        for decimals in (0, 1, 2):
            pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
            babel = format_decimal(round(value, decimals), format=pattern, locale=language)
            assert fmt.number(value, decimals, language) == babel, (value, decimals)
    days = [date(2022, month, day) for month in range(1, 13) for day in (1, 7, 28)]
    for day in [*days, date(1999, 2, 28), date(2031, 12, 31)]:
        assert fmt.long_date(day, language) == format_date(day, "long", locale=language), day


def test_a_count_in_a_message_is_grouped_as_the_language_groups_numbers():
    """A refusal naming 40,000 characters reads "40 000" in French: "40,000" is forty there."""
    from wen_assess.i18n import N_
    from wen_assess.messages import Count, Worded

    message = Worded(
        N_("{cell} holds {count} characters; at most {limit} are kept"),
        cell="'Members'!B7",
        count=Count(40_000),
        limit=Count(32_767),
    )
    assert message == "'Members'!B7 holds 40,000 characters; at most 32,767 are kept"
    french = message.in_language(translator("fr").gettext, "fr")
    assert (
        french
        == "'Members'!B7 contient 40\u202f000 caractères ; 32\u202f767 au plus sont conservés"
    )
    assert message.in_language(translator("pt").gettext, "pt").count("40.000") == 1
    # A size with its decimals takes the language's decimal mark.
    from wen_assess.messages import Amount

    large = Worded(
        N_("the file is {size} MB; {kind} is at most {limit} MB"),
        size=Amount(53.46, 1),
        kind="a response form",
        limit=50,
    )
    assert large == "the file is 53.5 MB; a response form is at most 50 MB"
    assert large.in_language(translator("fr").gettext, "fr").startswith("le fichier fait 53,5 Mo")
    # A value cut to fit a message says its length the same way.
    from wen_assess.errors import shown

    cut = Worded(N_("unknown key {key}"), key=shown("k" * 12_345, 20))
    assert cut == f"unknown key {'k' * 19}… (12,345 characters)"
    assert cut.in_language(translator("fr").gettext, "fr").endswith("… (12\u202f345 caractères)")


def test_a_counted_message_takes_the_plural_form_of_each_language():
    """The engine's reasons read "1 élément reste" / "2 éléments restent" in French, whose rule
    is not English's: French says "0 élément", English "0 items"."""
    from wen_assess.messages import Counted

    def still(n: int) -> Counted:
        return Counted("{n} item still to assess", "{n} items still to assess", n)

    assert [still(n) for n in (0, 1, 2)] == [
        "0 items still to assess", "1 item still to assess", "2 items still to assess"
    ]  # fmt: skip
    words = {code: translator(code).gettext for code in ("fr", "es", "pt")}
    assert still(1).in_language(words["fr"], "fr") == "1 élément reste à évaluer"
    assert still(2).in_language(words["fr"], "fr") == "2 éléments restent à évaluer"
    assert still(0).in_language(words["fr"], "fr") == "0 élément reste à évaluer"
    assert still(1).in_language(words["es"], "es") == "1 elemento pendiente de evaluar"
    assert still(0).in_language(words["es"], "es") == "0 elementos pendientes de evaluar"
    assert still(2).in_language(words["pt"], "pt") == "2 itens por avaliar"
    assert still(12_345).in_language(words["fr"], "fr") == "12\u202f345 éléments restent à évaluer"


@pytest.mark.parametrize(
    ("unanswered", "french"),
    [(1, "status : marquée terminée, mais 1 élément est sans réponse"),
     (2, "status : marquée terminée, mais 2 éléments sont sans réponse")],
)  # fmt: skip
def test_a_file_marked_completed_with_items_unanswered_is_refused_in_the_languages_plural(
    unanswered, french
):
    from wen_assess.exchange.reader import check_against_questionnaire

    q = default_registry().get("iccwc-wen-g2")
    answered = [{"item_id": item.id, "level": 2} for item in q.items[unanswered:]]
    [problem] = check_against_questionnaire(record(status="completed", answers=answered), q)
    noun = "item is" if unanswered == 1 else "items are"
    assert problem == f"status: marked completed, but {unanswered} {noun} unanswered"
    assert problem.in_language(translator("fr").gettext, "fr") == french


def record(**extra) -> AssessmentRecord:
    return AssessmentRecord(
        uuid="5f0c9a52-3c7e-4d8e-9a51-0d7c2b1e6a11",
        questionnaire={"id": "iccwc-wen-g2", "version": "1.0"},
        network={"name": "SudWEN"},
        **{"answers": [], **extra},
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_working_language_round_trips_through_a_wen_json_file(tmp_path, language):
    registry = default_registry()
    path = export_assessment(record(language=language), tmp_path / "a.wen.json", registry)
    assert json.loads(path.read_text(encoding="utf-8"))["assessment"]["language"] == language
    assert read_assessment_file(path, registry).language == language


def test_a_file_without_a_language_reads_as_english(tmp_path):
    registry = default_registry()
    path = export_assessment(record(language="es"), tmp_path / "a.wen.json", registry)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["assessment"]["language"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_assessment_file(path, registry).language == "en"


def test_a_file_with_an_unknown_language_is_refused_with_a_message(tmp_path):
    from wen_assess.exchange import ExchangeError

    registry = default_registry()
    path = export_assessment(record(), tmp_path / "a.wen.json", registry)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["assessment"]["language"] = "klingon"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExchangeError, match="language"):
        read_assessment_file(path, registry)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_draft_mark_has_a_shape_for_every_letter_of_its_translation(language):
    from wen_assess.report.watermark import drawable

    assert drawable(translator(language).gettext("DRAFT"))
