"""The comparison (wen_assess.compare), checked against numbers worked out by hand.

The G2 scale runs from 0 to 3, so an area's score is its mean level / 3 × 100: one item at 1
is 33.3 %, two items at 1 and 2 are 50.0 %. Every expected number below is written out as that
arithmetic, never taken from the scoring engine.
"""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from wen_assess.compare import TOP_N, ComparisonError, compare
from wen_assess.errors import AppError
from wen_assess.questionnaire import Questionnaire, default_registry
from wen_assess.records import AssessmentRecord

REGISTRY = default_registry()
G2 = REGISTRY.get("iccwc-wen-g2")
G1 = REGISTRY.get("iccwc-wen-g1")
AREAS = ["MEM", "GOV", "FIN", "SUP", "DEL"]

TRICKY = 'x<y & "z">w'
VIETNAMESE = "Quản lý rừng đặc dụng"


def record(
    network: str,
    when: date | None,
    levels: dict[str, int | None],
    *,
    q: Questionnaire = G2,
    notes: dict[str, str] | None = None,
    actions: list[dict] | None = None,
) -> AssessmentRecord:
    """A record on ``q``: item (without the "G2-" prefix) -> level, None = Not applicable."""
    notes = notes or {}
    answers = [
        {
            "item_id": f"G2-{item}",
            "level": level,
            "not_applicable": level is None,
            "justification": "Does not apply here." if level is None else "",
            "notes": notes.get(item, ""),
        }
        for item, level in levels.items()
    ]
    return AssessmentRecord(
        uuid=str(uuid4()),
        title=f"{network} {when}",
        assessment_date=when,
        questionnaire={"id": q.id, "version": q.version},
        network={"name": network},
        answers=answers,
        actions=[{**a, "item_id": f"G2-{a['item_id']}"} for a in actions or []],
    )


def variant(
    version: str,
    *,
    without: set[str] = frozenset(),
    rule: dict[str, str] | None = None,
    extra_area: bool = False,
) -> Questionnaire:
    """A modified copy of G2: another version, items removed, area rules changed, an area added."""
    data = G2.model_dump()
    data["version"] = version
    for area in data["areas"]:
        area["items"] = [i for i in area["items"] if i["id"] not in without]
        for action in area["actions"]:
            action["items"] = [i for i in action["items"] if i not in without]
        area["actions"] = [a for a in area["actions"] if a["items"]]
        area["rule"] = (rule or {}).get(area["code"], area["rule"])
    if extra_area:
        item = {**data["areas"][0]["items"][0], "id": "G2-EXT-01", "critical": False}
        data["areas"].append(
            {**data["areas"][0], "code": "EXT", "items": [item], "actions": [], "rule": "mean"}
        )
    return Questionnaire.model_validate(data)


def areas_of(comparison) -> dict:
    return {row.code: row for row in comparison.areas}


# Net A, assessed twice. By hand (level / 3 × 100):
#   2022: MEM (1, 2) -> 1.5 -> 50.0; GOV 3 -> 100.0; FIN 0 -> 0.0; SUP nothing -> None;
#         DEL only N/A -> None. Overall = (50 + 100 + 0) / 3 = 50.0. Weakest: FIN.
#   2024: MEM (2, 3) -> 2.5 -> 83.33; GOV 2 -> 66.67; FIN 2 -> 66.67; SUP 3 -> 100.0;
#         DEL nothing -> None. Overall = (83.33 + 66.67 + 66.67 + 100) / 4 = 79.17.
A_2022 = {"MEM-01": 1, "MEM-02": 2, "GOV-02": 3, "FIN-01": 0, "DEL-01": None}
A_2024 = {"MEM-01": 2, "MEM-02": 3, "GOV-02": 2, "FIN-01": 2, "SUP-01": 3}


@pytest.fixture
def net_a():
    early = record(
        "Net A",
        date(2022, 3, 1),
        A_2022,
        notes={"MEM-01": TRICKY, "GOV-02": "Statute adopted."},
        actions=[
            {"item_id": "FIN-01", "text": "Agree a contribution formula.", "status": "planned"},
            {"item_id": "GOV-02", "text": "Renew the statute.", "status": "in_progress"},
            {"item_id": "SUP-02", "text": "Brief the heads of agency.", "owner": "Chair"},
            {"item_id": "DEL-01", "text": "Set up a secure platform.", "status": "in_progress"},
        ],
    )
    late = record(
        "Net A",
        date(2024, 5, 1),
        A_2024,
        notes={"MEM-01": VIETNAMESE},
        actions=[
            {"item_id": "FIN-01", "text": "Collect contributions.", "status": "in_progress"},
            {"item_id": "GOV-02", "text": "Renew the statute.", "status": "done"},
            {"item_id": "DEL-01", "text": "Set up a secure platform.", "status": "in_progress"},
        ],
    )
    return early, late


# --- side by side: scores, bands, deltas ------------------------------------------------------


def test_scores_and_deltas_against_the_earliest(net_a):
    early, late = net_a
    c = compare([(G2, late), (G2, early)])  # given latest first: the baseline is still 2022
    assert c.baseline == 1
    assert [e.uuid for e in c.entries] == [late.uuid, early.uuid]  # the given order is kept
    rows = areas_of(c)
    assert list(rows) == AREAS

    assert rows["MEM"].scores == pytest.approx((2.5 / 3 * 100, 1.5 / 3 * 100))
    assert rows["GOV"].scores == pytest.approx((2 / 3 * 100, 100.0))
    assert rows["FIN"].scores == pytest.approx((2 / 3 * 100, 0.0))
    assert rows["MEM"].deltas == pytest.approx((100 / 3, 0.0))  # 83.33 - 50
    assert rows["GOV"].deltas == pytest.approx((-100 / 3, 0.0))  # 66.67 - 100
    assert rows["FIN"].deltas == pytest.approx((200 / 3, 0.0))  # 66.67 - 0

    assert c.overall == pytest.approx(((250 / 3 + 200 / 3 + 200 / 3 + 100) / 4, 50.0))
    assert c.overall_deltas == pytest.approx(((250 / 3 + 200 / 3 + 200 / 3 + 100) / 4 - 50, 0.0))


def test_bands_follow_the_scores(net_a):
    early, late = net_a
    rows = areas_of(compare([(G2, early), (G2, late)]))
    # Thresholds 0 / 25 / 50 / 75; no critical item is answered, so no band is capped.
    assert rows["MEM"].bands == ("Consolidating", "Mature")  # 50.0, 83.3
    assert rows["GOV"].bands == ("Mature", "Consolidating")  # 100.0, 66.7
    assert rows["FIN"].bands == ("Emerging", "Consolidating")  # 0.0, 66.7
    assert rows["SUP"].bands == (None, "Mature")


def test_an_area_scored_zero_is_zero_and_an_unscored_area_is_none(net_a):
    early, late = net_a
    rows = areas_of(compare([(G2, early), (G2, late)]))
    assert rows["FIN"].scores[0] == 0.0  # answered at level 0: a real 0
    assert rows["SUP"].scores == (None, 100.0)  # not answered in 2022
    assert rows["SUP"].deltas == (None, None)  # the baseline has no score: no change
    assert rows["DEL"].scores == (None, None)  # only N/A in 2022, nothing in 2024
    assert rows["DEL"].deltas == (None, None)
    assert rows["DEL"].bands == (None, None)
    # Completeness per area: DEL-01 is N/A (answered) in 2022, nothing in 2024.
    assert rows["DEL"].completeness == pytest.approx((1 / 10, 0.0))
    assert rows["SUP"].completeness == pytest.approx((0.0, 1 / 7))


def test_deltas_against_a_chosen_baseline(net_a):
    early, late = net_a
    c = compare([(G2, early), (G2, late)], baseline_uuid=late.uuid)
    assert c.baseline == 1
    rows = areas_of(c)
    assert rows["MEM"].deltas == pytest.approx((-100 / 3, 0.0))
    assert rows["GOV"].deltas == pytest.approx((100 / 3, 0.0))
    assert rows["FIN"].deltas == pytest.approx((-200 / 3, 0.0))
    assert rows["SUP"].deltas == (None, 0.0)  # unscored in 2022 stays None, never -100
    assert rows["DEL"].deltas == (None, None)
    assert c.overall_deltas[0] == pytest.approx(50 - (250 / 3 + 200 / 3 + 200 / 3 + 100) / 4)


def test_baseline_not_among_the_assessments_is_refused(net_a):
    early, late = net_a
    with pytest.raises(ComparisonError, match="baseline"):
        compare([(G2, early), (G2, late)], baseline_uuid=str(uuid4()))


def test_completeness_is_of_the_whole_assessment(net_a):
    early, late = net_a
    c = compare([(G2, early), (G2, late)])
    assert c.entries[0].completeness == pytest.approx(5 / 47)  # four levels and one N/A
    assert c.entries[1].completeness == pytest.approx(5 / 47)


def test_fewer_than_two_assessments_are_refused(net_a):
    early, _ = net_a
    with pytest.raises(ComparisonError, match="at least two"):
        compare([(G2, early)])
    with pytest.raises(ComparisonError):
        compare([])
    assert issubclass(ComparisonError, AppError)  # the CLI prints it as a message


def test_questionnaires_without_a_shared_item_are_refused(net_a):
    early, _ = net_a
    g1 = AssessmentRecord(
        uuid=str(uuid4()),
        questionnaire={"id": G1.id, "version": G1.version},
        network={"name": "CAR-WEN"},
        answers=[{"item_id": G1.items[0].id, "level": 1}],
    )
    with pytest.raises(ComparisonError, match="no item in common"):
        compare([(G2, early), (G1, g1)])


# --- compatibility ----------------------------------------------------------------------------


def test_same_questionnaire_compares_every_item(net_a):
    early, late = net_a
    compat = compare([(G2, early), (G2, late)]).compatibility
    assert compat.same_questionnaire
    assert compat.questionnaires == (("iccwc-wen-g2", "1.0"),)
    assert compat.share == 1.0
    assert len(compat.shared_items) == 47
    assert compat.statement == "All assessments use iccwc-wen-g2 v1.0: every item is compared."


def test_a_version_without_one_item_shares_46_of_47_and_scores_on_those(net_a):
    g2_11 = variant("1.1", without={"G2-MEM-10"})
    assert len(g2_11.items) == 46
    # On v1.0: MEM-01 at 1 and MEM-10 at 3 -> on its own 2.0 -> 66.7; on the shared items only
    # MEM-01 counts -> 1 / 3 -> 33.3. GOV-02 at 2 -> 66.7 either way.
    old = record("Net B", date(2023, 1, 1), {"MEM-01": 1, "MEM-10": 3, "GOV-02": 2})
    # On v1.1: MEM-01 at 2 -> 66.7; GOV-02 at 2 -> 66.7.
    new = record("Net B", date(2024, 1, 1), {"MEM-01": 2, "GOV-02": 2}, q=g2_11)
    c = compare([(G2, old), (g2_11, new)])

    compat = c.compatibility
    assert not compat.same_questionnaire
    assert compat.questionnaires == (("iccwc-wen-g2", "1.0"), ("iccwc-wen-g2", "1.1"))
    assert compat.union_size == 47
    assert len(compat.shared_items) == 46
    assert "G2-MEM-10" not in compat.shared_items
    assert compat.shared_items == tuple(i.id for i in G2.items if i.id != "G2-MEM-10")
    assert compat.share == pytest.approx(46 / 47)
    assert "46 of 47 items" in compat.statement
    assert "only these shared items are compared" in compat.statement

    rows = areas_of(c)
    assert rows["MEM"].scores == pytest.approx((100 / 3, 200 / 3))  # not 66.7 for v1.0
    assert rows["MEM"].deltas == pytest.approx((0.0, 100 / 3))
    assert rows["GOV"].scores == pytest.approx((200 / 3, 200 / 3))
    assert c.overall == pytest.approx(((100 / 3 + 200 / 3) / 2, 200 / 3))
    # Completeness stays that of each whole assessment (3 of 47, 2 of 46).
    assert c.entries[0].completeness == pytest.approx(3 / 47)
    assert c.entries[1].completeness == pytest.approx(2 / 46)


def test_an_area_only_one_questionnaire_has_is_none_for_the_other(net_a):
    early, _ = net_a
    extended = variant("1.2", extra_area=True)
    other = record("Net C", date(2023, 1, 1), {"MEM-01": 3, "EXT-01": 0}, q=extended)
    c = compare([(G2, early), (extended, other)])
    assert c.compatibility.union_size == 48
    assert len(c.compatibility.shared_items) == 47
    ext = areas_of(c)["EXT"]
    # The extra item is not shared, so EXT is not scored in either assessment (never 0).
    assert ext.scores == (None, None)
    assert ext.deltas == (None, None)
    assert ext.completeness[0] is None  # not in the G2 v1.0 questionnaire at all
    assert areas_of(c)["MEM"].scores == pytest.approx((50.0, 100.0))


def test_minimum_rule_area_is_scored_on_the_shared_items_only():
    q_a = variant("1.0-min", rule={"MEM": "minimum"})
    q_b = variant("1.1-min", without={"G2-MEM-10"}, rule={"MEM": "minimum"})
    # Every MEM item of each questionnaire at level 2: the lowest shared level is 2 -> 66.7.
    a = record("Net D", date(2023, 1, 1), {f"MEM-{n:02}": 2 for n in range(1, 11)}, q=q_a)
    b = record("Net D", date(2024, 1, 1), {f"MEM-{n:02}": 2 for n in range(1, 10)}, q=q_b)
    rows = areas_of(compare([(q_a, a), (q_b, b)]))
    assert rows["MEM"].scores == pytest.approx((200 / 3, 200 / 3))


def test_area_completeness_of_a_fully_answered_area_is_whole_when_versions_differ():
    g2_11 = variant("1.1", without={"G2-MEM-10"})
    full = record("Net E", date(2023, 1, 1), {f"MEM-{n:02}": 2 for n in range(1, 11)})
    other = record("Net E", date(2024, 1, 1), {f"MEM-{n:02}": 2 for n in range(1, 10)}, q=g2_11)
    rows = areas_of(compare([(G2, full), (g2_11, other)]))
    assert rows["MEM"].completeness == (1.0, 1.0)


# --- the same network over time ---------------------------------------------------------------


def test_trend_is_in_date_order_whatever_the_given_order(net_a):
    early, late = net_a
    c = compare([(G2, late), (G2, early)])
    [trend] = c.trends
    assert trend.network == "Net A"
    assert trend.entries == (1, 0)  # 2022 (given second) first
    scores = dict(trend.areas)
    assert list(scores) == AREAS
    assert scores["MEM"] == pytest.approx((50.0, 250 / 3))
    assert scores["FIN"] == pytest.approx((0.0, 200 / 3))
    assert scores["SUP"] == (None, 100.0)
    assert scores["DEL"] == (None, None)


def test_trend_of_three_with_an_undated_assessment_last():
    mid = record("Net F", date(2024, 1, 1), {"MEM-01": 2})
    undated = record("Net F", None, {"MEM-01": 3})
    first = record("Net F", date(2020, 6, 30), {"MEM-01": 1})
    other = record("Net G", date(2019, 1, 1), {"MEM-01": 0})
    c = compare([(G2, mid), (G2, undated), (G2, first), (G2, other)])
    [trend] = c.trends  # Net G was assessed once: no trend
    assert trend.entries == (2, 0, 1)
    assert dict(trend.areas)["MEM"] == pytest.approx((100 / 3, 200 / 3, 100.0))
    assert c.baseline == 3  # the earliest of all


def test_network_names_match_without_regard_to_case():
    a = record("HAWEN", date(2022, 1, 1), {"MEM-01": 1})
    b = record("hawen", date(2023, 1, 1), {"MEM-01": 2})
    [trend] = compare([(G2, a), (G2, b)]).trends
    assert trend.entries == (0, 1)


def test_item_changes_list_rises_and_falls_with_the_notes_of_both(net_a):
    early, late = net_a
    [trend] = compare([(G2, late), (G2, early)]).trends
    changes = {c.item_id: c for c in trend.changes}
    # FIN-01 0 -> 2 moved most; then MEM-01, MEM-02, GOV-02 (one level each, questionnaire
    # order). SUP-01 (unanswered before) and DEL-01 (N/A before) have no level to compare.
    assert [c.item_id for c in trend.changes] == [
        "G2-FIN-01",
        "G2-MEM-01",
        "G2-MEM-02",
        "G2-GOV-02",
    ]
    mem = changes["G2-MEM-01"]
    assert (mem.before, mem.after, mem.delta) == (1, 2, 1)
    assert mem.before_notes == TRICKY
    assert mem.after_notes == VIETNAMESE
    assert mem.area_code == "MEM"
    assert mem.title == G2.item("G2-MEM-01").title.en
    gov = changes["G2-GOV-02"]
    assert (gov.before, gov.after, gov.delta) == (3, 2, -1)
    assert (gov.before_notes, gov.after_notes) == ("Statute adopted.", "")
    assert changes["G2-FIN-01"].delta == 2


def test_action_follow_up_done_when_the_later_plan_says_done_or_the_level_rose(net_a):
    early, late = net_a
    [trend] = compare([(G2, early), (G2, late)]).trends
    follow = {f.item_id: f for f in trend.follow_ups}
    assert [f.item_id for f in trend.follow_ups] == [
        "G2-FIN-01",
        "G2-GOV-02",
        "G2-SUP-02",
        "G2-DEL-01",
    ]  # fmt: skip  (the earlier plan's order)

    fin = follow["G2-FIN-01"]  # still in progress in the later plan, but the level rose 0 -> 2
    assert (fin.planned_status, fin.later_status) == ("planned", "in_progress")
    assert (fin.level_before, fin.level_after) == (0, 2)
    assert fin.text == "Agree a contribution formula."  # the earlier plan's text
    assert fin.done

    gov = follow["G2-GOV-02"]  # the later plan says done, although the level fell 3 -> 2
    assert (gov.later_status, gov.level_before, gov.level_after) == ("done", 3, 2)
    assert gov.done

    sup = follow["G2-SUP-02"]  # not in the later plan, never answered
    assert sup.later_status is None
    assert (sup.level_before, sup.level_after) == (None, None)
    assert sup.owner == "Chair"
    assert not sup.done

    dep = follow["G2-DEL-01"]  # still in progress, N/A then unanswered
    assert dep.later_status == "in_progress"
    assert not dep.done


def test_no_trend_for_different_networks(net_a):
    early, _ = net_a
    other = record("Net Z", date(2023, 1, 1), {"MEM-01": 3})
    assert compare([(G2, early), (G2, other)]).trends == ()


# --- rankings and areas of concern ------------------------------------------------------------


def test_most_improved_and_declines_within_a_network(net_a):
    early, late = net_a
    c = compare([(G2, late), (G2, early)])
    # 2022 -> 2024: FIN +66.7, MEM +33.3, GOV -33.3; SUP had no score before, DEL none at all.
    assert [r.label for r in c.most_improved] == ["Net A · FIN", "Net A · MEM"]
    assert [r.value for r in c.most_improved] == pytest.approx([200 / 3, 100 / 3])
    assert [r.label for r in c.biggest_declines] == ["Net A · GOV"]
    assert c.biggest_declines[0].value == pytest.approx(-100 / 3)
    assert "100.0 % → 66.7 %" in c.biggest_declines[0].detail


# Three networks, once each. By hand:
#   C1 (2021): MEM 0 -> 0.0,     GOV 3 -> 100.0, FIN 1 -> 33.3   weakest MEM
#   C2 (2022): MEM 1 -> 33.3,    GOV 2 -> 66.7,  FIN 3 -> 100.0  weakest MEM
#   C3 (2023): MEM 3 -> 100.0,   GOV 1 -> 33.3,  FIN 2 -> 66.7   weakest GOV
C_LEVELS = [
    ("C1", date(2021, 1, 1), {"MEM-01": 0, "GOV-02": 3, "FIN-01": 1}),
    ("C2", date(2022, 1, 1), {"MEM-01": 1, "GOV-02": 2, "FIN-01": 3}),
    ("C3", date(2023, 1, 1), {"MEM-01": 3, "GOV-02": 1, "FIN-01": 2}),
]


def test_networks_that_differ_are_never_ranked_as_improvement_or_decline():
    c = compare([(G2, record(n, d, lv)) for n, d, lv in C_LEVELS])
    assert c.trends == ()
    assert c.most_improved == () and c.biggest_declines == ()
    # C2 and C3 are other networks than the baseline C1: a difference, never a change.
    rows = areas_of(c)
    assert rows["MEM"].deltas == (0.0, None, None)
    assert rows["MEM"].differences == pytest.approx((None, 100 / 3, 100.0))
    assert rows["GOV"].differences == pytest.approx((None, -100 / 3, -200 / 3))
    assert c.overall_deltas[1:] == (None, None)
    assert c.overall_differences[0] is None and c.overall_differences[1] is not None
    assert c.change_from == (0, None, None)


def test_changes_are_counted_within_each_network_and_differences_against_the_baseline(net_a):
    early, late = net_a
    other_early = record("Net Z", date(2021, 1, 1), {"MEM-01": 0})
    other_late = record("Net Z", date(2023, 1, 1), {"MEM-01": 3})
    c = compare([(G2, early), (G2, late), (G2, other_early), (G2, other_late)])
    by_label = {e.label: i for i, e in enumerate(c.entries)}
    z_early, z_late = by_label["Net Z 2021-01-01"], by_label["Net Z 2023-01-01"]
    a_early, a_late = by_label["Net A 2022-03-01"], by_label["Net A 2024-05-01"]
    assert c.baseline == z_early  # the earliest
    assert c.change_from[z_late] == z_early and c.change_from[z_early] == z_early
    assert c.change_from[a_late] == a_early and c.change_from[a_early] is None
    mem = areas_of(c)["MEM"]
    assert mem.deltas[z_late] == pytest.approx(100.0)
    assert mem.deltas[a_late] == pytest.approx(100 / 3)  # 2022 -> 2024 of Net A itself
    assert mem.differences[a_early] == pytest.approx(50.0)  # levels 1, 2 against Net Z 2021 at 0
    assert mem.differences[z_late] is None  # the baseline's own network: a change
    assert [r.label for r in c.most_improved][:1] == ["Net Z · MEM"]


def test_a_mixed_selection_compares_the_largest_group_and_names_the_rest():
    g1 = AssessmentRecord(
        uuid=str(uuid4()),
        title="CAR-WEN first look",
        assessment_date=date(2023, 6, 1),
        questionnaire={"id": G1.id, "version": G1.version},
        network={"name": "CAR-WEN"},
        answers=[{"item_id": G1.items[0].id, "level": 1}],
    )
    g2s = [record(n, d, lv) for n, d, lv in C_LEVELS]
    c = compare([(G1, g1), *((G2, r) for r in g2s)])
    assert [e.network for e in c.entries] == ["C1", "C2", "C3"]
    [left] = c.left_out
    assert left.label == "CAR-WEN 2023-06-01" and left.title == "CAR-WEN first look"
    assert f"{G1.id} v{G1.version}" in left.reason and "shares no item" in left.reason
    with pytest.raises(ComparisonError, match="baseline"):
        compare([(G1, g1), *((G2, r) for r in g2s)], baseline_uuid=g1.uuid)


def test_assessments_of_one_network_on_one_date_get_distinct_labels():
    same_day = date(2024, 2, 2)
    a, b, c3 = (record("Net A", same_day, {"MEM-01": k}) for k in (1, 2, 3))
    c = compare([(G2, a), (G2, b)])
    assert [e.label for e in c.entries] == ["Net A 2024-02-02 #1", "Net A 2024-02-02 #2"]
    titled = [
        r.model_copy(update={"title": t})
        for r, t in ((a, "Workshop"), (b, "Secretariat review"), (c3, "Follow-up"))
    ]
    labels = [e.label for e in compare([(G2, r) for r in titled]).entries]
    assert labels == [
        "Net A 2024-02-02 · Workshop",
        "Net A 2024-02-02 · Secretariat review",
        "Net A 2024-02-02 · Follow-up",
    ]
    assert len(set(labels)) == 3


def test_ranked_lists_are_short():
    nets = []
    for k in range(3):
        nets.append(record(f"N{k}", date(2020, 1, 1), {f"{a}-01": 0 for a in AREAS}))
        nets.append(record(f"N{k}", date(2022, 1, 1), {f"{a}-01": 1 + k % 3 for a in AREAS}))
    c = compare([(G2, r) for r in nets])
    assert len(c.most_improved) == TOP_N == 5
    values = [r.value for r in c.most_improved]
    assert values == sorted(values, reverse=True)
    assert values[0] == pytest.approx(100.0)


def test_area_of_concern_is_the_weakest_in_most_assessments():
    c = compare([(G2, record(n, d, lv)) for n, d, lv in C_LEVELS])
    # MEM is the weakest in 2 of 3: a concern, its mean (0 + 33.3 + 100) / 3 = 44.4.
    # GOV is the weakest in 1 of 3 only.
    [concern] = c.areas_of_concern
    assert concern.label == "MEM · Membership"
    assert concern.value == pytest.approx(400 / 9)
    assert concern.detail == "weakest area in 2 of 3 assessments; mean score 44.4 %"


def test_areas_of_concern_fall_back_to_the_lowest_means():
    # Each area is the weakest once: none in most, so the two lowest means are named.
    #   D1: MEM 0, GOV 3, FIN 2 -> weakest MEM;  D2: MEM 3, GOV 0, FIN 2 -> weakest GOV;
    #   D3: MEM 2, GOV 3, FIN 0 -> weakest FIN.
    # Means: MEM (0 + 100 + 66.7) / 3 = 55.6; GOV (100 + 0 + 100) / 3 = 66.7;
    #        FIN (66.7 + 66.7 + 0) / 3 = 44.4.
    levels = [
        ("D1", date(2021, 1, 1), {"MEM-01": 0, "GOV-02": 3, "FIN-01": 2}),
        ("D2", date(2022, 1, 1), {"MEM-01": 3, "GOV-02": 0, "FIN-01": 2}),
        ("D3", date(2023, 1, 1), {"MEM-01": 2, "GOV-02": 3, "FIN-01": 0}),
    ]
    c = compare([(G2, record(n, d, lv)) for n, d, lv in levels])
    assert [r.label for r in c.areas_of_concern] == ["FIN · Finance", "MEM · Membership"]
    assert [r.value for r in c.areas_of_concern] == pytest.approx([400 / 9, 500 / 9])
    assert c.areas_of_concern[0].detail == "lowest mean score: 44.4 %"
