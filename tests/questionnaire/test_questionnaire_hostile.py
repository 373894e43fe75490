"""Hostile files in the user's questionnaires folder: reported, never fatal, never a hang.

Issue 10, cases 2 and 6, and the fuzz test over questionnaire files: every problem comes back
as a QuestionnaireError naming the file; nothing else escapes the loader.
"""

from __future__ import annotations

import functools
import os
import socket
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from no_hang import no_hang

from wen_assess.cli import main
from wen_assess.paths import questionnaires_dir, user_questionnaires_dir
from wen_assess.questionnaire import QuestionnaireError, default_registry, parse_questionnaire
from wen_assess.questionnaire.loader import MAX_FILE_BYTES, load_questionnaire

G2 = questionnaires_dir() / "iccwc-wen-g2.yaml"


def run(capsys, *args: str) -> tuple[int, str]:
    with no_hang():
        code = main(list(args))
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "Traceback" not in out and "unexpected error" not in out, out
    return code, out


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()


def _folder(path: Path) -> None:
    path.mkdir()


def _dangling(path: Path) -> None:
    path.symlink_to(path.with_name("nowhere.yaml"))


def _link_to_fifo(path: Path) -> None:
    target = path.with_name("hidden-pipe")
    os.mkfifo(target)
    path.symlink_to(target)


def _nested(path: Path) -> None:
    path.write_text("[" * 100_000 + "]" * 100_000)


def _nested_mapping(path: Path) -> None:
    path.write_text("".join(f"{' ' * i}k{i}:\n" for i in range(2000)))


def _huge_int(path: Path) -> None:
    path.write_text("format_version: " + "9" * 100_000 + "\n")


def _too_big(path: Path) -> None:
    path.write_bytes(b"# x\n" * (MAX_FILE_BYTES // 4 + 1))


def _huge_key(path: Path) -> None:
    # An explicit key ("? "): a plain one may be at most 1,024 characters in YAML.
    path.write_text(f"? {'k' * 1_000_000}\n: 1\n? {'k' * 1_000_000}\n: 2\n")


def _huge_unknown_field(path: Path) -> None:
    data = yaml.safe_load(G2.read_text(encoding="utf-8"))
    data["x" * 500_000] = 1
    path.write_text(yaml.dump(data, Dumper=yaml.CSafeDumper), encoding="utf-8")


def _unhashable_key(path: Path) -> None:
    path.write_text("? [a, b]\n: 1\n? [a, b]\n: 2\n")


def _bad_date(path: Path) -> None:
    path.write_text("when: 2024-02-30\n")


HOSTILE = {
    "fifo": _fifo,
    "socket": _socket,
    "folder": _folder,
    "dangling link": _dangling,
    "link to a fifo": _link_to_fifo,
    "100,000 nested brackets": _nested,
    "2,000 nested mappings": _nested_mapping,
    "100,000-digit number": _huge_int,
    "over the size limit": _too_big,
    "1 MB duplicate key": _huge_key,
    "500 kB unknown field": _huge_unknown_field,
    "unhashable key": _unhashable_key,
    "impossible date": _bad_date,
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_user_file_is_reported_and_the_commands_still_work(capsys, tmp_path, kind):
    folder = user_questionnaires_dir()
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / "bad.yaml"
    HOSTILE[kind](bad)

    code, out = run(capsys, "questionnaires")
    assert code == 0
    assert "iccwc-wen-g2" in out  # the bundled ones still load
    assert f"skipped {bad}" in out
    assert max(len(line) for line in out.splitlines()) < 400

    code, out = run(capsys, "--db", str(tmp_path / "a.sqlite"), "list")
    assert code == 0
    assert str(bad) in out

    code, out = run(capsys, "validate", str(bad))
    assert code == 1
    assert str(bad) in out
    assert max(len(line) for line in out.splitlines()) < 400


def test_the_gui_registry_reports_the_same_files(tmp_path):
    folder = user_questionnaires_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in HOSTILE.items():
        make(folder / f"{name.replace(' ', '-')}.yaml")
    with no_hang():
        registry = default_registry()
        errors = registry.errors
    assert len(errors) == len(HOSTILE)
    assert all(e.problems and e.path.endswith(".yaml") for e in errors)


def test_reading_stops_at_the_limit_whatever_the_size_says(tmp_path, monkeypatch):
    # A file whose size the system reports wrongly (a growing file, /proc): the bounded read
    # is what stops it, not st_size.
    path = tmp_path / "grows.yaml"
    path.write_bytes(b"# x\n" * (MAX_FILE_BYTES // 4 + 10))
    real_fstat = os.fstat

    class _Small:
        def __init__(self, st):
            self._st = st

        def __getattr__(self, name):
            return 10 if name == "st_size" else getattr(self._st, name)

    monkeypatch.setattr(os, "fstat", lambda fd: _Small(real_fstat(fd)))
    with pytest.raises(QuestionnaireError, match="at most 2 MB"):
        load_questionnaire(path)


# ---- same id and version as a bundled file, other content (case 6) -------------------------


def test_a_user_copy_that_differs_from_the_bundled_one_is_a_conflict(capsys):
    folder = user_questionnaires_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = G2.read_text(encoding="utf-8")
    changed = folder / "g2-edited.yaml"
    changed.write_text(text.replace("title:", "title: ", 1) + "\n# edited\n", encoding="utf-8")
    same = folder / "g2-copy.yaml"
    same.write_text(text, encoding="utf-8")

    registry = default_registry()
    assert [e.path for e in registry.errors] == [str(changed)]
    message = str(registry.errors[0])
    assert "already installed" in message and str(G2) in message
    assert "that one is used" in message
    assert registry.get_loaded("iccwc-wen-g2", registry.get("iccwc-wen-g2").version).path == G2

    code, out = run(capsys, "questionnaires")
    assert code == 0 and f"skipped {changed}" in out and str(same) not in out


# ---- messages echo hostile values short (case 2) --------------------------------------------


def test_a_1mb_key_is_not_echoed_whole(tmp_path):
    path = tmp_path / "keys.yaml"
    _huge_key(path)
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    assert len(str(caught.value)) < 400
    assert "1,000,000 characters" in str(caught.value)


# ---- fuzz: only clean problems, never an exception escaping the loader ----------------------

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.just("HUGE_NUMBER"),  # replaced in the YAML text by a 5,000-digit number
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50),
    st.sampled_from(["*a", "&a x", "!!python/object:os.system", "2024-02-30", "~", "<<"]),
)
_YAMLISH = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=10), inner, max_size=4),
    ),
    max_leaves=30,
)


@functools.cache
def _g2_data() -> dict:
    return yaml.load(G2.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def _g2_with(mutation: dict) -> str:
    # The bundled G2 read once; a mutation replaces top-level fields of a shallow copy. The C
    # dumper writes the same YAML ten times faster than the pure-Python one.
    data = {**_g2_data(), **mutation}
    text = yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True)
    return text.replace("HUGE_NUMBER", "9" * 5000)


@settings(max_examples=120, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_fuzz_random_bytes_give_clean_problems(raw):
    _parse_cleanly(raw)


@settings(max_examples=80, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(
    depth=st.integers(min_value=1, max_value=5000),
    opener=st.sampled_from(["[", "{a: ", "- ", "{"]),
    duplicate=st.text(max_size=20),
)
def test_fuzz_deep_nesting_and_duplicate_keys_give_clean_problems(depth, opener, duplicate):
    _parse_cleanly((opener * depth).encode())
    _parse_cleanly(f"{duplicate!r}: 1\n{duplicate!r}: 2\n".encode())
    nested = "".join(f"{' ' * i}- \n" for i in range(min(depth, 300)))
    _parse_cleanly(nested.encode())


@settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(
        ["id", "version", "format_version", "scale", "areas", "bands", "rules", "title", "x" * 300]
    ),
    value=_YAMLISH,
)
def test_fuzz_any_field_with_any_value_gives_clean_problems(field, value):
    try:
        text = _g2_with({field: value})
    except (yaml.YAMLError, ValueError):
        return
    _parse_cleanly(text.encode())


def _parse_cleanly(raw: bytes) -> None:
    try:
        parse_questionnaire(raw, "fuzz.yaml")
    except QuestionnaireError as error:
        assert error.problems
        assert str(error).startswith("fuzz.yaml")
        assert all(len(p.render("fuzz.yaml")) < 1000 for p in error.problems)
