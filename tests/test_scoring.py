"""Hand-computed cases for the scoring engine.

Every expected value below is worked out by hand from the "Scoring" section of
../shared/questionnaire-brief.md (the specification), never copied from the engine's output.
The arithmetic is written next to each case so that a reader can check it.
"""

from __future__ import annotations

import pytest

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import load_questionnaire
from wen_assess.questionnaire.model import Questionnaire
from wen_assess.scoring import Answer, ScoringInputError, score

G2 = load_questionnaire(questionnaires_dir() / "iccwc-wen-g2.yaml").questionnaire
G1 = load_questionnaire(questionnaires_dir() / "iccwc-wen-g1.yaml").questionnaire

G2_AREA_SIZES = {"MEM": 10, "GOV": 13, "FIN": 7, "SUP": 7, "DEL": 10}
G2_TOTAL = 47


def na(justification: str = "Not relevant to this network") -> Answer:
    return Answer(not_applicable=True, justification=justification)


def lv(level: int) -> Answer:
    return Answer(level=level)


def area_levels(area: str, *levels: int | None, prefix: str = "G2") -> dict[str, Answer]:
    """Levels for the area's items 01, 02, ... in order; None leaves that item unanswered."""
    return {
        f"{prefix}-{area}-{n:02d}": lv(level)
        for n, level in enumerate(levels, start=1)
        if level is not None
    }


def pct(mean_level: float, top: int = 3) -> float:
    return mean_level / top * 100


def all_g2_ids() -> list[str]:
    return [
        f"G2-{code}-{n:02d}" for code, size in G2_AREA_SIZES.items() for n in range(1, size + 1)
    ]


# ---------------------------------------------------------------------------------------------
# The bundled questionnaire is the one the brief describes (the tests below rely on it)
# ---------------------------------------------------------------------------------------------


def test_g2_has_the_items_the_brief_lists():
    assert [a.code for a in G2.areas] == list(G2_AREA_SIZES)
    assert [i.id for i in G2.items] == all_g2_ids()
    assert {i.id for i in G2.items if i.critical} == {
        "G2-MEM-04",
        "G2-GOV-01",
        "G2-GOV-07",
        "G2-FIN-03",
    }


# ---------------------------------------------------------------------------------------------
# Area mean level, score and band
# ---------------------------------------------------------------------------------------------


def test_mem_mean_score_and_band():
    # MEM levels 3,3,2,2,1,2,3,0,1,2: sum 19 over 10 items -> mean 1.9 -> 63.33 % -> Consolidating
    # (G2-MEM-04 is at 2, so no cap).
    result = score(G2, area_levels("MEM", 3, 3, 2, 2, 1, 2, 3, 0, 1, 2))
    mem = result.area("MEM")
    assert mem.mean_level == pytest.approx(1.9)
    assert mem.score == pytest.approx(190 / 3)
    assert mem.band == "Consolidating"
    assert mem.items_total == 10
    assert mem.items_answered == 10
    assert mem.completeness == 1.0
    assert mem.capping_items == ()


def test_mean_leaves_out_na_and_unanswered_items():
    # DEL: 3, N/A, 1, unanswered, 2, rest unanswered -> (3+1+2)/3 = 2 -> 66.67 % -> Consolidating.
    answers = {"G2-DEL-01": lv(3), "G2-DEL-02": na(), "G2-DEL-03": lv(1), "G2-DEL-05": lv(2)}
    d = score(G2, answers).area("DEL")
    assert d.mean_level == pytest.approx(2.0)
    assert d.score == pytest.approx(200 / 3)
    assert d.band == "Consolidating"
    assert d.items_answered == 4
    assert d.items_not_applicable == 1
    assert d.completeness == pytest.approx(4 / 10)


def test_area_with_a_single_answered_item():
    # FIN: only G2-FIN-02 at 2 -> mean 2 -> 66.67 % -> Consolidating; completeness 1/7.
    fin = score(G2, {"G2-FIN-02": lv(2)}).area("FIN")
    assert fin.scored
    assert fin.mean_level == pytest.approx(2.0)
    assert fin.score == pytest.approx(200 / 3)
    assert fin.band == "Consolidating"
    assert fin.completeness == pytest.approx(1 / 7)


def test_area_with_a_single_item_at_zero_is_scored_zero_not_unscored():
    sup = score(G2, {"G2-SUP-03": lv(0)}).area("SUP")
    assert sup.scored
    assert sup.score == 0
    assert sup.mean_level == 0
    assert sup.band == "Emerging"


def test_area_with_nothing_answered_is_not_scored():
    result = score(G2, area_levels("MEM", 3, 3, 3))
    for code in ("GOV", "FIN", "SUP", "DEL"):
        area = result.area(code)
        assert area.score is None  # "not scored", never 0
        assert area.mean_level is None
        assert area.band is None
        assert area.gap is None
        assert not area.scored
        assert area.items_answered == 0
        assert area.completeness == 0


def test_area_with_every_item_not_applicable_is_not_scored():
    answers = {f"G2-SUP-{n:02d}": na() for n in range(1, 8)}
    result = score(G2, answers)
    sup = result.area("SUP")
    assert sup.score is None
    assert sup.band is None
    assert sup.mean_level is None
    assert not sup.scored
    # ... but all of its items are answered.
    assert sup.items_answered == 7
    assert sup.items_not_applicable == 7
    assert sup.completeness == 1.0
    assert result.overall_score is None
    assert result.overall_band is None


def test_no_answers_at_all():
    result = score(G2, {})
    assert all(a.score is None and a.band is None for a in result.areas)
    assert result.overall_score is None
    assert result.overall_band is None
    assert result.weakest_area is None
    assert result.strongest_area is None
    assert result.priorities == ()
    assert result.items_total == G2_TOTAL
    assert result.items_answered == 0
    assert result.completeness == 0
    assert list(result.still_to_assess) == all_g2_ids()


def test_an_explicit_empty_answer_counts_as_unanswered():
    result = score(G2, {"G2-DEL-01": Answer(), "G2-DEL-02": lv(2)})
    assert result.area("DEL").mean_level == pytest.approx(2.0)
    assert result.area("DEL").items_answered == 1
    assert "G2-DEL-01" in result.still_to_assess


# ---------------------------------------------------------------------------------------------
# Band thresholds: < 25 Emerging, < 50 Developing, < 75 Consolidating, otherwise Mature
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("levels", "mean", "band"),
    [
        ((0, 0, 0), 0.0, "Emerging"),
        ((1, 1, 0), 2 / 3, "Emerging"),  # 22.2 %
        ((1, 1, 1, 0), 0.75, "Developing"),  # exactly 25 %
        ((1, 1, 1, 1, 1, 1, 1, 1, 1, 3), 1.2, "Developing"),  # 40 %
        ((2, 1, 1, 1, 2, 1, 1), 9 / 7, "Developing"),  # 42.9 %
        ((2, 1), 1.5, "Consolidating"),  # exactly 50 %
        ((3, 3, 3, 3, 3, 0, 0, 0, 0, 0), 1.5, "Consolidating"),  # exactly 50 %
        ((2, 2, 2, 3, 2), 2.2, "Consolidating"),  # 73.3 %
        ((3, 2, 2, 2), 2.25, "Mature"),  # exactly 75 %
        ((3, 3, 3, 3), 3.0, "Mature"),  # 100 %
    ],
)
def test_band_thresholds(levels, mean, band):
    # DEL has no critical item, so the band is the plain threshold band.
    d = score(G2, area_levels("DEL", *levels)).area("DEL")
    assert d.mean_level == pytest.approx(mean)
    assert d.score == pytest.approx(pct(mean))
    assert d.band == band


@pytest.mark.parametrize(
    ("answers", "expected", "band"),
    [
        # SUP mean 0 (0 %), DEL mean 1/4 (8.33 %), FIN mean 2 (66.67 %): (0 + 25/3 + 200/3)/3 = 25
        (
            {"G2-SUP-01": lv(0), **area_levels("DEL", 1, 0, 0, 0), "G2-FIN-01": lv(2)},
            25.0,
            "Developing",
        ),
        # MEM mean 1/2 (16.67 %), FIN mean 2, SUP mean 2 (66.67 % each): 150/3 = 50
        (
            {**area_levels("MEM", 1, 0), "G2-FIN-01": lv(2), "G2-SUP-01": lv(2)},
            50.0,
            "Consolidating",
        ),
        # DEL mean 5/4 (41.67 %), SUP mean 11/4, FIN mean 11/4 (91.67 % each): 225/3 = 75
        (
            {
                **area_levels("DEL", 2, 1, 1, 1),
                **area_levels("SUP", 3, 3, 3, 2),
                **area_levels("FIN", 3, 3, None, 3, 2),
            },
            75.0,
            "Mature",
        ),
    ],
    ids=["25", "50", "75"],
)
def test_overall_score_exactly_on_a_threshold_lands_in_the_higher_band(answers, expected, band):
    result = score(G2, answers)
    assert result.overall_score == pytest.approx(expected)
    assert result.overall_band == band


# ---------------------------------------------------------------------------------------------
# Critical-item cap
# ---------------------------------------------------------------------------------------------


def test_critical_item_at_level_1_caps_the_band_but_not_the_score():
    # MEM all 3 except G2-MEM-04 at 1: 28/10 = 2.8 -> 93.33 % (Mature) -> capped to Developing.
    result = score(G2, area_levels("MEM", 3, 3, 3, 1, 3, 3, 3, 3, 3, 3))
    mem = result.area("MEM")
    assert mem.mean_level == pytest.approx(2.8)
    assert mem.score == pytest.approx(280 / 3)
    assert mem.band == "Developing"
    assert mem.uncapped_band == "Mature"
    assert mem.capped
    assert mem.capping_items == ("G2-MEM-04",)
    # The overall band is never capped: the only scored area is at 93.33 %.
    assert result.overall_score == pytest.approx(280 / 3)
    assert result.overall_band == "Mature"


def test_critical_item_at_level_0_caps_the_band():
    # 27/10 = 2.7 -> 90 % -> Mature, capped to Developing.
    mem = score(G2, area_levels("MEM", 3, 3, 3, 0, 3, 3, 3, 3, 3, 3)).area("MEM")
    assert mem.score == pytest.approx(90.0)
    assert mem.band == "Developing"


def test_critical_item_at_level_2_does_not_cap():
    # 29/10 = 2.9 -> 96.67 % -> Mature.
    mem = score(G2, area_levels("MEM", 3, 3, 3, 2, 3, 3, 3, 3, 3, 3)).area("MEM")
    assert mem.score == pytest.approx(290 / 3)
    assert mem.band == "Mature"
    assert not mem.capped
    assert mem.capping_items == ()


def test_critical_item_not_applicable_does_not_cap():
    answers = area_levels("MEM", 3, 3, 3, None, 3, 3, 3, 3, 3, 3)
    answers["G2-MEM-04"] = na()
    mem = score(G2, answers).area("MEM")
    assert mem.mean_level == pytest.approx(3.0)  # 27 / 9
    assert mem.score == pytest.approx(100.0)
    assert mem.band == "Mature"
    assert mem.capping_items == ()


def test_critical_item_unanswered_does_not_cap():
    mem = score(G2, area_levels("MEM", 3, 3, 3, None, 3, 3, 3, 3, 3, 3)).area("MEM")
    assert mem.score == pytest.approx(100.0)
    assert mem.band == "Mature"


def test_cap_never_raises_a_band():
    # MEM all 0 except G2-MEM-04 at 1: 1/10 -> 3.33 % -> Emerging, stays Emerging.
    mem = score(G2, area_levels("MEM", 0, 0, 0, 1, 0, 0, 0, 0, 0, 0)).area("MEM")
    assert mem.score == pytest.approx(10 / 3)
    assert mem.band == "Emerging"
    assert mem.uncapped_band == "Emerging"


def test_cap_leaves_a_developing_area_developing():
    # FIN 2, 1, 0(critical): 3/3 = 1 -> 33.33 % -> Developing.
    fin = score(G2, area_levels("FIN", 2, 1, 0)).area("FIN")
    assert fin.score == pytest.approx(100 / 3)
    assert fin.band == "Developing"


def test_cap_lowers_consolidating_to_developing():
    # GOV-01 (critical) at 1, the other 12 at 2: 25/13 = 1.923 -> 64.1 % -> Consolidating -> capped.
    gov = score(G2, area_levels("GOV", 1, *[2] * 12)).area("GOV")
    assert gov.mean_level == pytest.approx(25 / 13)
    assert gov.score == pytest.approx(2500 / 39)
    assert gov.uncapped_band == "Consolidating"
    assert gov.band == "Developing"


def test_every_critical_item_caps_its_area():
    # GOV-07 at 1, the other GOV items at 3: 37/13 -> 94.9 % -> capped.
    gov = score(G2, area_levels("GOV", 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3)).area("GOV")
    assert gov.score == pytest.approx(3700 / 39)
    assert gov.band == "Developing"
    assert gov.capping_items == ("G2-GOV-07",)
    # Both GOV critical items low: both listed, in questionnaire order.
    gov = score(G2, area_levels("GOV", 0, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3)).area("GOV")
    assert gov.band == "Developing"
    assert gov.capping_items == ("G2-GOV-01", "G2-GOV-07")
    # FIN-03: 3, 3, 1, 3, 3, 3, 3 -> 19/7 -> 90.5 % -> capped.
    fin = score(G2, area_levels("FIN", 3, 3, 1, 3, 3, 3, 3)).area("FIN")
    assert fin.score == pytest.approx(1900 / 21)
    assert fin.band == "Developing"


def test_a_non_critical_item_at_zero_does_not_cap():
    # SUP 0 then six 3s: 18/7 -> 85.7 % -> Mature.
    sup = score(G2, area_levels("SUP", 0, 3, 3, 3, 3, 3, 3)).area("SUP")
    assert sup.score == pytest.approx(1800 / 21)
    assert sup.band == "Mature"
    mem = score(G2, area_levels("MEM", 0, 3, 3, 3, 3, 3, 3, 3, 3, 3)).area("MEM")
    assert mem.band == "Mature"  # 27/10 -> 90 %


def test_a_critical_item_caps_only_its_own_area():
    answers = {
        **area_levels("MEM", 3, 3, 3, 1, 3, 3, 3, 3, 3, 3),
        **area_levels("DEL", 3, 3, 3),
    }
    result = score(G2, answers)
    assert result.area("MEM").band == "Developing"
    assert result.area("DEL").band == "Mature"


# ---------------------------------------------------------------------------------------------
# Overall score, weakest and strongest area
# ---------------------------------------------------------------------------------------------


def test_overall_is_the_unweighted_mean_of_scored_areas_only():
    # MEM 1.9 -> 63.33 % (10 items); FIN: one item at 3 -> 100 % (1 item); GOV/SUP/DEL unscored.
    # Unweighted: (63.33 + 100) / 2 = 81.67 % -> Mature. (Weighting by items would give 66.67 %,
    # counting unscored areas as 0 would give 32.67 %.)
    answers = {**area_levels("MEM", 3, 3, 2, 2, 1, 2, 3, 0, 1, 2), "G2-FIN-02": lv(3)}
    result = score(G2, answers)
    assert result.overall_score == pytest.approx((190 / 3 + 100) / 2)
    assert result.overall_band == "Mature"


def test_all_na_area_is_left_out_of_the_overall():
    answers = {f"G2-SUP-{n:02d}": na() for n in range(1, 8)}
    answers.update(area_levels("DEL", 3, 3))  # 100 %
    answers.update(area_levels("FIN", 1, 1))  # 33.33 %
    result = score(G2, answers)
    assert result.overall_score == pytest.approx((100 + 100 / 3) / 2)
    assert result.overall_band == "Consolidating"  # 66.67 %


def test_overall_band_is_not_capped():
    # MEM capped (93.33 % -> Developing), DEL 100 %: overall 96.67 % -> Mature.
    answers = {
        **area_levels("MEM", 3, 3, 3, 1, 3, 3, 3, 3, 3, 3),
        **area_levels("DEL", 3, 3, 3),
    }
    result = score(G2, answers)
    assert result.area("MEM").band == "Developing"
    assert result.overall_score == pytest.approx((280 / 3 + 100) / 2)
    assert result.overall_band == "Mature"


def test_weakest_and_strongest_area():
    # MEM 2 (66.7 %), GOV unscored, FIN 1 (33.3 %), SUP 3 (100 %), DEL 0.5 (16.7 %).
    answers = {
        **area_levels("MEM", 2, 2),
        **area_levels("FIN", 1, 1),
        **area_levels("SUP", 3),
        **area_levels("DEL", 1, 0),
    }
    result = score(G2, answers)
    assert result.weakest_area == "DEL"
    assert result.strongest_area == "SUP"


def test_weakest_and_strongest_ties_go_to_questionnaire_order():
    # MEM 2, FIN 2 (tied strongest: MEM first); SUP 1, DEL 1 (tied weakest: SUP first).
    answers = {
        # insertion order deliberately not the questionnaire order
        **area_levels("DEL", 1),
        **area_levels("FIN", 2),
        **area_levels("SUP", 1),
        **area_levels("MEM", 2),
    }
    result = score(G2, answers)
    assert result.weakest_area == "SUP"
    assert result.strongest_area == "MEM"


def test_unscored_area_is_never_the_weakest():
    result = score(G2, area_levels("DEL", 3))
    assert result.weakest_area == "DEL"
    assert result.strongest_area == "DEL"


# ---------------------------------------------------------------------------------------------
# Completeness, still to assess, justifications
# ---------------------------------------------------------------------------------------------


def test_completeness_counts_na_as_answered():
    answers = {
        **area_levels("MEM", *[2] * 10),  # 10
        "G2-GOV-01": na(),
        "G2-GOV-02": na(""),
        "G2-GOV-03": na(),  # 3
        "G2-FIN-05": lv(0),  # 1
    }
    result = score(G2, answers)
    assert result.items_total == 47
    assert result.items_answered == 14
    assert result.completeness == pytest.approx(14 / 47)
    assert result.area("MEM").completeness == 1.0
    assert result.area("GOV").completeness == pytest.approx(3 / 13)
    assert result.area("GOV").items_answered == 3
    assert result.area("FIN").completeness == pytest.approx(1 / 7)
    assert result.area("SUP").completeness == 0
    assert len(result.still_to_assess) == 47 - 14


def test_still_to_assess_is_in_questionnaire_order():
    missing = ["G2-DEL-01", "G2-FIN-03", "G2-MEM-10", "G2-GOV-05"]
    ids = [i for i in all_g2_ids() if i not in missing]
    answers = {item_id: lv(2) for item_id in reversed(ids)}  # scrambled insertion order
    result = score(G2, answers)
    assert result.still_to_assess == ("G2-MEM-10", "G2-GOV-05", "G2-FIN-03", "G2-DEL-01")
    assert not result.can_complete
    assert result.blocking_reasons  # tells the user why


def test_na_without_justification_blocks_completion():
    answers = {item_id: lv(3) for item_id in all_g2_ids()}
    answers["G2-SUP-04"] = na("")
    answers["G2-MEM-07"] = na("   \t\n")  # whitespace only is no justification
    answers["G2-DEL-02"] = na("Training is handled by a partner network.")
    result = score(G2, answers)
    assert result.completeness == 1.0
    assert result.still_to_assess == ()
    assert result.missing_justifications == ("G2-MEM-07", "G2-SUP-04")
    assert not result.can_complete
    assert len(result.blocking_reasons) == 2
    assert any("G2-MEM-07" in reason for reason in result.blocking_reasons)
    assert any("G2-SUP-04" in reason for reason in result.blocking_reasons)


def test_complete_assessment_can_be_completed():
    answers = {item_id: lv(1) for item_id in all_g2_ids()}
    answers["G2-DEL-02"] = na("Training is handled by a partner network.")
    answers["G2-GOV-03"] = na("No regional body exists.")
    result = score(G2, answers)
    assert result.completeness == 1.0
    assert result.missing_justifications == ()
    assert result.still_to_assess == ()
    assert result.can_complete
    assert result.blocking_reasons == []


def test_a_level_needs_no_justification():
    answers = {item_id: lv(2) for item_id in all_g2_ids()}
    result = score(G2, answers)
    assert result.missing_justifications == ()
    assert result.can_complete


# ---------------------------------------------------------------------------------------------
# Targets and gaps
# ---------------------------------------------------------------------------------------------


def test_default_target_is_3_and_gap_is_target_minus_mean():
    # MEM 1.9 -> gap 1.1; DEL 3 -> gap 0; FIN unscored -> gap None, target still 3.0.
    answers = {**area_levels("MEM", 3, 3, 2, 2, 1, 2, 3, 0, 1, 2), **area_levels("DEL", 3, 3)}
    result = score(G2, answers)
    for area in result.areas:
        assert area.target == 3.0
    assert result.area("MEM").gap == pytest.approx(1.1)
    assert result.area("DEL").gap == pytest.approx(0.0)
    assert result.area("FIN").gap is None


def test_targets_overridden_per_area():
    # MEM 1.9 with target 2.5 -> gap 0.6; DEL 3 with target 2 -> gap -1; GOV target 2, unscored.
    answers = {**area_levels("MEM", 3, 3, 2, 2, 1, 2, 3, 0, 1, 2), **area_levels("DEL", 3, 3)}
    result = score(G2, answers, {"MEM": 2.5, "DEL": 2.0, "GOV": 2.0})
    assert result.area("MEM").target == 2.5
    assert result.area("MEM").gap == pytest.approx(0.6)
    assert result.area("DEL").target == 2.0
    assert result.area("DEL").gap == pytest.approx(-1.0)
    assert result.area("GOV").target == 2.0
    assert result.area("GOV").gap is None
    assert result.area("FIN").target == 3.0  # not overridden
    # A target never changes the score or the band.
    assert result.area("MEM").score == pytest.approx(190 / 3)
    assert result.area("MEM").band == "Consolidating"


def test_gap_uses_the_capped_area_mean_unchanged():
    mem = score(G2, area_levels("MEM", 3, 3, 3, 1, 3, 3, 3, 3, 3, 3)).area("MEM")
    assert mem.gap == pytest.approx(0.2)  # 3 - 2.8


# ---------------------------------------------------------------------------------------------
# Priorities
# ---------------------------------------------------------------------------------------------


def _plan(result):
    return [(p.label, p.item_id) for p in result.priorities]


def test_priority_classes_for_one_area():
    # MEM 3,3,2,2,1,2,3,0,1,2 (area 63.33 %):
    # P2 = MEM-05 (1), MEM-08 (0), MEM-09 (1); P3 = MEM-03, MEM-04, MEM-06, MEM-10 (2);
    # level 3 items: nothing.
    result = score(G2, area_levels("MEM", 3, 3, 2, 2, 1, 2, 3, 0, 1, 2))
    assert _plan(result) == [
        ("P2", "G2-MEM-05"),
        ("P2", "G2-MEM-08"),
        ("P2", "G2-MEM-09"),
        ("P3", "G2-MEM-03"),
        ("P3", "G2-MEM-04"),
        ("P3", "G2-MEM-06"),
        ("P3", "G2-MEM-10"),
    ]
    assert result.count(1) == 0
    assert result.count(2) == 3
    assert result.count(3) == 4


def test_priorities_exclude_top_level_na_and_unanswered():
    answers = {
        "G2-DEL-01": lv(3),
        "G2-DEL-02": na(),
        "G2-DEL-03": na(""),
        "G2-DEL-04": lv(0),
        "G2-MEM-04": na(),  # a critical item N/A: no action either
    }
    result = score(G2, answers)
    assert _plan(result) == [("P2", "G2-DEL-04")]


def test_priority_ordering_priority_then_area_score_then_questionnaire_order():
    # MEM: 01 at 1, 02-10 at 3 -> 28/10 -> 93.33 %
    # GOV: 01 (critical) at 1, 02 and 03 at 3 -> 7/3 -> 77.78 %
    # FIN: 01 at 2, 02 at 3 -> 2.5 -> 83.33 %
    # DEL: 01 at 1, 02 at 2 -> 1.5 -> 50 %
    # P1: GOV-01 (first although its area scores higher than DEL).
    # P2: DEL-01 (50 %) before MEM-01 (93.33 %) although MEM comes first in the questionnaire.
    # P3: DEL-02 (50 %) before FIN-01 (83.33 %).
    answers = {
        **area_levels("MEM", 1, 3, 3, 3, 3, 3, 3, 3, 3, 3),
        **area_levels("GOV", 1, 3, 3),
        **area_levels("FIN", 2, 3),
        **area_levels("DEL", 1, 2),
    }
    result = score(G2, answers)
    assert result.area("DEL").score == pytest.approx(50.0)
    assert _plan(result) == [
        ("P1", "G2-GOV-01"),
        ("P2", "G2-DEL-01"),
        ("P2", "G2-MEM-01"),
        ("P3", "G2-DEL-02"),
        ("P3", "G2-FIN-01"),
    ]


def test_p1_items_are_ordered_by_area_score_too():
    # MEM: 04 at 0, others at 3 -> 27/10 -> 90 %; FIN: 03 at 1, 01 at 1 -> 1 -> 33.3 %;
    # GOV: 07 at 1, 01 at 0 -> 0.5 -> 16.7 %.
    answers = {
        **area_levels("MEM", 3, 3, 3, 0, 3, 3, 3, 3, 3, 3),
        "G2-FIN-01": lv(1),
        "G2-FIN-03": lv(1),
        "G2-GOV-01": lv(0),
        "G2-GOV-07": lv(1),
    }
    result = score(G2, answers)
    assert _plan(result) == [
        ("P1", "G2-GOV-01"),
        ("P1", "G2-GOV-07"),
        ("P1", "G2-FIN-03"),
        ("P1", "G2-MEM-04"),
        ("P2", "G2-FIN-01"),
    ]


def test_priority_ties_in_area_score_go_to_questionnaire_order_not_level():
    # MEM 1, 2 and DEL 1, 2: both 1.5 (50 %). Within MEM, MEM-02 (1) comes before MEM-05 (0).
    answers = {
        "G2-DEL-01": lv(1),
        "G2-DEL-02": lv(2),
        "G2-MEM-05": lv(0),
        "G2-MEM-02": lv(1),
        "G2-MEM-03": lv(2),
        "G2-MEM-01": lv(3),
    }
    # MEM: (3 + 1 + 2 + 0) / 4 = 1.5 -> 50 %; DEL: 1.5 -> 50 %.
    result = score(G2, answers)
    assert result.area("MEM").score == pytest.approx(result.area("DEL").score)
    assert _plan(result) == [
        ("P2", "G2-MEM-02"),
        ("P2", "G2-MEM-05"),
        ("P2", "G2-DEL-01"),
        ("P3", "G2-MEM-03"),
        ("P3", "G2-DEL-02"),
    ]


@pytest.mark.parametrize(
    ("level", "priority", "next_level", "next_label", "meaning_start"),
    [
        (0, 1, 1, "Initial", "informal or ad hoc"),
        (1, 1, 2, "Developing", "partly in place or documented"),
        (2, 3, 3, "Established", "in place, documented, applied across members"),
    ],
)
def test_next_step_for_critical_item(level, priority, next_level, next_label, meaning_start):
    result = score(G2, {"G2-MEM-04": lv(level)})
    (entry,) = result.priorities
    assert entry.item_id == "G2-MEM-04"
    assert entry.area_code == "MEM"
    assert entry.critical
    assert entry.priority == priority
    assert entry.label == f"P{priority}"
    assert entry.level == level
    assert entry.next_level == next_level
    assert entry.next_label == next_label
    assert entry.next_meaning.lower().startswith(meaning_start)
    # The item's own action: set up or revive the national task forces.
    assert len(entry.actions) >= 1
    assert any("task force" in action.text.lower() for action in entry.actions)


def test_critical_item_at_top_level_has_no_action():
    assert score(G2, {"G2-MEM-04": lv(3)}).priorities == ()


def test_actions_are_those_linked_to_the_item():
    result = score(G2, {"G2-MEM-03": lv(1), "G2-GOV-07": lv(0), "G2-DEL-10": lv(2)})
    by_item = {p.item_id: p for p in result.priorities}
    # MEM-02/03: map the missing national institutions.
    assert any("institutions" in a.text.lower() for a in by_item["G2-MEM-03"].actions)
    assert not any("task force" in a.text.lower() for a in by_item["G2-MEM-03"].actions)
    # GOV-07: secretariat ToR, host agreement, staffing.
    assert any("secretariat" in a.text.lower() for a in by_item["G2-GOV-07"].actions)
    # DEL-10: research and technology.
    assert any("research" in a.text.lower() for a in by_item["G2-DEL-10"].actions)
    for entry in result.priorities:
        area = G2.area_of(entry.item_id)
        linked = {a.id for a in area.actions if entry.item_id in a.items}
        assert {a.id for a in entry.actions} == linked


# ---------------------------------------------------------------------------------------------
# Bad input and unknown items
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("level", [-1, 4, 7, 100])
def test_level_not_on_the_scale_is_rejected(level):
    with pytest.raises(ScoringInputError):
        score(G2, {"G2-MEM-01": lv(level)})


def test_level_together_with_na_is_rejected():
    with pytest.raises(ScoringInputError):
        score(G2, {"G2-MEM-01": Answer(level=2, not_applicable=True, justification="both")})


def test_unknown_item_ids_are_ignored_and_listed():
    answers = {
        "G2-MEM-01": lv(2),
        "G2-XXX-99": lv(3),
        "G1-CTX-01": lv(0),
    }
    result = score(G2, answers)
    assert result.unknown_item_ids == ("G1-CTX-01", "G2-XXX-99")
    assert result.items_answered == 1
    assert result.completeness == pytest.approx(1 / 47)
    assert result.area("MEM").mean_level == pytest.approx(2.0)
    assert result.overall_score == pytest.approx(200 / 3)
    assert [p.item_id for p in result.priorities] == ["G2-MEM-01"]
    assert score(G2, {"G2-MEM-01": lv(2)}).unknown_item_ids == ()


# ---------------------------------------------------------------------------------------------
# A questionnaire with its own scale, bands, critical items and the `minimum` rule
# ---------------------------------------------------------------------------------------------


def _item(item_id: str, critical: bool = False) -> dict:
    return {
        "id": item_id,
        "title": f"Item {item_id}",
        "question": f"Is {item_id} in place?",
        "established": "Fully in place.",
        "critical": critical,
    }


def custom_questionnaire(
    values: tuple[int, ...] = (0, 1, 2, 3, 4),
    not_applicable: bool = True,
    essentials_rule: str = "minimum",
) -> Questionnaire:
    """ESS: 4 items under the given rule; AVG: 4 items, mean rule, AVG-1 critical.

    Bands: Low from 0 %, Medium from 40 %, High from 80 %; a low critical item (at or below the
    second scale value) caps the band at Medium.
    """
    return Questionnaire.model_validate(
        {
            "id": "test-custom",
            "version": "1",
            "title": "Custom test questionnaire",
            "provenance": "Written for the scoring tests.",
            "scale": {
                "not_applicable": not_applicable,
                "levels": [
                    {"value": v, "label": f"Step {v}", "meaning": f"Meaning of step {v}."}
                    for v in values
                ],
            },
            "bands": [
                {"name": "Low", "min_score": 0},
                {"name": "Medium", "min_score": 40},
                {"name": "High", "min_score": 80},
            ],
            "rules": {"low_level_max": values[1], "critical_cap_band": "Medium"},
            "areas": [
                {
                    "code": "ESS",
                    "name": "Essentials",
                    "rule": essentials_rule,
                    "items": [_item(f"ESS-{n}") for n in range(1, 5)],
                },
                {
                    "code": "AVG",
                    "name": "Averaged",
                    "items": [_item("AVG-1", critical=True)]
                    + [_item(f"AVG-{n}") for n in range(2, 5)],
                    "actions": [
                        {"id": "AVG-A1", "text": "Fix the critical one.", "items": ["AVG-1"]}
                    ],
                },
            ],
        }
    )


CUSTOM = custom_questionnaire()


def ess(*answers: Answer | int | None) -> dict[str, Answer]:
    out = {}
    for n, a in enumerate(answers, start=1):
        if a is None:
            continue
        out[f"ESS-{n}"] = lv(a) if isinstance(a, int) else a
    return out


@pytest.mark.parametrize(
    ("answers", "level", "band"),
    [
        (ess(4, 3, 2, 4), 2, "Medium"),  # lowest is 2 -> 2/4 = 50 %
        (ess(4, 4, 4, 4), 4, "High"),  # 100 %
        (ess(3, 3, 3, 3), 3, "Medium"),  # 75 %
        (ess(4, 4, None, 4), 0, "Low"),  # unanswered counts as the lowest level -> 0 %
        (ess(4, na(), 3, 4), 3, "Medium"),  # N/A excluded -> 3 -> 75 %
        (ess(4, na(), 4, 4), 4, "High"),  # N/A excluded -> 4 -> 100 %
        (ess(1, 4, 4, 4), 1, "Low"),  # 25 %
        (ess(2, 4, 4, 4), 2, "Medium"),  # 50 %
    ],
)
def test_minimum_rule(answers, level, band):
    area = score(CUSTOM, answers).area("ESS")
    assert area.rule == "minimum"
    assert area.mean_level == pytest.approx(level)
    assert area.score == pytest.approx(level / 4 * 100)
    assert area.band == band
    assert area.gap == pytest.approx(area.target - level)


def test_minimum_rule_with_no_answer_is_not_scored():
    result = score(CUSTOM, {"AVG-2": lv(4)})
    ess_area = result.area("ESS")
    assert ess_area.score is None
    assert ess_area.band is None
    assert ess_area.mean_level is None
    assert ess_area.gap is None
    # the overall is the scored AVG area alone
    assert result.overall_score == pytest.approx(100.0)
    assert result.overall_band == "High"


def test_minimum_rule_with_every_item_na_is_not_scored():
    ess_area = score(CUSTOM, ess(na(), na(), na(), na())).area("ESS")
    assert ess_area.score is None
    assert ess_area.band is None
    assert ess_area.completeness == 1.0


def test_same_answers_under_mean_rule_differ_from_minimum():
    # Under the mean rule 4, 3, 2, 4 gives 13/4 = 3.25 -> 81.25 % -> High.
    q = custom_questionnaire(essentials_rule="mean")
    area = score(q, ess(4, 3, 2, 4)).area("ESS")
    assert area.mean_level == pytest.approx(3.25)
    assert area.score == pytest.approx(81.25)
    assert area.band == "High"


def test_scale_not_starting_at_zero():
    # Scale 1..5: score % = (level - 1) / (5 - 1) * 100.
    q = custom_questionnaire(values=(1, 2, 3, 4, 5))
    ess_area = score(q, ess(5, 3, 5, 5)).area("ESS")
    assert ess_area.mean_level == pytest.approx(3)
    assert ess_area.score == pytest.approx(50.0)
    assert ess_area.band == "Medium"
    # An unanswered item counts as the lowest level (1) -> 0 %.
    ess_area = score(q, ess(5, None, 5, 5)).area("ESS")
    assert ess_area.mean_level == pytest.approx(1)
    assert ess_area.score == pytest.approx(0.0)
    assert ess_area.band == "Low"
    # Mean rule on the same scale: AVG 2, 3 -> 2.5 -> (1.5 / 4) = 37.5 % -> Low.
    avg = score(q, {"AVG-2": lv(2), "AVG-3": lv(3)}).area("AVG")
    assert avg.mean_level == pytest.approx(2.5)
    assert avg.score == pytest.approx(37.5)
    assert avg.band == "Low"
    # Level 0 is not on this scale.
    with pytest.raises(ScoringInputError):
        score(q, {"ESS-1": lv(0)})


def test_custom_scale_rejects_levels_outside_it():
    with pytest.raises(ScoringInputError):
        score(CUSTOM, {"ESS-1": lv(5)})
    score(CUSTOM, {"ESS-1": lv(4)})  # the top of this scale is fine


def test_na_is_rejected_when_the_scale_forbids_it():
    q = custom_questionnaire(not_applicable=False)
    with pytest.raises(ScoringInputError):
        score(q, {"ESS-1": na()})
    with pytest.raises(ScoringInputError):
        score(q, {"AVG-2": Answer(not_applicable=True)})


def test_custom_critical_item_caps_to_the_questionnaires_own_cap_band():
    # AVG: 1 (critical), 4, 4, 4 -> 13/4 = 3.25 -> 81.25 % -> High, capped to Medium.
    avg_levels = {"AVG-1": lv(1), "AVG-2": lv(4), "AVG-3": lv(4), "AVG-4": lv(4)}
    avg = score(CUSTOM, avg_levels).area("AVG")
    assert avg.score == pytest.approx(81.25)
    assert avg.uncapped_band == "High"
    assert avg.band == "Medium"
    # AVG-1 at 2 is above the low threshold: 14/4 = 3.5 -> 87.5 % -> High.
    avg = score(CUSTOM, {**avg_levels, "AVG-1": lv(2)}).area("AVG")
    assert avg.band == "High"


def test_custom_priorities_use_the_custom_scale():
    result = score(CUSTOM, {"AVG-1": lv(1), "AVG-2": lv(0), "AVG-3": lv(4)})
    assert _plan(result) == [("P1", "AVG-1"), ("P2", "AVG-2")]
    p1 = result.priorities[0]
    assert p1.next_level == 2
    assert p1.next_label == "Step 2"
    assert p1.next_meaning == "Meaning of step 2."
    assert [a.id for a in p1.actions] == ["AVG-A1"]
    assert result.priorities[1].actions == ()


# ---------------------------------------------------------------------------------------------
# Guideline 1
# ---------------------------------------------------------------------------------------------


def test_g1_scores_with_its_own_scale():
    # CTX 3,3 -> 100 % Mature; MEM 0,0,1 -> 1/3 -> 11.1 % Emerging;
    # GOV 2 x5 -> 66.7 % Consolidating.
    # Overall (100 + 100/9 + 200/3) / 3 = 1600/27 = 59.26 % -> Consolidating.
    answers = {
        **area_levels("CTX", 3, 3, prefix="G1"),
        **area_levels("MEM", 0, 0, 1, prefix="G1"),
        **area_levels("GOV", 2, 2, 2, 2, 2, prefix="G1"),
    }
    result = score(G1, answers)
    assert result.items_total == 18
    assert result.items_answered == 10
    assert result.area("CTX").score == pytest.approx(100.0)
    assert result.area("CTX").band == "Mature"
    assert result.area("MEM").mean_level == pytest.approx(1 / 3)
    assert result.area("MEM").score == pytest.approx(100 / 9)
    assert result.area("MEM").band == "Emerging"
    assert result.area("GOV").score == pytest.approx(200 / 3)
    assert result.area("GOV").band == "Consolidating"
    assert result.area("FIN").score is None
    assert result.overall_score == pytest.approx(1600 / 27)
    assert result.overall_band == "Consolidating"
    assert result.weakest_area == "MEM"
    assert result.strongest_area == "CTX"
    assert _plan(result) == [
        ("P2", "G1-MEM-01"),
        ("P2", "G1-MEM-02"),
        ("P2", "G1-MEM-03"),
        ("P3", "G1-GOV-01"),
        ("P3", "G1-GOV-02"),
        ("P3", "G1-GOV-03"),
        ("P3", "G1-GOV-04"),
        ("P3", "G1-GOV-05"),
    ]
    by_item = {p.item_id: p for p in result.priorities}
    assert by_item["G1-MEM-01"].next_label == "Under discussion"
    assert by_item["G1-MEM-03"].next_label == "Agreed in principle / drafted"
    assert by_item["G1-GOV-01"].next_label == "Done / formally adopted"


def test_g1_is_never_capped():
    # Each area: first item at 0, the others at 3. GOV 12/5 = 2.4 -> 80 % stays Mature.
    sizes = {"CTX": 2, "MEM": 3, "GOV": 5, "FIN": 3, "SUP": 3, "DEL": 2}
    answers = {}
    for code, size in sizes.items():
        answers.update(area_levels(code, 0, *[3] * (size - 1), prefix="G1"))
    result = score(G1, answers)
    assert not any(item.critical for item in G1.items)
    for area in result.areas:
        assert area.capping_items == ()
        assert area.band == area.uncapped_band
    assert result.area("GOV").score == pytest.approx(80.0)
    assert result.area("GOV").band == "Mature"
    assert result.area("CTX").score == pytest.approx(50.0)
    assert result.area("CTX").band == "Consolidating"
    assert result.count(1) == 0
    assert result.count(2) == 6
    assert result.can_complete
