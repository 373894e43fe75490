"""wen-assess: maturity self-assessment for Wildlife Enforcement Networks."""

__version__ = "0.1.0"
