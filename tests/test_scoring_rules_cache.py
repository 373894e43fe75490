"""What scoring works out once per questionnaire never leaks from one questionnaire to another:
a copy with fewer areas (as a comparison makes) is scored on its own areas, and a long session
that scores many questionnaires keeps a bounded number of them."""

from __future__ import annotations

from wen_assess import scoring
from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import load_questionnaire
from wen_assess.scoring import Answer, score

G2 = load_questionnaire(questionnaires_dir() / "iccwc-wen-g2.yaml").questionnaire


def test_a_copy_with_fewer_areas_is_scored_on_its_own_areas() -> None:
    answers = {item.id: Answer(level=3) for item in G2.items}
    answers["G2-MEM-01"] = Answer(level=0)
    whole = score(G2, answers)
    fewer = G2.model_copy(update={"areas": [G2.area("GOV"), G2.area("FIN")]})
    part = score(fewer, answers)
    assert [a.code for a in part.areas] == ["GOV", "FIN"]
    assert part.items_total == len(G2.area("GOV").items) + len(G2.area("FIN").items)
    assert part.overall_score == 100.0 and part.priorities == ()
    assert whole.overall_score < 100.0 and [p.item_id for p in whole.priorities] == ["G2-MEM-01"]
    assert set(part.unknown_item_ids) == {i.id for i in G2.items} - {
        i.id for a in fewer.areas for i in a.items
    }


def test_many_questionnaires_scored_keep_a_bounded_memory() -> None:
    answers = {"G2-GOV-01": Answer(level=2)}
    copies = [G2.model_copy(update={"version": f"9.{n}"}) for n in range(40)]
    results = [score(q, answers) for q in copies]
    assert {r.questionnaire_version for r in results} == {f"9.{n}" for n in range(40)}
    assert len(scoring._RULES) <= 32
    assert score(copies[0], answers) == results[0]  # evicted, then worked out again alike
