"""Questionnaire files: the bundled ones are right, and bad files get located, plain errors."""

import json
from pathlib import Path

import pytest
import yaml

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import QuestionnaireError, default_registry, load_questionnaire
from wen_assess.schemas import published

G2 = questionnaires_dir() / "iccwc-wen-g2.yaml"
G1 = questionnaires_dir() / "iccwc-wen-g1.yaml"
PROVENANCE = "items are not official ICCWC text"


def test_g2_has_the_briefs_structure():
    q = load_questionnaire(G2).questionnaire
    assert q.id == "iccwc-wen-g2"
    assert [a.code for a in q.areas] == ["MEM", "GOV", "FIN", "SUP", "DEL"]
    assert [len(a.items) for a in q.areas] == [10, 13, 7, 7, 10]
    assert [i.id for i in q.items if i.critical] == [
        "G2-MEM-04",
        "G2-GOV-01",
        "G2-GOV-07",
        "G2-FIN-03",
    ]
    assert [(lv.value, lv.label.en) for lv in q.scale.levels] == [
        (0, "Not in place"),
        (1, "Initial"),
        (2, "Developing"),
        (3, "Established"),
    ]
    assert [(b.name.en, b.min_score) for b in q.bands] == [
        ("Emerging", 0),
        ("Developing", 25),
        ("Consolidating", 50),
        ("Mature", 75),
    ]
    assert q.scale.not_applicable
    assert PROVENANCE in q.provenance.en


def test_every_g2_item_has_an_action_and_a_short_title():
    q = load_questionnaire(G2).questionnaire
    addressed = {ref for area in q.areas for action in area.actions for ref in action.items}
    assert addressed == {item.id for item in q.items}
    for item in q.items:
        assert 2 <= len(item.title.en.split()) <= 6, item.id


def test_g1_has_its_own_scale_and_no_critical_items():
    q = load_questionnaire(G1).questionnaire
    assert q.id == "iccwc-wen-g1"
    assert [a.code for a in q.areas] == ["CTX", "MEM", "GOV", "FIN", "SUP", "DEL"]
    assert len(q.items) == 18
    assert not any(i.critical for i in q.items)
    assert q.scale.levels[0].label.en == "Not started"
    assert q.scale.levels[-1].label.en.startswith("Done")
    assert PROVENANCE in q.provenance.en


def test_registry_lists_both_bundled_questionnaires():
    registry = default_registry()
    assert {key[0] for key in registry.entries} == {"iccwc-wen-g1", "iccwc-wen-g2"}
    assert registry.errors == []


def test_published_schemas_are_up_to_date():
    # Regenerate with: python -m wen_assess.schemas
    for path, make in published().items():
        assert path.read_text(encoding="utf-8") == make(), f"{path} is stale"


def test_bundled_files_validate_against_the_published_json_schema():
    import jsonschema

    schema = json.loads((questionnaires_dir() / "schema.json").read_text(encoding="utf-8"))
    for path in (G1, G2):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


def _write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _g2_with(tmp_path: Path, old: str, new: str) -> Path:
    text = G2.read_text(encoding="utf-8")
    assert old in text
    return _write(tmp_path, "edited.yaml", text.replace(old, new, 1))


def _problems(path: Path) -> list[str]:
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    rendered = str(caught.value).splitlines()
    assert all(line.startswith(str(path)) for line in rendered), "every problem names the file"
    return rendered


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n# only a comment\n", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "binary"),
        ("areas: [\n", "not valid YAML"),
        ("- just\n- a list\n", "not a mapping"),
        (b"title: caf\xe9\n", "not UTF-8"),
        ("a: &x [1, 2]\nb: *x\n", "aliases"),
        ("id: one\nid: two\n", "appears twice"),
    ],
)
def test_unusable_files_get_one_clear_message(tmp_path, content, expected):
    problems = _problems(_write(tmp_path, "bad.yaml", content))
    assert len(problems) == 1
    assert expected in problems[0]
    assert "Traceback" not in problems[0]


def test_huge_file_is_refused_before_parsing(tmp_path):
    path = _write(tmp_path, "huge.yaml", b"# padding\n" * 300_000)
    assert "at most 2 MB" in _problems(path)[0]


def test_missing_file_and_folder(tmp_path):
    assert "no such file" in _problems(tmp_path / "nope.yaml")[0]
    assert "folder" in _problems(tmp_path)[0]


def test_type_errors_name_the_item_and_the_line(tmp_path):
    path = _g2_with(tmp_path, "        critical: true\n", "        critical: maybe\n")
    text = path.read_text(encoding="utf-8").splitlines()
    problems = _problems(path)
    line = next(n for n, s in enumerate(text, 1) if "critical: maybe" in s)
    assert any(
        f"{path}:{line}: areas[0] (MEM).items[3] (G2-MEM-04).critical" in p for p in problems
    ), problems


def test_every_problem_is_reported_at_once(tmp_path):
    # The title is a mapping of languages: renaming its key leaves the item without a title.
    title = "title:\n          en: Regional coverage and accession"
    path = _g2_with(tmp_path, title, title.replace("title:", "titel:"))
    path.write_text(
        path.read_text(encoding="utf-8").replace("min_score: 50", "min_score: 20"), encoding="utf-8"
    )
    problems = "\n".join(_problems(path))
    assert "items[0] (G2-MEM-01).title: this field is required but missing" in problems
    assert "items[0] (G2-MEM-01).titel: unknown field" in problems


def test_cross_checks_are_located(tmp_path):
    path = _g2_with(tmp_path, "min_score: 50", "min_score: 20")
    assert any("bands[2].min_score" in p and "ascend" in p for p in _problems(path))

    path = _g2_with(tmp_path, "  - id: G2-MEM-02\n", "  - id: G2-MEM-01\n")
    assert any(
        "items[1]" in p and "already used at areas[0].items[0].id" in p for p in _problems(path)
    )

    path = _g2_with(tmp_path, "critical_cap_band: Developing", "critical_cap_band: Average")
    assert any(
        "rules.critical_cap_band" in p and "not one of the bands" in p for p in _problems(path)
    )


def test_action_pointing_at_a_missing_item(tmp_path):
    text = G2.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["areas"][4]["actions"][0]["items"] = ["G2-DEL-99"]
    path = _write(tmp_path, "x.yaml", yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True))
    problems = _problems(path)
    assert any(
        "areas[4] (DEL).actions[0]" in p and "'G2-DEL-99' is not an item" in p for p in problems
    )


def test_scale_needs_two_levels(tmp_path):
    data = yaml.safe_load(G2.read_text(encoding="utf-8"))
    data["scale"]["levels"] = data["scale"]["levels"][:1]
    path = _write(tmp_path, "x.yaml", yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True))
    assert any("scale.levels" in p and "at least 2" in p for p in _problems(path))


def test_a_broken_user_questionnaire_does_not_hide_the_bundled_ones(_isolated_user_data):
    folder = _isolated_user_data / "questionnaires"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    registry = default_registry()
    assert ("iccwc-wen-g2", "1.0") in registry.entries
    assert [Path(e.path).name for e in registry.errors] == ["broken.yaml"]


def test_user_questionnaire_with_official_wording_is_picked_up(_isolated_user_data):
    folder = _isolated_user_data / "questionnaires"
    folder.mkdir()
    data = yaml.safe_load(G2.read_text(encoding="utf-8"))
    data["version"] = "1.0-official"
    data["areas"][0]["items"][0]["question"] = "Official wording of the first question."
    (folder / "official.yaml").write_text(
        yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True), encoding="utf-8"
    )
    q = default_registry().get("iccwc-wen-g2", "1.0-official")
    assert q.items[0].question.en == "Official wording of the first question."
    assert q.items[0].id == "G2-MEM-01"  # ids stay stable, so answers carry over
