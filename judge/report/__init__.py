"""Reports of a run: text for people, JSON for programs."""

from __future__ import annotations

from judge.engine import CaseResult

SHOWN_INPUT_CHARS = 200


def input_shown(result: CaseResult) -> bool:
    """Samples always; hidden inputs only when small, so the bank is not leaked wholesale."""
    return result.case.sample or result.case.input_size() <= SHOWN_INPUT_CHARS
