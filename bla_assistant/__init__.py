"""BLA Assistant: drafting, checking and comparing bilateral labour and social security agreements."""

__version__ = "0.1.0"
