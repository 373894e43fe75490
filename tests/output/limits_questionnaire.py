"""Questionnaires at the format's limits, for the tests that check they lay out."""

from __future__ import annotations

from wen_assess.demo import demo_record
from wen_assess.questionnaire import default_registry
from wen_assess.questionnaire import model as m
from wen_assess.records import AnswerRecord, AssessmentRecord

NAMES = {"title", "name", "label", "stage", "not_applicable_label"}
LONG = {"description", "provenance"}
# The widest texts to lay out: Chinese wraps at every character and each is a full em wide;
# Latin capital W is the widest letter with spaces to wrap at.
WIDE_WORDS = ("野生动物执法网络成熟度自我评估问卷项目", "WWWWWWWWWWWWWWWWWWWWWW")


def _stretched(text: str, limit: int, word: str) -> str:
    """``text`` (kept first, so names stay distinct) filled with ``word`` up to ``limit``."""
    filler = (word + " ") * (limit // (len(word) + 1) + 1)
    return (text + " " + filler)[:limit].rstrip().ljust(limit, word[0])


def _stretch(node: object, word: str, key: str | None = None) -> object:
    if isinstance(node, dict):
        if "en" in node and set(node) <= set(m.LANGUAGES):
            limit = m.NAME_MAX if key in NAMES else m.TEXT_MAX if key in LONG else m.CELL_TEXT_MAX
            return {lang: _stretched(v, limit, word) for lang, v in node.items() if v}
        return {k: _stretch(v, word, k) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [_stretch(v, word, key) for v in node]
    return node


def every_text_at_its_limit(word: str) -> m.Questionnaire:
    """The G2 questionnaire with every text, in every language, as long as the format allows."""
    g2 = default_registry().get("iccwc-wen-g2").model_dump(mode="json")
    data = _stretch(g2, word)
    assert isinstance(data, dict)
    data["version"] = "9" * m.VERSION_MAX
    for area in data["areas"]:  # each item with as many actions as it may have
        area["actions"] = [
            {**action, "id": f"{action['id']}-{copy}"}
            for action in area["actions"]
            for copy in range(m.ITEM_ACTIONS_MAX)
        ]
    cap = g2["rules"]["critical_cap_band"]
    for band, stretched in zip(g2["bands"], data["bands"], strict=True):
        if band["name"]["en"] == cap:
            data["rules"]["critical_cap_band"] = stretched["name"]["en"]
    return m.Questionnaire.model_validate(data)


def every_count_at_its_limit() -> m.Questionnaire:
    """As many areas, items, actions, levels, bands and evidence lines as the format allows."""
    levels = [
        {"value": v, "label": f"Level {v}", "meaning": f"What level {v} looks like."}
        for v in range(m.LEVELS_MAX)
    ]
    bands = [{"name": f"Band {i}", "min_score": i * 10} for i in range(m.BANDS_MAX)]
    areas = []
    for a in range(m.AREAS_MAX):
        code = f"A{a:02d}"
        items = [
            {
                "id": f"{code}-{i:02d}",
                "title": f"Item {i} of area {a}",
                "question": "Is it in place?",
                "established": "It is in place.",
                "evidence": [f"Evidence {e}" for e in range(m.EVIDENCE_MAX)],
                "critical": i == 0,
            }
            for i in range(m.ITEMS_MAX)
        ]
        actions = [
            {
                "id": f"{code}-ACT-{k:03d}",
                "text": f"Action {k}.",
                "items": [items[k % len(items)]["id"]],
            }
            for k in range(m.ACTIONS_MAX)
        ]
        areas.append({"code": code, "name": f"Area {a}", "items": items, "actions": actions})
    return m.Questionnaire.model_validate(
        {
            "id": "qa-many",
            "version": "1",
            "title": "Every count at its limit",
            "provenance": "Tests",
            "scale": {"levels": levels},
            "bands": bands,
            "rules": {"low_level_max": 1, "critical_cap_band": "Band 3"},
            "areas": areas,
        }
    )


def answered(q: m.Questionnaire, key: str = "hawen-2024") -> AssessmentRecord:
    """A demo assessment moved onto ``q``, every item answered, a level each in turn."""
    demo = demo_record(key)
    items = [item for area in q.areas for item in area.items]
    answers = [
        AnswerRecord(item_id=item.id, level=q.scale.values[k % len(q.scale.values)],
                     justification="As discussed in the workshop.")
        for k, item in enumerate(items)
    ]  # fmt: skip
    ref = demo.questionnaire.model_copy(update={"id": q.id, "version": q.version})
    return demo.model_copy(
        update={
            "answers": answers,
            "actions": [],
            "targets": {},
            "responses": [],
            "questionnaire": ref,
        }
    )
