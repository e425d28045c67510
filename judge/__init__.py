"""judge: a coding-round practice judge for Python."""

__version__ = "0.1.0"
