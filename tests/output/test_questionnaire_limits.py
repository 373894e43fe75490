"""Every questionnaire that `validate` accepts lays out (QA finding 5): the format's limits are
tested at their maximum, read back with pypdf; one past a limit is refused by `validate`."""

from __future__ import annotations

import pytest
import yaml
from pdf_text import pdf_text
from pypdf import PdfReader

from tests.output.limits_questionnaire import (
    WIDE_WORDS,
    answered,
    every_count_at_its_limit,
    every_text_at_its_limit,
)
from wen_assess.compare import compare
from wen_assess.questionnaire import default_registry
from wen_assess.questionnaire import model as m
from wen_assess.questionnaire.errors import QuestionnaireError
from wen_assess.questionnaire.loader import parse_questionnaire
from wen_assess.report import build_report
from wen_assess.report.comparison import build_comparison_report
from wen_assess.usecases import result_of


@pytest.mark.parametrize("word", WIDE_WORDS)
def test_every_text_at_its_limit_makes_a_report_and_a_comparison(tmp_path, word):
    q = every_text_at_its_limit(word)
    record = answered(q)
    report = build_report(q, record, result_of(q, record), tmp_path / "report.pdf")
    assert len(PdfReader(report).pages) > 5
    assert record.network.name in pdf_text(report)
    other = answered(q, "hawen-2022")
    comparison = build_comparison_report(compare([(q, other), (q, record)]), tmp_path / "c.pdf")
    assert len(PdfReader(comparison).pages) > 1


def test_every_count_at_its_limit_makes_a_report(tmp_path):
    q = every_count_at_its_limit()
    record = answered(q)
    report = build_report(q, record, result_of(q, record), tmp_path / "report.pdf")
    text = pdf_text(report)
    assert f"Area {m.AREAS_MAX - 1}" in text
    assert f"Item {m.ITEMS_MAX - 1} of area {m.AREAS_MAX - 1}" in text


def _g2() -> dict:  # type: ignore[type-arg]
    return default_registry().get("iccwc-wen-g2").model_dump(mode="json", exclude_none=True)


class _NoAliases(yaml.CSafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True  # a questionnaire file may not use YAML aliases


def _refusal(data: dict) -> str:  # type: ignore[type-arg]
    text = yaml.dump(data, Dumper=_NoAliases, allow_unicode=True)
    with pytest.raises(QuestionnaireError) as refused:
        parse_questionnaire(text.encode("utf-8"))
    return str(refused.value)


@pytest.mark.parametrize(
    ("place", "limit"),
    [
        (("areas", 0, "name", "en"), m.NAME_MAX),
        (("areas", 0, "items", 0, "title", "fr"), m.NAME_MAX),
        (("bands", 0, "name", "en"), m.NAME_MAX),
        (("scale", "levels", 0, "label", "en"), m.NAME_MAX),
        (("scale", "levels", 0, "meaning", "en"), m.CELL_TEXT_MAX),
        (("areas", 0, "items", 0, "question", "en"), m.CELL_TEXT_MAX),
        (("description", "en"), m.TEXT_MAX),
    ],
)
def test_a_text_past_its_limit_is_refused_at_its_place(place, limit):
    data = _g2()
    node = data
    for key in place[:-1]:
        node = node[key]
    node[place[-1]] = "x" * (limit + 1)
    message = _refusal(data)
    assert f"at most {limit:,} characters" in message or f"at most {limit} characters" in message
    assert ".".join(str(k) for k in place[:2]) in message.replace("[", ".").replace("]", "")


def test_too_many_areas_is_refused():
    data = _g2()
    area = data["areas"][0]
    data["areas"] = [
        {
            **area,
            "code": f"A{n:02d}",
            "items": [{**i, "id": f"{i['id']}-{n}"} for i in area["items"]],
            "actions": [],
        }
        for n in range(m.AREAS_MAX + 1)
    ]
    assert f"at most {m.AREAS_MAX} items" in _refusal(data)


def test_an_item_with_too_many_actions_is_refused():
    data = _g2()
    area = data["areas"][0]
    action = area["actions"][0]
    area["actions"] += [{**action, "id": f"{action['id']}-{n}"} for n in range(m.ITEM_ACTIONS_MAX)]
    assert f"has more than {m.ITEM_ACTIONS_MAX} actions" in _refusal(data)
