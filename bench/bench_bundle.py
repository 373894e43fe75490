"""The app folder against the pip-installed app: start-up to the window shown, side by side.

Both start the same desktop app offscreen on copies of the same demo database, alternately,
so that disk caches and machine load treat them alike. The floor is the pip-installed app
measured in the same run; target: the bundle within 1.2x of it. Also prints the CLI's
`--version` round trip for both, and the folder and zip sizes.
Run after packaging/build.py:  python bench/bench_bundle.py [dist/wen-assess]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import report
from bench_gui import _start

REPO = Path(__file__).resolve().parent.parent
RUNS = 9
TARGET = 1.2


def _version(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "dist" / "wen-assess").resolve()
    bundle = [str(folder / ("wen-assess.exe" if os.name == "nt" else "wen-assess"))]
    installed = shutil.which("wen-assess", path=str(Path(sys.executable).parent))
    if installed is None:
        raise SystemExit("run with the venv's python, where wen-assess is pip-installed")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WEN_ASSESS_EXIT_AFTER_START": "1"}
        times: dict[str, list[float]] = {"bundle": [], "pip": []}
        versions: dict[str, list[float]] = {"bundle": [], "pip": []}
        commands = {"bundle": bundle, "pip": [installed]}
        for name, command in commands.items():  # one database each, with the demo in it
            data = Path(tmp) / name
            env_one = {**env, "WEN_ASSESS_DATA_DIR": str(data)}
            subprocess.run([*command, "demo"], env=env_one, check=True, capture_output=True)
            _start(command, env_one)  # warm the disk cache
        for _ in range(RUNS):
            for name, command in commands.items():
                env_one = {**env, "WEN_ASSESS_DATA_DIR": str(Path(tmp) / name)}
                times[name].append(_start(command, env_one))
                versions[name].append(_version(command, env_one))
    floor = statistics.median(times["pip"])
    version_floor = statistics.median(versions["pip"])
    report(
        [
            ("pip-installed app: start to window shown", floor, None),
            ("app folder: start to window shown", statistics.median(times["bundle"]), floor),
            ("pip-installed: wen-assess --version", version_floor, None),
            (
                "app folder: wen-assess --version",
                statistics.median(versions["bundle"]),
                version_floor,
            ),
        ]
    )
    ratio = statistics.median(times["bundle"]) / floor
    print(f"start-up: {ratio:.2f}x the pip-installed app (target <= {TARGET}x)")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    zips = sorted(folder.parent.glob(f"{folder.name}-*.zip"))
    print(
        f"folder {size / 1e6:.0f} MB"
        + "".join(f"; {z.name} {z.stat().st_size / 1e6:.0f} MB" for z in zips)
    )


if __name__ == "__main__":
    main()
