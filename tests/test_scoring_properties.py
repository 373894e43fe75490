"""Property tests for the scoring engine over random G2 answer sets.

The properties come from the "Scoring" section of ../shared/questionnaire-brief.md.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import load_questionnaire
from wen_assess.scoring import Answer, score

G2 = load_questionnaire(questionnaires_dir() / "iccwc-wen-g2.yaml").questionnaire
ITEM_IDS = [item.id for item in G2.items]
ORDER = {item_id: n for n, item_id in enumerate(ITEM_IDS)}
CRITICAL = {item.id for item in G2.items if item.critical}
AREA_OF = {item.id: area.code for area in G2.areas for item in area.items}
TOP = 3

# One item's answer: absent from the dict, explicitly unanswered, N/A (with or without a
# justification), or a level 0-3.
single_answer = st.one_of(
    st.none(),
    st.just(Answer()),
    st.builds(
        lambda j: Answer(not_applicable=True, justification=j),
        st.sampled_from(["", "   ", "Not relevant in this region."]),
    ),
    st.builds(lambda level: Answer(level=level), st.integers(min_value=0, max_value=3)),
)

answer_sets = st.lists(single_answer, min_size=len(ITEM_IDS), max_size=len(ITEM_IDS)).map(
    lambda answers: {i: a for i, a in zip(ITEM_IDS, answers, strict=True) if a is not None}
)


def _levels(answers, area):
    return [
        answers[i.id].level
        for i in area.items
        if i.id in answers and answers[i.id].level is not None
    ]


def _spec_band(percent: Fraction) -> str:
    if percent < 25:
        return "Emerging"
    if percent < 50:
        return "Developing"
    if percent < 75:
        return "Consolidating"
    return "Mature"


@given(answer_sets)
def test_scores_are_none_or_between_0_and_100(answers):
    result = score(G2, answers)
    for area_def, area in zip(G2.areas, result.areas, strict=True):
        assert area.code == area_def.code
        has_level = bool(_levels(answers, area_def))
        assert (area.score is None) == (not has_level)
        if area.score is not None:
            assert 0 <= area.score <= 100
    if result.overall_score is not None:
        assert 0 <= result.overall_score <= 100
    assert (result.overall_score is None) == all(a.score is None for a in result.areas)
    assert (result.overall_band is None) == (result.overall_score is None)


@given(answer_sets)
def test_unscored_area_has_no_band_and_scored_area_has_one(answers):
    result = score(G2, answers)
    for area in result.areas:
        if area.score is None:
            assert area.band is None
            assert area.mean_level is None
            assert area.gap is None
            assert not area.scored
        else:
            assert area.band in {"Emerging", "Developing", "Consolidating", "Mature"}


@given(answer_sets)
def test_area_results_follow_the_spec(answers):
    """Mean of levels, /3 x 100, thresholds, cap at Developing while a critical item is 0-1."""
    result = score(G2, answers)
    exact = []
    for area_def in G2.areas:
        area = result.area(area_def.code)
        levels = _levels(answers, area_def)
        if not levels:
            continue
        mean = Fraction(sum(levels), len(levels))
        percent = mean / 3 * 100
        exact.append(percent)
        assert area.mean_level == pytest.approx(float(mean), rel=1e-12)
        assert area.score == pytest.approx(float(percent), rel=1e-12)
        band = _spec_band(percent)
        critical_low = any(
            i.id in CRITICAL and i.id in answers and answers[i.id].level in (0, 1)
            for i in area_def.items
        )
        if critical_low and band in ("Consolidating", "Mature"):
            band = "Developing"
        assert area.band == band
        assert area.gap == pytest.approx(float(3 - mean), abs=1e-12)
    if exact:
        overall = sum(exact, Fraction(0)) / len(exact)
        assert result.overall_score == pytest.approx(float(overall), rel=1e-12)
        assert result.overall_band == _spec_band(overall)  # never capped


@given(answer_sets, st.data())
def test_marking_one_item_na_never_changes_another_area(answers, data):
    item_id = data.draw(st.sampled_from(ITEM_IDS))
    before = score(G2, answers)
    changed = dict(answers)
    changed[item_id] = Answer(
        not_applicable=True, justification=data.draw(st.sampled_from(["", "Not relevant."]))
    )
    after = score(G2, changed)
    own = AREA_OF[item_id]
    for a, b in zip(before.areas, after.areas, strict=True):
        if a.code != own:
            assert a == b


@given(answer_sets, st.data())
def test_raising_a_level_never_lowers_the_area_or_overall_score(answers, data):
    raisable = [i for i, a in answers.items() if a.level is not None and a.level < TOP]
    assume(raisable)
    item_id = data.draw(st.sampled_from(raisable))
    old = answers[item_id].level
    new = data.draw(st.integers(min_value=old + 1, max_value=TOP))
    raised = dict(answers)
    raised[item_id] = Answer(level=new)
    before = score(G2, answers)
    after = score(G2, raised)
    code = AREA_OF[item_id]
    assert after.area(code).score >= before.area(code).score
    assert after.area(code).score > before.area(code).score  # strictly, under the mean rule
    assert after.overall_score >= before.overall_score
    for a, b in zip(before.areas, after.areas, strict=True):
        if a.code != code:
            assert a == b


@given(answer_sets)
def test_completeness_is_answered_over_total(answers):
    result = score(G2, answers)
    answered = sum(
        1
        for i in ITEM_IDS
        if i in answers and (answers[i].level is not None or answers[i].not_applicable)
    )
    assert result.items_total == len(ITEM_IDS) == 47
    assert result.items_answered == answered
    assert result.completeness == answered / 47
    assert len(result.still_to_assess) == 47 - answered
    assert list(result.still_to_assess) == sorted(result.still_to_assess, key=ORDER.__getitem__)
    expected_missing = [
        i
        for i in ITEM_IDS
        if i in answers and answers[i].not_applicable and not answers[i].justification.strip()
    ]
    assert list(result.missing_justifications) == expected_missing
    assert result.can_complete == (answered == 47 and not expected_missing)
    for area_def in G2.areas:
        area = result.area(area_def.code)
        n = sum(
            1
            for i in area_def.items
            if i.id in answers and (answers[i.id].level is not None or answers[i.id].not_applicable)
        )
        assert area.items_answered == n
        assert area.completeness == n / len(area_def.items)


@given(answer_sets)
def test_priorities_only_for_items_below_the_top_level(answers):
    result = score(G2, answers)
    listed = [p.item_id for p in result.priorities]
    assert len(listed) == len(set(listed))
    expected = {
        i
        for i in ITEM_IDS
        if i in answers and answers[i].level is not None and answers[i].level < TOP
    }
    assert set(listed) == expected
    for p in result.priorities:
        answer = answers[p.item_id]
        assert not answer.not_applicable
        assert answer.level is not None
        assert answer.level < TOP
        assert p.level == answer.level
        assert p.next_level == answer.level + 1
        if answer.level <= 1:
            assert p.priority == (1 if p.item_id in CRITICAL else 2)
        else:
            assert p.priority == 3
    # Order: priority, then area score ascending, then questionnaire order.
    keys = [
        (p.priority, result.area(p.area_code).score, ORDER[p.item_id]) for p in result.priorities
    ]
    assert keys == sorted(keys)


@given(answer_sets, st.data())
@settings(deadline=None)
def test_result_does_not_depend_on_answer_order(answers, data):
    shuffled = dict(data.draw(st.permutations(list(answers.items()))))
    assert score(G2, shuffled) == score(G2, answers)
    assert score(G2, dict(reversed(list(answers.items())))) == score(G2, answers)
