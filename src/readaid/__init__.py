"""readaid: a terminal reading aid for learners of Chinese."""

__version__ = "0.1.0"
