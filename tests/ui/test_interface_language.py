"""The interface in English, French, Spanish and Portuguese, switched from the Language menu.

A switch rebuilds the window in the new language at once: the tests walk every visible widget
(texts, tooltips, window titles, accessible names, table headers and cells, menus, status bar)
and fail on any text still in the previous language, and check that the user's place is kept.
A pseudo-translation (every interface string wrapped in [...]) finds any string that does not
go through tr().
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from conftest import add_demo_library
from gui_helpers import G2, fresh_service, owner_item
from interface_texts import plain, visible_texts
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from wen_assess import formatting as fmt
from wen_assess.ui import language, zoom
from wen_assess.ui.assessment.pages import AreaPage
from wen_assess.vocabulary import LANGUAGE_NAMES

pytest_plugins = ("gui_helpers",)

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "wen_assess" / "ui" / "translations"
_PLACEHOLDER = re.compile(r"\\\{[a-z0-9_]*\\\}|%n")
_SEGMENTS = re.compile(r"\s{2,}|\n| · | — |: ")


@pytest.fixture(autouse=True)
def _english_again():
    """Each test here puts back what it changes (the language, the text size of the
    pseudo-translation's zoom step), so the next test does not depend on gui_helpers' reset."""
    size = zoom.current()
    yield
    language.install("en")
    zoom.apply(size)


# ---- what each language says -----------------------------------------------------------------


@cache
def catalog(code: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the texts of ``code`` (plural forms listed), as read on screen."""
    words: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(TRANSLATIONS / "wen_assess_fr.ts").getroot()
    translated = (
        ET.parse(TRANSLATIONS / f"wen_assess_{code}.ts").getroot() if code != "en" else None
    )
    by_key = {}
    if translated is not None:
        for context in translated.iter("context"):
            for message in context.iter("message"):
                t = message.find("translation")
                forms = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
                by_key[(context.findtext("name"), message.findtext("source"))] = forms
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            words[key] = [plain(t) for t in by_key.get(key, [key[1]])]
    return words


def _pattern(text: str) -> re.Pattern[str] | None:
    """A template as a pattern over the texts it makes; None when too little of it is words."""
    body = _PLACEHOLDER.sub("", re.escape(text))
    if len(re.findall(r"\w", re.sub(r"\\.", "", body))) < 8:
        return None
    return re.compile(_PLACEHOLDER.sub(".+", re.escape(text)) + r"\Z", re.DOTALL)


def _norm(text: str) -> str:
    return text.rstrip(":…").strip()


def left_in(previous: str, now: str, texts: list[tuple[str, str]]) -> list[str]:
    """The texts on screen that are still in ``previous`` (where ``now`` words them otherwise)."""
    old, new = catalog(previous), catalog(now)
    fixed: set[str] = set()
    patterns = []
    for key, forms in old.items():
        same = {_norm(form) for form in new[key]}
        for form in forms:
            if _norm(form) in same:
                continue  # the same in both languages ("Questionnaire", "Participants"...)
            if "{" in form or "%n" in form:
                if (p := _pattern(form)) is not None:
                    patterns.append(p)
            elif len(form) > 2:
                fixed.add(_norm(form))
    # One pattern for all the templates (each ends at \Z: matching any of them is matching
    # one), tried once per distinct piece: pages repeat most of their texts.
    any_template = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.DOTALL)
    verdicts: dict[str, bool] = {}

    def still_old(piece: str) -> bool:
        if piece not in verdicts:
            verdicts[piece] = piece in fixed or bool(patterns and any_template.match(piece))
        return verdicts[piece]

    found = []
    for where, text in texts:
        for piece in {text, *(s.strip() for s in _SEGMENTS.split(text))}:
            if still_old(_norm(piece)):
                found.append(f"{where}: {text!r}")
                break
    return found


def every_page(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The texts of the open assessment's pages, each shown in turn, then the first again."""
    view = window.view
    texts = []
    start = view.current_page().key
    for page in view.pages:
        view.show_page(page.key)
        texts += visible_texts(window)
    view.show_page(start)
    return texts


def switch(window, code: str) -> None:  # type: ignore[no-untyped-def]
    """Choose a language in View › Language, as the user does."""
    menu = window.language_menu
    action = next(a for a in menu.actions() if a.data() == code)
    assert action.text() == LANGUAGE_NAMES[code]  # each language named in itself
    action.trigger()
    QApplication.processEvents()


# ---- switching -------------------------------------------------------------------------------


def test_switching_retranslates_the_assessment_and_keeps_the_users_place(
    qtbot, make_window, service, db_path, demo_library_file
):
    add_demo_library(service, demo_library_file)
    sawen = next(s.id for s in service.list_summaries() if s.network_name == "SAWEN")
    window = make_window()
    window.open_assessment(sawen)
    view = window.view
    area = view.controller.questionnaire.areas[1]
    view.show_page(f"area:{area.code}")
    page = view.current_page()
    assert isinstance(page, AreaPage)
    item_id = area.items[2].id
    before = view.controller.answer(item_id)
    page.items[item_id].choose(3 if (before is None or before.level != 3) else 1)
    page.focus_item(item_id)
    english = every_page(window)
    assert not left_in("fr", "en", english)
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum() // 2)
    scrolled = page.scroll.verticalScrollBar().value()

    switch(window, "fr")

    assert window.view is not view and window.view.controller is view.controller
    new_page = window.view.current_page()
    assert new_page.key == f"area:{area.code}"
    assert owner_item(new_page.items, QApplication.focusWidget()) == item_id
    assert abs(new_page.scroll.verticalScrollBar().value() - scrolled) <= 40
    assert window.menuBar().actions()[0].text() == "&Fichier"
    french = every_page(window)
    assert not left_in("en", "fr", french), "\n".join(left_in("en", "fr", french))
    assert any("Domaine" in text or "Élément" in text for _, text in french)

    # The undo history outlived the view, its names now French; Ctrl+Z takes back the answer
    # given in English.
    assert window.undo_action.isEnabled()
    assert plain(window.undo_action.text()) == f"Annuler niveau de {item_id}"
    window.undo_action.trigger()
    with fresh_service(db_path) as svc:
        saved = next((a for a in svc.get(sawen).record.answers if a.item_id == item_id), None)
    assert (saved.level if saved else None) == (before.level if before else None)

    switch(window, "pt")
    portuguese = every_page(window)
    assert not left_in("fr", "pt", portuguese), "\n".join(left_in("fr", "pt", portuguese))


def test_switching_retranslates_the_library_and_the_comparison(
    qtbot, make_window, service, demo_library_file
):
    add_demo_library(service, demo_library_file)
    window = make_window()
    hawen = [s.id for s in service.list_summaries() if s.network_name == "HAWEN"]
    window.library.filter_edit.setText("HAWEN")
    window.library.select_ids(hawen)
    switch(window, "es")
    assert window.library.filter_edit.text() == "HAWEN"
    assert sorted(window.library.selected_ids()) == sorted(hawen)
    library = visible_texts(window)
    assert not left_in("en", "es", library), "\n".join(left_in("en", "es", library))
    assert ("QTableView cell", "7 de diciembre de 2022") in library  # dates in the language
    assert ("QTableView cell", fmt.percent(40.8, language="es")) in library  # "40,8 %"

    window.compare_assessments(hawen)
    view = window.comparison_view
    view.baseline_combo.setCurrentIndex(1)  # the later one as the baseline
    baseline = view.comparison.baseline
    switch(window, "fr")
    assert window.comparison_view is not view
    assert window.comparison_view.comparison.baseline == baseline
    assert window.comparison_view.baseline_combo.currentIndex() == 1
    compared = visible_texts(window)
    assert not left_in("es", "fr", compared), "\n".join(left_in("es", "fr", compared))
    assert not left_in("en", "fr", compared), "\n".join(left_in("en", "fr", compared))


def test_the_language_menu_names_each_language_in_itself_and_says_the_drafts_are_drafts(
    qtbot, make_window
):
    window = make_window()
    for code, draft in (
        ("fr", "Traduction provisoire, non revue par l'ICCWC"),
        ("es", "Traducción provisional, no revisada por el ICCWC"),
        ("pt", "Tradução provisória, não revista pelo ICCWC"),
    ):
        switch(window, code)
        texts = [a.text() for a in window.language_menu.actions()]
        assert texts[:4] == ["English", "Français", "Español", "Português"]
        assert draft in texts
        checked = [a.data() for a in window.language_menu.actions() if a.isChecked()]
        assert checked == [code]


def test_values_and_questionnaire_texts_follow_the_interface_language(qtbot, make_window, service):
    assessment_id = service.create(G2, "ROAVIS")
    window = make_window()
    switch(window, "fr")
    window.open_assessment(assessment_id)
    view = window.view
    q = view.controller.questionnaire
    area = q.areas[0]
    view.show_page(f"area:{area.code}")
    page = view.current_page()
    first = page.items[area.items[0].id]
    first.choose(2)
    assert area.name.fr in plain(page.findChildren(type(page.summary))[0].text()) or any(
        area.name.fr in text for _, text in visible_texts(window)
    )
    assert first.item_title == area.items[0].title.fr
    assert page.items[area.items[0].id].radios[2].text().endswith(q.scale.level(2).label.fr)
    view.show_page("results")
    results = view.current_page()
    overall = plain(results.overall.text())
    assert "Global" in overall and "%" in overall and "." not in overall.split("%")[0][-4:]
    assert re.search(r"\d,\d", overall)  # the French decimal comma


# ---- nothing hard-coded ----------------------------------------------------------------------


def _tools():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import qt_catalogs
    finally:
        sys.path.pop(0)
    return qt_catalogs


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _allowed(service, comparisons) -> tuple[list[str], set[str]]:  # type: ignore[no-untyped-def]
    """Texts that are not the interface's own, by rule: user data (every string of every stored
    record), questionnaire texts and identifiers, what the comparison engine words (compare.py,
    English in its PDF too), and the core's gettext words (shown whole, e.g. a status)."""
    from babel.messages.pofile import read_po

    from wen_assess.questionnaire.language import texts

    known: list[str] = []
    for summary in service.list_summaries():
        known += _strings(service.get(summary.id).record.model_dump(mode="json"))
    for loaded in service.registry.latest():
        q = loaded.questionnaire
        known += [q.id, q.version] + [item.id for item in q.items] + [a.code for a in q.areas]
        for _, text in texts(q):
            known += [t for t in (text.en, text.fr, text.es, text.pt) if t]
    for c in comparisons:
        known += [c.compatibility.statement]
        known += [x for left in c.left_out for x in (left.label, left.title, left.reason)]
        for ranked in (*c.areas_of_concern, *c.most_improved, *c.biggest_declines):
            known += [ranked.label, ranked.detail]
        known += [e.label for e in c.entries] + [e.title for e in c.entries]
        known += [t.network for t in c.trends] + [a.name for a in c.areas]
        known += [
            x
            for t in c.trends
            for ch in t.changes
            for x in (ch.title, ch.before_notes, ch.after_notes)
        ]
        known += [x for t in c.trends for f in t.follow_ups for x in (f.text, f.owner)]
    # Values as formatting.py writes them: the stored dates, written out.
    known += [
        fmt.long_date(date.fromisoformat(s[:10]))
        for s in known
        if re.match(r"\d{4}-\d{2}-\d{2}", s)
    ]
    po = REPO / "wen_assess" / "locale" / "fr" / "LC_MESSAGES" / "wen_assess.po"
    with po.open("rb") as handle:
        core = {m.id for m in read_po(handle) if isinstance(m.id, str) and m.id}
    known += [m for m in core if " " in m]  # "not scored" inside a composed text
    pieces = sorted({plain(k) for k in known if k and len(k.strip()) > 1}, key=len, reverse=True)
    return pieces, core | set(LANGUAGE_NAMES.values())


def _keys(text: str) -> bool:
    """Key names as Qt writes them ("Ctrl+Z, Alt+Backspace"): Qt's own catalog translates them."""
    parts = re.split(r", | / ", text)
    return all(
        not QKeySequence(p).isEmpty()
        and QKeySequence(p).toString(QKeySequence.SequenceFormat.PortableText) == p
        for p in parts
    )


_INNERMOST = re.compile(r"\[[^\[\]]*\]")
_NOT_WORDS = re.compile(
    r"\bv\d+(\.\d+)*\b|\bP[123]\b|wen-assess|\.wen\.json|\b[A-Z]{2,}[-\w]*\b|/\S+"
)


def hard_coded(texts: list[tuple[str, str]], pieces: list[str], whole: set[str]) -> list[str]:
    found = []
    left_of: dict[str, str | None] = {}  # a window shows the same text many times: judge it once
    for where, text in texts:
        if "Qt standard" in where:
            continue
        if text not in left_of:
            left_of[text] = _left_untranslated(text, pieces, whole)
        if left_of[text] is not None:
            found.append(f"{where}: {text!r} (left: {left_of[text]!r})")
    return found


def _left_untranslated(text: str, pieces: list[str], whole: set[str]) -> str | None:
    """What of ``text`` is words no catalog or user value accounts for, or None."""
    if text in whole or text.rstrip(".") in whole or _keys(text):
        return None
    rest = text
    for piece in pieces:
        if piece in rest:
            rest = rest.replace(piece, " ")
    while _INNERMOST.search(rest):
        rest = _INNERMOST.sub(" ", rest)
    rest = _NOT_WORDS.sub(" ", rest)
    return rest.strip() if re.search(r"[^\W\d_]{2,}", rest) else None


def test_a_pseudo_translation_finds_no_hard_coded_string(
    qtbot, make_window, service, tmp_path, dialogs, demo_library_file
):
    from wen_assess.ui.dialogs import NewAssessmentDialog
    from wen_assess.ui.find import FindDialog
    from wen_assess.ui.help import GuideDialog, ShortcutSheet

    add_demo_library(service, demo_library_file)
    pseudo = _tools().pseudo_catalog(tmp_path / "pseudo.qm")
    window = make_window()
    language.install("en", catalog=pseudo)
    window.retranslate()
    assert window.menuBar().actions()[0].text() == "[&File]"
    texts = visible_texts(window)

    sawen = next(s.id for s in service.list_summaries() if s.network_name == "SAWEN")
    window.open_assessment(sawen)
    texts += every_page(window)
    window.view.show_page("results")
    window.view.current_page().complete_button.click()  # refused: the message is worded too
    from wen_assess.ui.presentation import PresentationView

    area = window.view.controller.questionnaire.areas[0]
    presentation = PresentationView(window.view.controller, area, area.items[0].id, window)
    texts += visible_texts(presentation)
    presentation.deleteLater()
    window.show_library()

    hawen = [s.id for s in service.list_summaries() if s.network_name == "HAWEN"]
    window.compare_assessments(hawen)
    texts += visible_texts(window)
    comparison = window.comparison_view.comparison
    window.show_library()

    # Dialogs the menus open (answered "no" by the dialogs fixture).
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    window.delete(sawen)
    window.reassess(sawen)
    window.import_dialog()
    window.export_dialog(sawen)
    window.report_dialog(sawen)
    window.plan_dialog(sawen)
    window.zoom(+1)
    texts += [(f"{c.kind} dialog", plain(t)) for c in dialogs.calls for t in (c.title, c.text) if t]
    texts.append(("status bar", window.statusBar().currentMessage()))

    for dialog in (
        NewAssessmentDialog(service.registry.latest(), window),
        FindDialog(service.registry.latest()[0].questionnaire, window),
        ShortcutSheet(window),
        GuideDialog(window),
    ):
        texts += visible_texts(dialog)
        dialog.deleteLater()
    pieces, whole = _allowed(service, [comparison])
    problems = hard_coded(texts, pieces, whole)
    assert not problems, "\n".join(problems)


# ---- which language at start-up --------------------------------------------------------------

# Starts the real app (wen_assess.ui.app.run) and, instead of entering the event loop, prints
# the window's menu titles.
_START = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

def shown(_app=None):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    print("|".join(a.text() for a in window.menuBar().actions()), flush=True)
    return 0

QApplication.exec = shown
from wen_assess.ui.app import run
sys.exit(run())
"""


def menus_at_start(locale: str) -> list[str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=f"{locale}.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _START], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1].split("|")


def test_the_first_start_follows_the_system_language_and_the_choice_survives_a_restart(
    qtbot, make_window
):
    assert menus_at_start("fr_FR")[0] == "&Fichier"
    assert menus_at_start("de_DE")[0] == "&File"  # a language the app lacks: English

    window = make_window()
    switch(window, "es")
    window.close()
    assert menus_at_start("fr_FR")[0] == "&Archivo"  # the user's choice, not the system's


def test_english_says_one_item_not_one_items(qtbot, make_window, service):
    """English has its own plural forms too (the en catalog holds only those)."""
    from wen_assess.ui.find import FindDialog

    window = make_window()
    dialog = FindDialog(service.registry.latest()[0].questionnaire, window)
    first = service.registry.latest()[0].questionnaire.items[0]
    dialog.query.setText(first.id)
    assert dialog.count.text() == "1 item"
    dialog.query.setText("")
    assert dialog.count.text().endswith(" items")


# ---- the catalogs ----------------------------------------------------------------------------


def test_the_committed_catalogs_are_what_lupdate_makes_now_and_complete():
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "qt_catalogs.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_compiled_catalogs_match_their_sources(tmp_path):
    """The shipped .qm are lrelease of the committed .ts (nobody forgot to compile)."""
    tools = _tools()
    for code in tools.ALL:
        tools.lrelease(code, tools.ts_path(code), tmp_path / f"{code}.qm")
        assert (tmp_path / f"{code}.qm").read_bytes() == tools.qm_path(code).read_bytes(), code


# ---- the core's refusals -----------------------------------------------------------------------


def test_a_storage_refusal_reaches_the_user_in_the_interface_language(
    qtbot, make_window, service, dialogs, monkeypatch
):
    from wen_assess.storage.errors import storage_failure

    assessment_id = service.create(G2, "ROAVIS")
    window = make_window()
    switch(window, "es")
    window.open_assessment(assessment_id)
    view = window.view
    area = view.controller.questionnaire.areas[0]
    view.show_page(f"area:{area.code}")

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise storage_failure("database or disk is full")

    monkeypatch.setattr(service, "set_answer", full)
    view.current_page().items[area.items[0].id].choose(2)
    (warning,) = dialogs.of("warning")
    assert warning.title == "No guardado"
    assert warning.text == (
        "No guardado: el disco está lleno. Libere espacio; sus respuestas anteriores están a salvo."
    )
    assert view.saved_label.text() == "No guardado"


def test_the_user_guide_opens_in_the_interface_language(qtbot, make_window):
    from wen_assess.ui.help import GuideDialog

    window = make_window()
    for code, heading in (
        ("en", "a short guide"),
        ("fr", "guide rapide"),
        ("es", "guía breve"),
        ("pt", "guia rápido"),
    ):
        switch(window, code)
        dialog = GuideDialog(window)
        assert heading in dialog.browser.toPlainText()
        dialog.deleteLater()


def test_the_app_folder_carries_every_compiled_catalog_and_no_source():
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import layout
    finally:
        sys.path.pop(0)
    shipped = {
        Path(source).name for source, dest in layout.data_files() if "ui/translations" in dest
    }
    assert shipped == {f"wen_assess_{code}.qm" for code in ("en", "fr", "es", "pt")}


def test_the_import_summary_is_in_the_interface_language(qtbot, make_window, dialogs):
    from wen_assess.demo import DEMO_KEYS, demo_path

    window = make_window()
    switch(window, "fr")
    path = demo_path(DEMO_KEYS[0])
    window.import_paths([path, path])
    (box,) = dialogs.of("information")
    assert box.title == "Importation"
    assert box.text.startswith("1 importé(s), 1 déjà présent(s), 0 rejeté(s).")
    assert f"{path.name}: importé — " in box.text
    assert f"{path.name}: déjà présent — " in box.text


def test_a_page_another_view_adds_is_rebuilt_in_the_new_language(qtbot, make_window):
    """The contract for views added later: tr() in their constructor, and a rebuilt() copy."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    class Agenda(QWidget):
        def __init__(self, note: str) -> None:
            super().__init__()
            self.note = note
            self.title = QLabel(QApplication.translate("MainWindow", "&File"))
            QVBoxLayout(self).addWidget(self.title)

        def rebuilt(self) -> QWidget:
            return Agenda(self.note)

    window = make_window()
    window.stack.addWidget(Agenda("kept"))
    window.stack.setCurrentIndex(window.stack.count() - 1)
    switch(window, "pt")
    page = window.stack.currentWidget()
    assert isinstance(page, Agenda) and page.note == "kept"
    assert page.title.text() == "&Ficheiro"


# ---- the dialogs merged beside the translation: responses, history, conflict, comparison -----


def _with_responses(service, tmp_path) -> int:  # type: ignore[no-untyped-def]
    """HAWEN with three members' forms imported (one critical item with a median of 1.5)."""
    from response_helpers import create_hawen, fill, forms_for

    from wen_assess.responses.workflow import import_responses

    assessment = create_hawen(service)
    said = {  # country: (focal point, levels given); G2-MEM-04 has 1, 2 and N/A
        "Kenya": ("W. Kamau", {"G2-MEM-01": 1, "G2-MEM-04": 1}),
        "Uganda": ("Nakato", {"G2-MEM-01": 3, "G2-MEM-04": 2}),
        "Sudan": ("Hassan", {"G2-MEM-01": 3, "G2-MEM-04": "Not applicable"}),
    }
    forms = forms_for(service, assessment, tmp_path / "forms", list(said))
    for country, (name, levels) in said.items():
        fill(forms[country], levels, name=name, notes={"G2-MEM-04": f"{name}'s view"})
    list(import_responses(service, assessment, forms.values()))
    return assessment


def _open_responses(window, assessment: int):  # type: ignore[no-untyped-def]
    from wen_assess.ui.responses import ResponsesDialog
    from wen_assess.ui.responses.agenda_dialog import AgendaDialog

    window.open_assessment(assessment)
    dialog = ResponsesDialog(window.view.controller, window)
    dialog.show()
    agenda = AgendaDialog(dialog.consolidation, window.view.controller, dialog)
    return dialog, agenda


def _rows(dialog) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every row of the responses table shown in turn: the detail pane is read for each."""
    texts = []
    for row in range(dialog.model.rowCount()):
        dialog.select_row(row)
        texts += visible_texts(dialog)
    return texts


def _agenda(agenda) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [("agenda", line) for line in agenda.text.toPlainText().splitlines() if line]


def _english_only(texts: list[tuple[str, str]], english: set[str]) -> list[str]:
    """The texts that hold one of ``english`` as whole words ("Finance" is not in
    "Financement")."""
    patterns = [(e, re.compile(rf"(?<!\w){re.escape(e)}(?!\w)")) for e in english if e]
    # The plain substring test first: it rules out nearly every pair, far faster than a search.
    return [f"{w}: {t!r}" for w, t in texts for e, p in patterns if e in t and p.search(t)]


def _conflict():  # type: ignore[no-untyped-def]
    from datetime import datetime

    from wen_assess.records import AnswerRecord, ChangeRecord
    from wen_assess.storage.service import Conflict

    item_id = "G2-GOV-01"
    last = ChangeRecord(at=datetime(2026, 3, 2, 12, 0), by="Bruno", what="answer", item_id=item_id)
    theirs = AnswerRecord(item_id=item_id, notes="his note", flagged=True)
    return Conflict(item_id, theirs, {"notes": "my note", "flagged": False}, last)


def _history_and_conflict(window, monkeypatch, assessment: int):  # type: ignore[no-untyped-def]
    """The assessment's history (each change selected in turn, its details read), an item's
    history from its context menu, and a conflict dialog, as opened from the window."""
    from wen_assess.ui.assessment.conflict_dialog import ConflictDialog
    from wen_assess.ui.history_view import HistoryDialog

    shown: list[QDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: shown.append(self) or 0)
    window.open_assessment(assessment)
    window.show_history(assessment)
    window.view.jump_to_item("G2-GOV-01")
    window.view.current_page().items["G2-GOV-01"].show_history()
    window.view._resolve_conflict(_conflict())
    texts = []
    for dialog in shown:
        texts += visible_texts(dialog)
        if isinstance(dialog, HistoryDialog):
            for row in range(dialog.table.topLevelItemCount()):
                dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
                texts += [("history details", line) for line in
                          dialog.details.toPlainText().splitlines()]  # fmt: skip
            texts += [("history line", line) for line in dialog.lines()]
    return shown, texts


def _changes(service) -> int:  # type: ignore[no-untyped-def]
    assessment = service.create(G2, "ROAVIS")
    service.set_answer(assessment, "G2-GOV-01", level=2, notes="founding act signed")
    service.set_answer(assessment, "G2-GOV-01", flagged=True, level=3)
    service.update_profile(assessment, facilitator="A. Mwangi")
    return assessment


def test_the_responses_window_and_its_agenda_follow_the_interface_language(
    qtbot, make_window, service, tmp_path
):
    from wen_assess.ui.responses.model import MEDIAN, PROPOSAL

    assessment = _with_responses(service, tmp_path)
    window = make_window()
    switch(window, "fr")
    dialog, agenda = _open_responses(window, assessment)
    q = dialog.q
    texts = _rows(dialog) + visible_texts(agenda) + _agenda(agenda)
    assert not left_in("en", "fr", texts), "\n".join(left_in("en", "fr", texts))

    # The questionnaire's texts and levels in French, none of their English left.
    english = set()
    for item in q.items:
        english |= {t.en for t in (item.title, item.question) if t.fr and t.fr != t.en}
    english |= {lv.label.en for lv in q.scale.levels if lv.label.fr != lv.label.en}
    english |= {area.name.en for area in q.areas if area.name.fr != area.name.en}
    assert not _english_only(texts, english), "\n".join(_english_only(texts, english))
    row = next(n for n, v in enumerate(dialog.model.views) if v.item_id == "G2-MEM-04")
    dialog.select_row(row)
    item = q.item("G2-MEM-04")
    assert item.title.fr in plain(dialog.item_heading.text())
    assert dialog.question.text() == item.question.fr
    # The median of 1 and 2 with a French decimal comma, here and in the agenda.
    assert dialog.model.index(row, MEDIAN).data() == "1,5"
    assert "médiane 1,5" in plain(dialog.facts.text()).lower()
    assert dialog.model.index(row, PROPOSAL).data() == f"1 – {q.scale.level(1).label.fr}"
    combo = [dialog.agreed.itemText(n) for n in range(dialog.agreed.count())]
    assert f"2 – {q.scale.level(2).label.fr}" in combo
    agenda_text = agenda.text.toPlainText()
    assert item.title.fr in agenda_text and "1,5" in agenda_text
    assert any(area.name.fr in agenda_text for area in q.areas)
    agenda.close()
    dialog.close()


def test_the_history_and_the_conflict_dialogs_follow_the_interface_language(
    qtbot, make_window, service, monkeypatch
):
    from wen_assess.ui.assessment.conflict_dialog import ConflictDialog
    from wen_assess.ui.history_view import local_time

    assessment = _changes(service)
    window = make_window()
    switch(window, "fr")
    shown, texts = _history_and_conflict(window, monkeypatch, assessment)
    assert not left_in("en", "fr", texts), "\n".join(left_in("en", "fr", texts))
    title = window.view.controller.questionnaire.item("G2-GOV-01").title
    assert not _english_only(texts, {title.en, "true", "false"})
    # Dates in French, the values of a flag said in words.
    when = fmt.long_date(local_time(service.history(assessment)[-1].at).date(), "fr")
    assert any(when in text for _, text in texts)
    assert any(text.endswith(": oui") for where, text in texts if where == "history details")
    conflict = next(d for d in shown if isinstance(d, ConflictDialog))
    intro = [t for _, t in visible_texts(conflict) if t.startswith("Bruno")]
    assert intro and title.fr in intro[0] and "2 mars 2026" in intro[0]
    names = {w.accessibleName() for w in conflict.findChildren(QLabel) if w.accessibleName()}
    assert "Notes, la leur" in names and "Notes, la mienne" in names


def test_the_comparisons_sentences_and_left_out_assessments_are_in_the_interface_language(
    qtbot, make_window, service, demo_library_file
):
    from wen_assess.compare import ranked_detail

    add_demo_library(service, demo_library_file)
    names = {s.id: s.network_name for s in service.list_summaries()}
    carwen = [i for i, n in names.items() if n == "CAR-WEN"]  # G1: left out
    hawen = [i for i, n in names.items() if n == "HAWEN"]
    window = make_window()
    switch(window, "fr")
    window.compare_assessments(carwen + hawen)
    view = window.comparison_view
    c = view.comparison
    assert c.left_out and c.most_improved
    texts = visible_texts(window)
    assert not left_in("en", "fr", texts), "\n".join(left_in("en", "fr", texts))
    assert view.compatibility.text() == c.compatibility.statement_in("fr")
    [left] = c.left_out
    assert left.reason_in("fr") in view.left_out.text()
    english = {c.compatibility.statement, left.reason}
    english |= {r.detail for r in (*c.most_improved, *c.areas_of_concern)}
    assert not _english_only(texts, english), "\n".join(_english_only(texts, english))
    shown = {text for _, text in texts}
    for ranked in (*c.most_improved, *c.areas_of_concern):
        assert ranked_detail(ranked, c.entries, "fr") in shown


def test_a_pseudo_translation_finds_no_hard_coded_string_in_the_merged_dialogs(
    qtbot, make_window, service, tmp_path, monkeypatch, demo_library_file
):
    add_demo_library(service, demo_library_file)
    responded = _with_responses(service, tmp_path)
    changed = _changes(service)
    pseudo = _tools().pseudo_catalog(tmp_path / "pseudo.qm")
    window = make_window()
    language.install("en", catalog=pseudo)
    window.retranslate()

    dialog, agenda = _open_responses(window, responded)
    texts = _rows(dialog) + visible_texts(agenda) + _agenda(agenda)
    agenda.close()
    dialog.close()
    window.show_library()
    _, more = _history_and_conflict(window, monkeypatch, changed)
    texts += more
    window.show_library()
    names = {s.id: s.network_name for s in service.list_summaries()}
    window.compare_assessments([i for i, n in names.items() if n in ("CAR-WEN", "HAWEN")])
    texts += visible_texts(window)

    pieces, whole = _allowed(service, [window.comparison_view.comparison])
    # User data the records do not carry: who responded and what they wrote, the conflict's
    # values; and the dates of the changes as formatting.py writes them.
    from wen_assess.ui.history_view import local_time

    extra = ["his note", "my note", "Bruno", service.user]
    for response in service.responses(responded):
        extra += [response.country, response.respondent, response.agency, response.source]
        extra += [x for a in response.answers for x in (a.justification, a.notes) if x]
    extra += [fmt.long_date(local_time(e.at).date()) for e in service.history(changed)]
    extra += [fmt.long_date(date(2026, 3, 2))]
    pieces = sorted({*pieces, *(plain(x) for x in extra if x and len(x) > 1)}, key=len)[::-1]
    problems = hard_coded(texts, pieces, whole)
    assert not problems, "\n".join(problems)
