"""Build the self-contained app folder for this machine: dist/wen-assess/ and its zip.

Run from a venv that has the app and the `bundle` extra installed at the pinned versions:
    python3 -m venv .venv
    .venv/bin/pip install -e ".[bundle]" -c packaging/constraints.txt
    .venv/bin/python packaging/build.py
The same command runs on Linux, macOS and Windows (PyInstaller does not cross-build).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import layout  # noqa: E402


def build(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [
            str(HERE / "wen-assess.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
        ]
    )
    return dist / layout.APP_NAME


def make_zip(folder: Path) -> Path:
    """A zip of the folder (the folder itself as its top entry), beside it."""
    target = folder.with_name(f"{folder.name}-{_platform_tag()}.zip")
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                _add_symlink(archive, name, os.readlink(path))
            else:
                archive.write(path, name)
    return target


def _add_symlink(archive: zipfile.ZipFile, name: str, target: str) -> None:
    # PyInstaller links the Qt libraries from the top of _internal (Linux, macOS); following
    # the links would store them twice (~25 MB). unzip and macOS Archive Utility restore them.
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix: the mode bits below are read
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive.writestr(info, target)


def _platform_tag() -> str:
    from wen_assess import __version__

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    import platform

    return f"{__version__}-{system}-{platform.machine().lower()}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=layout.REPO / "dist")
    parser.add_argument("--work", type=Path, default=layout.REPO / "build" / "pyinstaller")
    args = parser.parse_args()
    start = time.perf_counter()
    folder = build(args.dist.resolve(), args.work.resolve())
    archive = make_zip(folder)
    elapsed = time.perf_counter() - start
    print(f"app folder: {folder}  ({folder_size(folder) / 1e6:.0f} MB)")
    print(f"zip:        {archive}  ({archive.stat().st_size / 1e6:.0f} MB)")
    print(f"executable: {folder / layout.executable_name()}")
    print(f"built in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
