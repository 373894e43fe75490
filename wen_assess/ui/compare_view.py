"""Former home of the comparison view, kept so that existing imports still work.

The view now lives in :mod:`wen_assess.ui.compare`; loading assessments for a comparison is
:func:`wen_assess.compare.load_assessments` (Qt-free).
"""

from wen_assess.compare import load_assessments
from wen_assess.ui.compare import CompareView

__all__ = ["CompareView", "load_assessments"]
