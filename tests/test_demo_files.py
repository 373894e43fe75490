"""The bundled demo files name the questionnaire files they were answered with."""

import hashlib
import json

import pytest
from conftest import REPO

DEMOS = sorted((REPO / "resources" / "demo").glob("*.wen.json"))


@pytest.mark.parametrize("path", DEMOS, ids=lambda p: p.name)
def test_a_demo_names_the_checksum_of_the_bundled_questionnaire(path):
    # A stale checksum makes every `wen-assess import` of the demo print a note that the
    # questionnaire changed: refresh it whenever a bundled questionnaire file is edited.
    ref = json.loads(path.read_text(encoding="utf-8"))["assessment"]["questionnaire"]
    questionnaire = REPO / "questionnaires" / f"{ref['id']}.yaml"
    assert ref["checksum"] == hashlib.sha256(questionnaire.read_bytes()).hexdigest()


def test_every_demo_is_checked():
    assert len(DEMOS) == 5
