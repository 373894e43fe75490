"""A server database refused at open, and an answer or a target the service refuses, read in
the interface language down to the last part: each refusal is made of marked templates, with
the values (the masked address, the item, the server's own words) put in after translation."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import pytest
from any_database import holding_other_tables
from babel.messages.pofile import read_po
from language_helpers import LOCALE, english_left
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from wen_assess.i18n import translator
from wen_assess.messages import Worded, of_error
from wen_assess.questionnaire import default_registry
from wen_assess.storage import postgres
from wen_assess.storage.database import DatabaseError, UpgradeNeeded, open_database
from wen_assess.storage.location import locate
from wen_assess.storage.service import AssessmentService, InvalidAnswer, ServiceError

G2 = "iccwc-wen-g2"
LANGUAGES = ("fr", "es", "pt")


def templates(text: object) -> Iterator[str]:
    """Every template a message is made of, its parts' included."""
    if isinstance(text, Worded):
        yield text.template
        for value in text.params.values():
            yield from templates(value)


@cache
def translated(code: str) -> frozenset[str]:
    """The templates the catalog of ``code`` has a translation for."""
    with (LOCALE / code / "LC_MESSAGES" / "wen_assess.po").open("rb") as handle:
        return frozenset(m.id for m in read_po(handle, locale=code) if m.id and m.string)


def assert_worded_throughout(message: str) -> None:
    assert isinstance(message, Worded), f"not a template: {message!r}"
    for code in LANGUAGES:
        for template in templates(message):
            assert template in translated(code), (code, template)
    assert english_left(message.in_language(translator("fr").gettext)) == []


def refusal_at_open(url: str) -> str:
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    return of_error(caught.value)


# ---- a server database refused at open -------------------------------------------------------


def test_no_server_at_the_address_in_french(pg_url):
    url = make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    message = refusal_at_open(url)
    assert str(message).endswith("no server answers at 127.0.0.1:1 (is it running, and is "
                                 "the address right?)")  # fmt: skip
    assert_worded_throughout(message)
    french = message.in_language(translator("fr").gettext)
    assert "aucun serveur ne répond à 127.0.0.1:1" in french
    assert make_url(pg_url).password not in french and ":***@127.0.0.1:1/" in french


def test_a_wrong_password_and_a_missing_database_in_every_language(pg_url):
    wrong = make_url(pg_url).set(password="not-the-password").render_as_string(False)
    missing = make_url(pg_url).set(database="no_such_db").render_as_string(False)
    for url, english in (
        (wrong, "refused the user name or password"),
        (missing, "the server has no database no_such_db"),
    ):
        message = refusal_at_open(url)
        assert english in message
        assert_worded_throughout(message)
        assert "not-the-password" not in message.in_language(translator("es").gettext)
    spanish = refusal_at_open(missing).in_language(translator("es").gettext)
    assert "el servidor no tiene ninguna base de datos no_such_db" in spanish


def test_a_database_holding_other_tables_in_french(pg_databases):
    with holding_other_tables(pg_databases) as url:
        message = refusal_at_open(url)
    assert "holds other tables" in message
    assert_worded_throughout(message)
    assert "contient d'autres tables" in message.in_language(translator("fr").gettext)


def test_the_upgrade_request_and_the_missing_driver_are_worded(pg_url, monkeypatch):
    label = locate(pg_url).label
    needed = UpgradeNeeded(label, "0003")
    assert_worded_throughout(of_error(needed))
    portuguese = of_error(needed).in_language(translator("pt").gettext)
    assert "está na versão 0003" in portuguese and "--upgrade" in portuguese

    monkeypatch.setitem(__import__("sys").modules, "psycopg", None)  # as if not installed
    message = refusal_at_open(pg_url)
    assert 'pip install "wen-assess[postgres]"' in message
    assert_worded_throughout(message)
    assert "le pilote PostgreSQL n'est pas installé" in message.in_language(
        translator("fr").gettext
    )


@pytest.mark.parametrize(
    ("driver_says", "english"),
    [
        ("connection timeout expired", "the server at db.example.org:5432 did not answer in time"),
        ('could not translate host name "db.example.org"', "the server name db.example.org"),
        ('role "anna" does not exist', "the server has no user anna"),
        ("permission denied for schema public", "the user may not do this here"),
        ("something no one foresaw", "cannot open the database"),
    ],
)
def test_each_kind_of_connection_problem_is_worded(driver_says, english):
    location = locate("postgresql://anna:s3cret@db.example.org/wen")
    error = OperationalError("connect", {}, Exception(driver_says))
    message = postgres.connection_problem(location, error)
    assert english in message and "s3cret" not in message
    assert_worded_throughout(message)
    if driver_says == "something no one foresaw":  # the server's own words, kept as they are
        assert driver_says in message.in_language(translator("fr").gettext)


# ---- the service's own refusals --------------------------------------------------------------


@pytest.fixture
def service(tmp_path):
    database = open_database(tmp_path / "refusals.sqlite")
    yield AssessmentService(database, default_registry())
    database.close()


def test_a_level_off_the_scale_is_refused_in_french_naming_the_item(service):
    assessment = service.create(G2, "SAWEN")
    with pytest.raises(InvalidAnswer) as caught:
        service.set_answer(assessment, "G2-MEM-01", level=7)
    message = of_error(caught.value)
    assert message == "G2-MEM-01: level 7 is not on the scale [0, 1, 2, 3]"
    assert_worded_throughout(message)
    french = message.in_language(translator("fr").gettext)
    assert french.startswith("G2-MEM-01 : ") and "7" in french
    assert service.get(assessment).record.answers == []  # nothing was written


def test_a_target_off_the_scale_and_an_unknown_area_are_refused_in_spanish(service):
    assessment = service.create(G2, "SAWEN")
    with pytest.raises(ServiceError) as off_scale:
        service.set_target(assessment, "GOV", 9)
    with pytest.raises(ServiceError) as unknown:
        service.set_target(assessment, "XYZ", None)
    assert of_error(off_scale.value) == "target of GOV: 9 is outside the scale (0 to 3)"
    assert of_error(unknown.value) == "XYZ is not an area of iccwc-wen-g2"
    for refusal in (off_scale.value, unknown.value):
        assert_worded_throughout(of_error(refusal))
    spanish = of_error(off_scale.value).in_language(translator("es").gettext)
    assert spanish.startswith("meta de GOV: ")
    assert service.get(assessment).record.targets == {}


def test_a_completed_assessment_a_missing_one_and_an_empty_network_name_are_worded(service):
    assessment = service.create(G2, "SAWEN")
    for item in service.questionnaire_of(service.get(assessment).record).items:
        service.set_answer(assessment, item.id, level=2)
    service.complete(assessment)
    refusals = []
    for attempt in (
        lambda: service.set_answer(assessment, "G2-MEM-01", level=3),  # completed meanwhile
        lambda: service.set_answer(assessment + 1, "G2-MEM-01", level=3),  # deleted meanwhile
        lambda: service.update_profile(assessment, network_name="  "),
        lambda: service.create(G2, ""),
    ):
        with pytest.raises(ServiceError) as caught:
            attempt()
        refusals.append(of_error(caught.value))
    assert refusals == [
        "this assessment is completed: reopen it to change its answers",
        f"no assessment number {assessment + 1}",
        "the network's name cannot be empty",
        "the network's name is required",
    ]
    for message in refusals:
        assert_worded_throughout(message)
    french = [m.in_language(translator("fr").gettext) for m in refusals]
    assert french[0] == "cette évaluation est terminée : rouvrez-la pour modifier ses réponses"
    assert french[1] == f"aucune évaluation numéro {assessment + 1}"
