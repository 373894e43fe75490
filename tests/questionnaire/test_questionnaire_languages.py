"""Questionnaires in en, fr, es and pt: complete bundled translations, honest provenance, and
English standing in text by text where a translation is missing."""

import pytest
import yaml

from wen_assess.paths import questionnaires_dir
from wen_assess.questionnaire import (
    LANGUAGES,
    Text,
    in_language,
    language_code,
    load_questionnaire,
    missing_translations,
    parse_questionnaire,
)
from wen_assess.questionnaire.language import texts

G1 = questionnaires_dir() / "iccwc-wen-g1.yaml"
G2 = questionnaires_dir() / "iccwc-wen-g2.yaml"

# Bundled questionnaires whose every text is in all four languages. G2's texts are translated
# on another branch (issue 13): add "iccwc-wen-g2.yaml" here once it is merged.
COMPLETE = ["iccwc-wen-g1.yaml", "iccwc-wen-g2.yaml"]

# What each language's provenance must say: items are not official ICCWC text, and (for a
# translation) that it is a draft ICCWC has not reviewed.
NOT_OFFICIAL = {
    "en": "items are not official ICCWC text",
    "fr": "les items ne sont pas un texte officiel de l'ICCWC",
    "es": "los ítems no son texto oficial del ICCWC",
    "pt": "os itens não são texto oficial do ICCWC",
}
NOT_REVIEWED = {
    "fr": "Traduction provisoire, non revue par l'ICCWC",
    "es": "Traducción provisional, no revisada por el ICCWC",
    "pt": "Tradução provisória, não revista pelo ICCWC",
}


@pytest.mark.parametrize("name", COMPLETE)
def test_bundled_questionnaire_has_every_text_in_all_four_languages(name):
    q = load_questionnaire(questionnaires_dir() / name).questionnaire
    assert missing_translations(q) == {}
    for place, text in texts(q):
        for code in LANGUAGES:
            assert getattr(text, code), f"{name}: {place} has no {code}"


@pytest.mark.parametrize("path", [G1, G2])
def test_the_text_walk_finds_every_text_of_the_file(path):
    # Counted independently of the walk: every dumped mapping with exactly Text's keys.
    q = load_questionnaire(path).questionnaire

    def count(value):
        if isinstance(value, dict):
            own = set(value) == set(Text.model_fields)
            return own + sum(count(v) for v in value.values())
        if isinstance(value, list):
            return sum(count(v) for v in value)
        return 0

    walked = list(texts(q))
    assert len(walked) == count(q.model_dump())
    places = [place for place, _ in walked]
    assert len(places) == len(set(places))
    if path == G1:  # one item's texts, named as the loader names places
        assert "areas[1] (MEM).items[2] (G1-MEM-03).evidence[0]" in places


@pytest.mark.parametrize("path", [G1, G2])
def test_provenance_says_in_each_language_that_items_and_translations_are_not_iccwc(path):
    provenance = load_questionnaire(path).questionnaire.provenance
    for code, phrase in NOT_OFFICIAL.items():
        assert phrase in " ".join(getattr(provenance, code).split()), code
    for code, phrase in NOT_REVIEWED.items():
        assert phrase in " ".join(getattr(provenance, code).split()), code
    assert "ICCWC" in provenance.en and "translation" not in provenance.en.lower()


def test_g1_reads_in_each_language():
    q = load_questionnaire(G1).questionnaire
    fr, es, pt = (in_language(q, code) for code in ("fr", "es", "pt"))
    assert fr.item_title("G1-MEM-03") == "Groupes de travail interinstitutions nationaux"
    assert es.level(3) == "Hecho / adoptado formalmente"
    assert pt.area("GOV") == "Governação"
    assert fr.text(q.title).startswith("Liste de contrôle")
    assert "point focal national" in fr.actions_for("G1-MEM-02")[0]
    assert "points focaux" in fr.text(q.item("G1-DEL-01").evidence[0])
    assert "puntos focales" in es.text(q.item("G1-DEL-01").evidence[0])
    assert "ponto focal nacional" in pt.actions_for("G1-MEM-02")[0]
    assert fr.not_applicable() == "Sans objet"


def test_band_names_are_translated_but_english_stays_their_identifier():
    q = load_questionnaire(G1).questionnaire
    assert q.rules.critical_cap_band == "Developing"
    assert [b.name.en for b in q.bands] == ["Emerging", "Developing", "Consolidating", "Mature"]
    assert in_language(q, "fr").band("Developing") == "En développement"
    assert in_language(q, "es").band("Consolidating") == "En consolidación"
    assert in_language(q, "pt").band("Emerging") == "Emergente"
    assert in_language(q, "pt").band(None) == ""


def test_each_g1_item_gets_one_action_of_its_own_or_one_shared_on_purpose():
    # Review of issue 13 point 5: two pieces of work for two items are two actions, so a plan
    # row never tells an item to do another item's work. The one shared action is one meeting.
    q = load_questionnaire(G1).questionnaire
    for item in q.items:
        actions = [a for a in q.area_of(item.id).actions if item.id in a.items]
        assert len(actions) == 1, item.id
    shared = {a.id: a.items for area in q.areas for a in area.actions if len(a.items) > 1}
    assert shared == {"G1-GOV-A2": ["G1-GOV-03", "G1-GOV-04", "G1-GOV-05"]}


ENGLISH_ONLY = """\
id: user-checklist
version: "1"
title: {en: My checklist, fr: Ma liste}
provenance: Written by the network's secretariat.
scale:
  levels:
    - {value: 0, label: {en: "No", pt: "Não"}, meaning: Not done.}
    - {value: 1, label: "Yes", meaning: Done.}
bands: [{name: Low, min_score: 0}, {name: High, min_score: 50}]
rules: {critical_cap_band: Low, low_level_max: 0}
areas:
  - code: ONE
    name: First area
    items:
      - {id: I-1, title: {en: First, fr: Premier}, question: "Is it done?", established: Done.}
      - {id: I-2, title: Second, question: "Is that done?", established: Done.}
    actions: [{id: A-1, text: Do it., items: [I-1, I-2]}]
"""


def test_missing_translations_fall_back_to_english_text_by_text():
    q = parse_questionnaire(ENGLISH_ONLY.encode())
    fr = in_language(q, "fr")
    assert fr.text(q.title) == "Ma liste"
    assert fr.item_title("I-1") == "Premier"
    assert fr.item_title("I-2") == "Second"  # no French for this one: its English
    assert fr.level(0) == "No" and in_language(q, "pt").level(0) == "Não"
    assert fr.band("High") == "High"
    assert fr.actions_for("I-2") == ["Do it."]
    assert fr.text(q.description) == ""
    assert fr.not_applicable() == "Sans objet"  # the format's own default is translated


def test_missing_translations_are_counted_per_language_with_their_places():
    missing = missing_translations(parse_questionnaire(ENGLISH_ONLY.encode()))
    assert list(missing) == ["fr", "es", "pt"]
    assert "title" not in missing["fr"] and "title" in missing["es"]
    assert "areas[0] (ONE).items[1] (I-2).title" in missing["fr"]
    assert "areas[0] (ONE).items[0] (I-1).title" not in missing["fr"]
    assert "scale.levels[0].label" not in missing["pt"]
    assert "scale.not_applicable_label" not in missing["fr"]
    assert len(missing["es"]) == len(missing["fr"]) + 2  # fr has the title and one item title


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("pt_BR", "pt"),
        ("es-419", "es"),
        (" pt ", "pt"),
        ("de", "en"),
        ("", "en"),
        (None, "en"),
        ("model_fields", "en"),  # an attribute name is not a language
    ],
)
def test_language_codes_are_read_as_users_and_systems_write_them(written, code):
    assert language_code(written) == code
    text = Text(en="English", fr="Français", es="Español", pt="Português")
    assert (
        text.get(written)
        == {"en": "English", "fr": "Français", "es": "Español", "pt": "Português"}[code]
    )


def test_a_translation_may_not_be_blank():
    data = yaml.safe_load(ENGLISH_ONLY)
    data["title"]["fr"] = "   "
    from wen_assess.questionnaire import QuestionnaireError

    with pytest.raises(QuestionnaireError, match=r"title\.fr"):
        parse_questionnaire(yaml.dump(data, Dumper=yaml.CSafeDumper).encode())
