"""The interface language: which one, Qt's translators for it, and the questionnaire's words in it.

The interface's strings are marked with ``self.tr()`` / ``QCoreApplication.translate()``;
``translations/wen_assess_<lang>.ts`` hold their drafts (``tools/qt_catalogs.py`` refreshes
them with lupdate and compiles the ``.qm`` beside them). :func:`install` loads the ``.qm`` of a
language and Qt's own (standard buttons of dialogs); the main window then rebuilds its widgets,
so every text is made again through ``tr()``.

Values (dates, numbers, band names, "not scored") are written by :mod:`wen_assess.formatting`
in :func:`current`, and the questionnaire's texts come through :func:`wording`, each falling back
to English alone where it has no translation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wen_assess.vocabulary import ENGLISH, LANGUAGES

if TYPE_CHECKING:  # the questionnaire models load when a questionnaire is first shown
    from wen_assess.questionnaire.language import Wording
    from wen_assess.questionnaire.model import Questionnaire

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
CATALOG = "wen_assess"
# Qt ships Brazilian Portuguese for its own texts: close enough for OK/Cancel.
_QT_CATALOGS = {"fr": ("qtbase_fr",), "es": ("qtbase_es",), "pt": ("qtbase_pt_PT", "qtbase_pt_BR")}

_current = ENGLISH
_installed: list[QTranslator] = []


def current() -> str:
    """The interface language now (en, fr, es or pt)."""
    return _current


def wording(questionnaire: Questionnaire) -> Wording:
    """The questionnaire's texts in the interface language."""
    global _in_language
    if _in_language is None:  # imported once: an import statement costs µs at every click
        from wen_assess.questionnaire.language import in_language

        _in_language = in_language
    return _in_language(questionnaire, _current)


_in_language: Callable[[Questionnaire, str], Wording] | None = None


def from_locale(locale: QLocale) -> str:
    """The interface language for a system locale: its language if the app has it, else English."""
    code = locale.name().split("_")[0]
    return code if code in LANGUAGES else ENGLISH


def catalog_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOG}_{language}.qm"


def install(language: str, catalog: Path | None = None) -> str:
    """Make ``language`` the interface language: its translators replace the previous ones.

    ``catalog`` loads another compiled catalog instead of the app's (the pseudo-translation
    test). Widgets already built keep their texts: the window rebuilds them.
    """
    global _current
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else ENGLISH
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
        _installed.clear()
        for path in _catalogs(language, catalog):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(language))  # the calendar popup, spin boxes' decimal mark
    _current = language
    return language


def _catalogs(language: str, catalog: Path | None) -> list[Path]:
    # English is the source language: its catalog holds only the plural forms ("1 item").
    paths = [catalog] if catalog is not None else [catalog_path(language)]
    if language == ENGLISH:
        return paths
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in _QT_CATALOGS.get(language, ()):
        if (qt_dir / f"{name}.qm").is_file():
            paths.append(qt_dir / f"{name}.qm")
            break
    return paths


def core(text: str) -> str:
    """A word of the core (a status label...) in the interface language, through the outputs'
    gettext catalogs; English where they have none."""
    from wen_assess.i18n import translator

    return text if _current == ENGLISH else translator(_current).gettext(text)


def joined(parts: Iterable[str]) -> str:
    """Texts in one line, with the list separator as the interface language writes it
    (French: " ; ")."""
    from wen_assess.messages import LIST_SEPARATOR

    return core(LIST_SEPARATOR).join(parts)


def core_message(error: Exception) -> str:
    """A refusal of the core in the interface language: one made from a marked template
    (``ServiceError.worded``, or raised with a ``messages.Worded``) is translated before its
    values are put in; any other message is looked up whole, and stays English when the
    catalogs lack it."""
    from wen_assess.messages import of_error

    in_language = getattr(error, "in_language", None)  # the comparison engine's refusals
    if callable(in_language):
        return str(in_language(_current))
    return core_text(of_error(error))


def core_text(text: str) -> str:
    """A message of the core (an import's outcome, a file's refusal) in the interface language:
    one made from marked templates (``messages.Worded``) is translated before its values (file
    names, cells, the user's text) are put in; any other is looked up whole."""
    from wen_assess.messages import Worded

    if isinstance(text, Worded):
        return str(text) if _current == ENGLISH else text.in_language(core, _current)
    return core(text)


def startup_language(system: QLocale | None = None) -> str:
    """The language chosen in an earlier run; on a first start, the system's, else English."""
    from wen_assess.ui import settings

    chosen = settings.interface_language()
    if chosen in LANGUAGES:
        return chosen
    return from_locale(system if system is not None else QLocale.system())


def ensure_installed() -> None:
    """Install the current language's translators unless that was done already."""
    if not _installed:
        install(_current)


def write_problem(error: OSError) -> str:
    """Why a file could not be written (``files.write_problem``) in the interface language."""
    from wen_assess.files import write_problem as worded

    return core_text(worded(error))
