"""Count the checks in the test suite: assert statements, pytest.raises, and collected tests.

Run before and after changing the tests: a faster suite must not check less.
    python bench/count_checks.py [tests]
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path


def count_checks(folder: Path) -> dict[str, int]:
    counts = {"assert": 0, "pytest.raises": 0}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assert):
                counts["assert"] += 1
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "raises"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "pytest"
            ):
                counts["pytest.raises"] += 1
    return counts


def collected_tests(folder: Path) -> int:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return sum("::" in line for line in out.splitlines())


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "tests")
    counts = count_checks(folder)
    counts["collected tests"] = collected_tests(folder)
    for name, value in counts.items():
        print(f"{name:16} {value}")
