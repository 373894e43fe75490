"""Extract the outputs' words into the gettext catalogs and compile them.

    python tools/catalogs.py          # update locale/<lang>/LC_MESSAGES/wen_assess.po and .mo
    python tools/catalogs.py --check  # fail when a catalog is out of date, empty or fuzzy

It also writes ``locale/formats.json``: what :mod:`wen_assess.formatting` needs of each
language's CLDR data (decimal and group marks, the percent sign's spacing, the long date and
the month names), taken from Babel, so the app writes "40,8 %" and "7 décembre 2022" without
reading Babel's locale data at start-up.

The strings are the literal first arguments of ``_``, ``t``, ``N_`` and ``gettext`` calls (and
the first two of ``n``, ``n_``, ``ngettext`` and ``Counted``) in the modules that write the
report, the comparison PDF and the workbook, and the labels of :mod:`wen_assess.vocabulary`
(statuses, which the outputs print). Python's own parser finds them, inside f-strings too. A new
string gets an empty translation, which ``--check`` (and tests/test_i18n.py) refuses until it
is translated; a string no longer used is dropped.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "wen_assess"
LOCALE_DIR = PACKAGE / "locale"
DOMAIN = "wen_assess"
TRANSLATED = ("fr", "es", "pt")  # English is the source language
SOURCES = (
    "report/**/*.py",
    "plan.py",
    "plan_workbook.py",
    "formatting.py",
    "compare.py",
    "responses/**/*.py",
    "storage/errors.py",  # refusals the app shows in its interface language
    "storage/database.py",  # a database refused at open
    "storage/sqlite.py",
    "storage/postgres.py",  # a server database refused at open
    "storage/commands.py",
    "storage/history.py",  # a user name the history cannot keep
    "storage/queries.py",
    "storage/response_commands.py",
    "exchange/importer.py",  # the import dialogs' outcomes and the files' refusals
    "exchange/reader.py",
    "input_problems.py",  # the parsers' findings (JSON, Pydantic) in the user's language
    "input_files.py",  # why a file a user brings cannot be read
    "scoring.py",  # the engine's refusal of an answer or a target
    "records.py",
    "files.py",  # why a file could not be written
    "errors.py",  # where the details of a bug were written
    "messages.py",  # a finding at its place
    "exchange/export.py",
    "questionnaire/*.py",  # a questionnaire file's problems
)
SINGULAR = {"_", "t", "N_", "gettext"}
PLURAL = {"n", "n_", "ngettext", "Counted"}  # Counted: messages.Counted

Message = str | tuple[str, str]


def source_files() -> list[Path]:
    return sorted({path for pattern in SOURCES for path in PACKAGE.glob(pattern)})


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract() -> dict[Message, list[tuple[str, int]]]:
    """Message -> where it is used (file relative to the repository, line)."""
    found: dict[Message, list[tuple[str, int]]] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node)
            message: Message | None = None
            if name in SINGULAR:
                message = _literal(node.args[0])
            elif name in PLURAL and len(node.args) >= 2:
                singular, plural = _literal(node.args[0]), _literal(node.args[1])
                if singular is not None and plural is not None:
                    message = (singular, plural)
            if message is not None:
                found.setdefault(message, []).append((where, node.lineno))
    # The statuses' labels live where the database's checks read them, without a marker.
    from wen_assess.vocabulary import ACTION_STATUS_LABELS, STATUS_LABELS

    for label in (*STATUS_LABELS.values(), *ACTION_STATUS_LABELS.values()):
        found.setdefault(label, []).append(("wen_assess/vocabulary.py", 0))
    return found


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def updated_catalog(language: str, messages: dict[Message, list[tuple[str, int]]]) -> Catalog:
    """The catalog of ``language`` with exactly ``messages``, keeping their translations."""
    old = None
    if po_path(language).exists():
        with po_path(language).open("rb") as handle:
            old = read_po(handle, locale=language, domain=DOMAIN)
    catalog = Catalog(
        locale=language,
        domain=DOMAIN,
        project="wen-assess",
        copyright_holder="the wen-assess authors",
        header_comment=(
            "# The words of wen-assess's report, comparison PDF and action-plan workbook.\n"
            "# Draft translation by the wen-assess team, not reviewed by ICCWC.\n"
            "# Updated by tools/catalogs.py; edit the msgstr lines only."
        ),
        revision_date=None,
    )
    if old is not None:  # the header keeps its date, so that a check can compare the bytes
        catalog.creation_date = old.creation_date
    for message, locations in sorted(messages.items(), key=lambda m: str(m[0])):
        key = message[0] if isinstance(message, tuple) else message
        previous = old.get(key) if old is not None else None
        string: str | tuple[str, ...] = ("", "") if isinstance(message, tuple) else ""
        if previous is not None and not previous.fuzzy:
            string = previous.string
        catalog.add(message, string, locations=sorted(set(locations)))
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # File names without line numbers, so that moving code does not change the catalogs.
    write_po(out, catalog, width=100, sort_output=True, include_lineno=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


FORMATS_PATH = LOCALE_DIR / "formats.json"


def locale_formats() -> dict[str, dict[str, object]]:
    """Each translated language's number and date conventions, from Babel's CLDR data."""
    from babel import Locale

    formats: dict[str, dict[str, object]] = {}
    for language in TRANSLATED:
        locale = Locale.parse(language)
        symbols = locale.number_symbols["latn"]
        percent = locale.percent_formats[None].pattern
        formats[language] = {
            "decimal": symbols["decimal"],
            "group": symbols["group"],
            "minus": symbols["minusSign"],
            # The characters between the number and the sign: '#,##0 %' -> ' %'.
            "percent": percent[percent.rindex("0") + 1 :],
            "long_date": _date_template(locale.date_formats["long"].pattern),
            "months": [locale.months["format"]["wide"][m] for m in range(1, 13)],
        }
    return formats


def _date_template(pattern: str) -> str:
    """A CLDR date pattern ("d 'de' MMMM 'de' y") as a str.format template; only the fields
    the long dates of our languages use are known, so a new one fails here, not in a PDF."""
    fields = {"d": "{day}", "MMMM": "{month}", "y": "{year}"}
    template = ""
    for piece in re.finditer(r"'([^']*)'|([a-zA-Z])\2*|[^a-zA-Z']+", pattern):
        text = piece.group(0)
        if piece.group(2) is not None:  # a field: d, MMMM, y...
            if text not in fields:
                raise SystemExit(f"unknown date field {text!r} in the pattern {pattern!r}")
            template += fields[text]
        else:  # quoted ('de', and '' for a quote) or plain text
            literal = text if piece.group(1) is None else (piece.group(1) or "'")
            template += literal.replace("{", "{{").replace("}", "}}")
    return template


def formats_json() -> bytes:
    return (json.dumps(locale_formats(), ensure_ascii=False, indent=1) + "\n").encode()


def problems() -> list[str]:
    """What is out of date, untranslated or fuzzy in the committed catalogs."""
    found = []
    if not FORMATS_PATH.exists() or FORMATS_PATH.read_bytes() != formats_json():
        found.append(f"{FORMATS_PATH.relative_to(ROOT)} is not what tools/catalogs.py writes now")
    messages = extract()
    for language in TRANSLATED:
        catalog = updated_catalog(language, messages)
        path = po_path(language)
        if not path.exists() or path.read_bytes() != po_bytes(catalog):
            found.append(f"{path.relative_to(ROOT)} is not what tools/catalogs.py writes now")
        mo = path.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != mo_bytes(catalog):
            found.append(f"{mo.relative_to(ROOT)} is not compiled from the current catalog")
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                found.append(f"{language}: no finished translation of {message.id!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        print("\n".join(found) or "catalogs are up to date")
        return 1 if found else 0
    messages = extract()
    FORMATS_PATH.write_bytes(formats_json())
    for language in TRANSLATED:
        catalog = updated_catalog(language, messages)
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalog))
        path.with_suffix(".mo").write_bytes(mo_bytes(catalog))
        missing = sum(
            1
            for m in catalog
            if m.id and not all(m.string if isinstance(m.string, tuple) else (m.string,))
        )
        print(f"{path.relative_to(ROOT)}: {len(messages)} messages, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
