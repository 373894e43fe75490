"""The comparison view (`view`), its widgets, and nothing that loads or computes: assessments are
loaded by `wen_assess.compare.load_assessments` and compared by `wen_assess.compare.compare`."""

from wen_assess.ui.compare.view import CompareView

__all__ = ["CompareView"]
