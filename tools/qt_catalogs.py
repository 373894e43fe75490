"""The interface translations: refresh the .ts sources (lupdate), compile the .qm (lrelease).

    python tools/qt_catalogs.py                 # lupdate the .ts from wen_assess/ui, then lrelease
    python tools/qt_catalogs.py --check         # fail if a .ts is stale or has an unfinished entry
    python tools/qt_catalogs.py --missing       # list the unfinished entries, per language
    python tools/qt_catalogs.py --missing --json > todo.json   # the same, as a file to fill in
    python tools/qt_catalogs.py --fill done.json               # write translations, then update

The sources are every ``tr()`` / ``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP()``
string under ``wen_assess/ui``. ``wen_assess_<lang>.ts`` (fr, es, pt) hold the translations;
``wen_assess_en.ts`` holds only the English plural forms ("1 item", "2 items") of ``%n``
strings. lupdate runs with ``-locations none``: the files change when a string does, not when
a line moves, so parallel edits to the UI merge without touching them.

A ``--fill`` file maps a language to its translations, keyed by source text (or by
``Context::source`` where one context needs another wording), a list for plural forms:
``{"fr": {"Saved {time}": "Enregistré {time}", "%n items": ["%n élément", "%n éléments"]}}``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "wen_assess" / "ui"
TRANSLATIONS = UI / "translations"
CATALOG = "wen_assess"
TRANSLATED = ("fr", "es", "pt")
PLURAL_ONLY = ("en",)  # the source language: only its plural forms need writing
ALL = PLURAL_ONLY + TRANSLATED
LOCALES = {"en": "en", "fr": "fr_FR", "es": "es_ES", "pt": "pt_PT"}


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    plural: bool


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{language}.qm"


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    """pyside6-lupdate / -lrelease from the interpreter's own environment first."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(language: str, folder: Path = TRANSLATIONS) -> None:
    command = [_tool("lupdate"), *map(str, sources()), "-ts", str(ts_path(language, folder))]
    command += ["-no-obsolete", "-locations", "none", "-target-language", LOCALES[language]]
    if language in PLURAL_ONLY:
        command.append("-pluralonly")
    subprocess.run(command, check=True, capture_output=True, text=True)


def lrelease(language: str, source: Path | None = None, target: Path | None = None) -> None:
    ts, qm = source or ts_path(language), target or qm_path(language)
    subprocess.run(
        [_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True
    )


def _messages(path: Path):  # type: ignore[no-untyped-def]
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield tree, name, message


def unfinished(language: str, folder: Path = TRANSLATIONS) -> list[Entry]:
    """Entries lupdate added and nobody translated yet (or marked unfinished)."""
    found = []
    for _tree, context, message in _messages(ts_path(language, folder)):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
        if translation is None or translation.get("type") == "unfinished" or not all(texts):
            plural = message.get("numerus") == "yes"
            found.append(Entry(context, message.findtext("source") or "", plural))
    return found


_PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}|%[nvm]")


def placeholder_problems(language: str, folder: Path = TRANSLATIONS) -> list[str]:
    """Translations that lose or invent a ``{name}`` or ``%n`` of their source (a singular form
    may leave ``%n`` out: "Confirm the answer")."""
    problems = []
    for _tree, context, message in _messages(ts_path(language, folder)):
        source = message.findtext("source") or ""
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for number, form in enumerate(forms):
            found = set(_PLACEHOLDER.findall(form))
            if number == 0 and len(forms) > 1:
                found.add("%n")  # "1 item" may be written "the item"
            if sorted(found) != wanted:
                problems.append(f"{language}: [{context}] {source!r} -> {form!r}")
    return problems


def contexts() -> set[str]:
    """The tr() contexts lupdate found: class names and translate() contexts."""
    return {context for _tree, context, _message in _messages(ts_path("fr"))}


def fill(language: str, translations: dict[str, str | list[str]]) -> int:
    """Write ``translations`` into the language's .ts; returns how many entries were filled."""
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = translations.get(f"{name}::{source}", translations.get(source))
            if value is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = [value] * 2 if isinstance(value, str) else list(value)
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _fix_doctype(path)
    return filled


def _fix_doctype(path: Path) -> None:
    # ElementTree drops the DOCTYPE line; lupdate (run next) writes the file in its own form.
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        head, _, rest = text.partition("\n")
        path.write_text(f"{head}\n<!DOCTYPE TS>\n{rest}", encoding="utf-8")


def pseudo_catalog(target: Path) -> Path:
    """A .qm translating every interface string to itself in brackets ("[Save]"), so a test
    can see which texts on screen did not go through tr()."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shutil.copy(ts_path("fr"), ts_path("fr", folder))
        tree = ET.parse(ts_path("fr", folder))
        for _context in tree.getroot().iter("context"):
            for message in _context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    for form in translation.iter("numerusform"):
                        form.text = f"[{source}]"
                else:
                    translation.text = f"[{source}]"
        tree.write(ts_path("fr", folder), encoding="utf-8", xml_declaration=True)
        lrelease("fr", ts_path("fr", folder), target)
    return target


def stale() -> list[str]:
    """The languages whose committed .ts differ from what lupdate writes from the code now."""
    changed = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for language in ALL:
            shutil.copy(ts_path(language), ts_path(language, folder))
            lupdate(language, folder)
            if ts_path(language, folder).read_bytes() != ts_path(language).read_bytes():
                changed.append(language)
    return changed


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in ALL:
        lupdate(language)
        lrelease(language)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if stale or unfinished")
    parser.add_argument("--missing", action="store_true", help="list unfinished entries")
    parser.add_argument("--json", action="store_true", help="with --missing: a --fill file")
    parser.add_argument("--fill", type=Path, metavar="FILE.json", help="write translations")
    args = parser.parse_args(argv)
    if args.check:
        problems = [
            f"{CATALOG}_{lang}.ts is out of date: run tools/qt_catalogs.py" for lang in stale()
        ]
        problems += [
            f"{lang}: unfinished [{e.context}] {e.source!r}"
            for lang in ALL
            for e in unfinished(lang)
        ]
        problems += [p for lang in ALL for p in placeholder_problems(lang)]
        problems += [
            f"context {name!r}: lupdate misread a tr() call (one after a translate() call in "
            "the same statement?): split the statement"
            for name in contexts()
            if not name.isidentifier()
        ]
        print("\n".join(problems) or "Qt catalogs up to date and complete")
        return 1 if problems else 0
    if args.fill:
        wanted = json.loads(args.fill.read_text(encoding="utf-8"))
        for language, translations in wanted.items():
            print(f"{language}: {fill(language, translations)} entries filled")
        update()
        return 0
    if args.missing:
        todo = {lang: unfinished(lang) for lang in ALL}
        if args.json:
            out = {
                lang: {e.source: ["", ""] if e.plural else "" for e in entries}
                for lang, entries in todo.items()
                if entries
            }
            print(json.dumps(out, ensure_ascii=False, indent=1))
        else:
            for lang, entries in todo.items():
                for e in entries:
                    print(f"{lang}\t{e.context}\t{e.source!r}")
        return 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
