"""The two kinds of failure the CLI distinguishes: the user's input (exit 2) and the judge's own (3)."""


class JudgeError(Exception):
    """Bad usage or bad input: shown as one clear line, exit code 2."""


class ProblemError(JudgeError):
    """A problem package that cannot be loaded; the message names the file and the key."""
