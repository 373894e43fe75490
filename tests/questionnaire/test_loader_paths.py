"""libyaml's fast path and the pure-Python path refuse the same files at the same places."""

import pytest
import yaml
from conftest import REPO

from wen_assess.questionnaire.errors import QuestionnaireError
from wen_assess.questionnaire.loader import parse_questionnaire

G2 = (REPO / "questionnaires" / "iccwc-wen-g2.yaml").read_bytes()

HOSTILE = {
    "alias": b"format: &f wen-assess/questionnaire\nid: *f\n",
    "duplicate key": b"format: wen-assess/questionnaire\nid: a\nid: b\n",
    "deep nesting": b"x: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
    "deep block nesting": b"".join(b"  " * n + b"k:\n" for n in range(60)) + b"  " * 60 + b"v\n",
}


@pytest.fixture(params=["libyaml", "pure Python"])
def loader_path(request, monkeypatch):
    if request.param == "pure Python":
        monkeypatch.setattr(yaml, "__with_libyaml__", False)
    else:
        assert yaml.__with_libyaml__, "PyYAML was built without libyaml here"
    return request.param


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_yaml_is_refused_by_both_paths(loader_path, name):
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(HOSTILE[name], "hostile.yaml")
    [problem] = caught.value.problems
    assert problem.line is not None  # the place is named
    expected = {
        "alias": "aliases (*name) are not allowed",
        "duplicate key": "appears twice",
        # libyaml's scanner may stop flow nesting first ("exceeded maximum nesting depth")
        "deep nesting": "nest",
        "deep block nesting": "nested more than",
    }[name]
    assert expected in problem.message


def test_the_bundled_questionnaire_reads_the_same_by_both_paths(monkeypatch):
    fast = parse_questionnaire(G2, "g2.yaml")
    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    assert parse_questionnaire(G2, "g2.yaml") == fast


def test_a_schema_problem_names_the_same_line_by_both_paths(monkeypatch):
    broken = G2.replace(b"critical: true", b"critical: maybe", 1)
    with pytest.raises(QuestionnaireError) as fast:
        parse_questionnaire(broken, "g2.yaml")
    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    with pytest.raises(QuestionnaireError) as slow:
        parse_questionnaire(broken, "g2.yaml")
    assert [p.render("g2.yaml") for p in fast.value.problems] == [
        p.render("g2.yaml") for p in slow.value.problems
    ]
    assert fast.value.problems[0].line is not None
