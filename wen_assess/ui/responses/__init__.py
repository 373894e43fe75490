"""The "Member responses" window: make forms, import them, consolidate, agree, the agenda."""

from wen_assess.ui.responses.dialog import ResponsesDialog

__all__ = ["ResponsesDialog"]
