"""BLA Assistant: draft, check and compare bilateral labour and social security agreements."""

__version__ = "0.1.0"
