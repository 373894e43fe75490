"""Steps that bring an older `format_version` up to the current one, one version at a time.

A step takes the parsed JSON of version N and returns the JSON of version N + 1. Version 1
is the first published format, so there are no steps yet; the next format change adds
``STEPS[1] = _v1_to_v2`` and keeps every older file importable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wen_assess.exchange.document import FORMAT_VERSION

Step = Callable[[dict[str, Any]], dict[str, Any]]
STEPS: dict[int, Step] = {}


def upgrade(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < FORMAT_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise ValueError(f"format_version {version} is not supported by this app")
        data = step(data)
        version += 1
        data["format_version"] = version
    return data
