"""Guideline 2 in the four languages, and an action for each item that addresses that item.

The texts are walked in the loaded model, so a text added later without its translations, or
a plain English string left in the file, fails here.
"""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from wen_assess.questionnaire import default_registry
from wen_assess.questionnaire.model import LANGUAGES, Text

Q = default_registry().get("iccwc-wen-g2")
# The provenance text is written (in every language) with the other questionnaire, and
# checked with it; every other text of the file is this test's business.
NOT_WALKED: set[str] = set()  # provenance is translated too
# Short labels may be the same word in two languages ("Initial", "Mature"); whole sentences
# copied from English are an untranslated text.
SENTENCE_FIELDS = {"question", "established", "text", "meaning", "description"}


def texts(node: object, place: str = "", field: str = "") -> list[tuple[str, str, Text]]:
    """(place, field name, text) for every text under ``node``."""
    if isinstance(node, Text):
        return [(place, field, node)]
    found: list[tuple[str, str, Text]] = []
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if not (name in NOT_WALKED and node is Q):
                found += texts(getattr(node, name), f"{place}.{name}", name)
    elif isinstance(node, (list, tuple)):
        for i, child in enumerate(node):
            ident = getattr(child, "id", None) or getattr(child, "code", None) or i
            found += texts(child, f"{place}[{ident}]", field)
    return found


ALL_TEXTS = texts(Q)


def test_the_walk_reaches_every_kind_of_text():
    fields = {name for _, name, _ in ALL_TEXTS}
    assert {"title", "description", "label", "meaning", "name", "question", "established"} <= (
        fields
    )
    assert {"text", "not_applicable_label"} <= fields
    assert sum(1 for place, _, _ in ALL_TEXTS if ".evidence[" in place) == sum(
        len(item.evidence) for item in Q.items
    )
    assert len(Q.items) == 47


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_has_the_language(language):
    missing = [place for place, _, text in ALL_TEXTS if not getattr(text, language)]
    assert not missing, f"{len(missing)} texts lack {language}: {missing[:10]}"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_sentences_are_translated_not_copied(language):
    copied = [
        place
        for place, name, text in ALL_TEXTS
        if name in SENTENCE_FIELDS and getattr(text, language) == text.en
    ]
    assert not copied, copied


def test_domain_terms_follow_the_agreed_vocabulary():
    task_force = Q.item("G2-MEM-04").title
    assert "interinstitutions" in task_force.fr
    assert "interinstitucionales" in task_force.es
    assert "interinstitucionais" in task_force.pt
    agencies = Q.item("G2-MEM-02").question
    assert "organe de gestion CITES" in agencies.fr
    assert "autoridad administrativa CITES" in agencies.es
    assert "autoridade administrativa CITES" in agencies.pt
    assert "fiscalía" in agencies.es and "Ministério Público" in agencies.pt
    focal = Q.item("G2-MEM-05").question
    assert "points focaux" in focal.fr
    assert "puntos focales" in focal.es
    assert "pontos focais" in focal.pt


def test_band_names_stay_identifiers_in_english():
    assert [band.name.en for band in Q.bands] == [
        "Emerging",
        "Developing",
        "Consolidating",
        "Mature",
    ]
    assert Q.rules.critical_cap_band in {band.name.en for band in Q.bands}
    assert Q.bands[1].name.fr == "En développement"
    assert Q.scale.level(2).label.pt == "Em desenvolvimento"


# --- item -> action ---------------------------------------------------------------------


def actions_of(item_id: str) -> list:
    area = Q.area_of(item_id)
    return [action for action in area.actions if item_id in action.items]


def test_every_item_has_exactly_one_action():
    counts = {item.id: len(actions_of(item.id)) for item in Q.items}
    assert {item_id: n for item_id, n in counts.items() if n != 1} == {}


def test_no_action_serves_items_of_different_areas():
    for area in Q.areas:
        own = {item.id for item in area.items}
        for action in area.actions:
            assert set(action.items) <= own, (action.id, action.items)
            assert action.id.startswith(f"G2-{area.code}-"), action.id


def _stems(text: str) -> set[str]:
    return {word[:6] for word in re.findall(r"[a-z]+", text.lower()) if len(word) >= 5}


def test_each_action_speaks_of_each_item_it_serves():
    """A cheap guard against an action pasted onto the wrong item: the action's text shares
    at least one content word with the item's title, question or established description."""
    unrelated = [
        (action.id, item_id)
        for area in Q.areas
        for action in area.actions
        for item_id in action.items
        if not _stems(action.text.en)
        & _stems(
            " ".join(
                str(x)
                for x in (
                    Q.item(item_id).title,
                    Q.item(item_id).question,
                    Q.item(item_id).established,
                )
            )
        )
    ]
    assert unrelated == []


def test_meetings_and_workshops_are_told_to_hold_meetings_not_a_newsletter():
    (action,) = actions_of("G2-DEL-04")
    assert action.items == ["G2-DEL-04"]
    assert "meeting" in action.text.en and "workshops" in action.text.en
    assert "newsletter" not in action.text.en
    assert "réunion" in action.text.fr and "reunión" in action.text.es
    assert "reunião" in action.text.pt
    (newsletter,) = actions_of("G2-DEL-05")
    assert "newsletter" in newsletter.text.en and newsletter.items == ["G2-DEL-05"]


def test_only_one_piece_of_work_is_shared_between_items():
    shared = {
        action.id: action.items
        for area in Q.areas
        for action in area.actions
        if len(action.items) > 1
    }
    # Each closes both gaps at once: one map of missing institutions and the invitations; one
    # set of rules of procedure that includes the chair's rotation; one resource-mobilisation
    # plan whose purpose is to diversify funding.
    assert shared == {
        "G2-MEM-A2": ["G2-MEM-02", "G2-MEM-03"],
        "G2-GOV-A4": ["G2-GOV-06", "G2-GOV-08"],
        "G2-FIN-A3": ["G2-FIN-04", "G2-FIN-05"],
    }
