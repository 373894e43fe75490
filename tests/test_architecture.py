"""The core never depends on Qt: import-linter enforces it; this keeps its list complete."""

import sys

from conftest import REPO

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10, which the package supports, has no tomllib
    import tomli as tomllib

# The UI package, and the entry point that starts it lazily, are the only modules outside the
# contract; everything else is core and must be listed in it.
OUTSIDE_CONTRACT = {"wen_assess.ui", "wen_assess.launcher"}


def test_every_core_module_is_under_the_no_qt_contract():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c for c in config["tool"]["importlinter"]["contracts"] if "never imports Qt" in c["name"]
    )
    package = REPO / "wen_assess"
    top_level = {
        f"wen_assess.{p.stem}"
        for p in package.iterdir()
        if (p.suffix == ".py" and p.stem not in ("__init__", "__main__"))
        or (p.is_dir() and (p / "__init__.py").exists())
    } - OUTSIDE_CONTRACT
    assert top_level <= set(contract["source_modules"]), (
        "add new core modules to the import-linter contract in pyproject.toml"
    )


def test_every_lazily_exported_questionnaire_name_resolves():
    import wen_assess.questionnaire as package

    assert sorted(package._WHERE) == sorted(package.__all__)
    for name in package.__all__:
        assert getattr(package, name) is not None
