"""The `.wen.json` assessment file: what reviewers exchange by e-mail and import."""

from wen_assess.exchange.document import FORMAT_NAME, FORMAT_VERSION, AssessmentDocument
from wen_assess.exchange.errors import ExchangeError
from wen_assess.exchange.export import export_assessment, write_document
from wen_assess.exchange.importer import ImportOutcome, import_files, iter_imports, summary_line
from wen_assess.exchange.reader import read_assessment_file

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "AssessmentDocument",
    "ExchangeError",
    "ImportOutcome",
    "export_assessment",
    "import_files",
    "iter_imports",
    "read_assessment_file",
    "summary_line",
    "write_document",
]
