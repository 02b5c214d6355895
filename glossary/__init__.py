"""glossary: Indonesian-to-English terminology for translators, learners and editors."""

__version__ = "0.1.0"
