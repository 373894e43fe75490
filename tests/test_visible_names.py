"""A required name with nothing that shows (a zero-width space, joiners, direction marks, a
BOM) is refused as an empty one is: a network listed under a blank name cannot be found again.
A joiner inside a word (Persian, Indic scripts need them) is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli
from pydantic import ValidationError

from wen_assess.records import Network

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "hawen-2022.wen.json"
INVISIBLE = ["\u200b", " \u200d ", "\ufeff", "\u200e\u200f", "\u2066\u2069", "\u00ad", "\u2060"]


@pytest.mark.parametrize(
    "name", INVISIBLE, ids=[n.encode("unicode_escape").decode() for n in INVISIBLE]
)
def test_a_network_name_with_nothing_that_shows_is_refused(name):
    with pytest.raises(ValidationError) as caught:
        Network(name=name)
    assert caught.value.errors()[0]["type"] == "string_too_short"


def test_a_joiner_inside_a_name_is_kept():
    persian = "\u0634\u0628\u06a9\u0647\u200c\u0647\u0627"  # "networks", with its ZWNJ
    assert Network(name=persian).name == persian
    assert Network(name="HAWEN\u200b").name == "HAWEN\u200b"


def test_a_file_naming_its_network_by_a_zero_width_space_is_refused(tmp_path):
    doc = json.loads(DEMO.read_text(encoding="utf-8"))
    doc["assessment"]["network"]["name"] = "\u200b"
    path = tmp_path / "blank.wen.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = run_cli("--db", str(tmp_path / "a.sqlite"), "import", str(path))
    assert result.returncode == 1
    assert f"{path}: rejected: assessment.network.name:" in result.stderr
