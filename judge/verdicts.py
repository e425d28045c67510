"""Verdicts and their order: a run is as bad as its worst case."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    AC = "AC"
    WA = "WA"
    RE = "RE"
    OLE = "OLE"
    MLE = "MLE"
    TLE = "TLE"
    CE = "CE"
    IE = "IE"
    NOT_RUN = "--"

    @property
    def meaning(self) -> str:
        return MEANINGS[self]


MEANINGS = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong answer",
    Verdict.RE: "Runtime error",
    Verdict.OLE: "Output limit exceeded",
    Verdict.MLE: "Memory limit exceeded",
    Verdict.TLE: "Time limit exceeded",
    Verdict.CE: "Could not load",
    Verdict.IE: "Internal error (the judge's fault, not yours)",
    Verdict.NOT_RUN: "Not run (the run's time budget was spent)",
}

# DESIGN.md: IE > CE > TLE > MLE > OLE > RE > WA > AC. A case the budget skipped counts as a
# time failure: the run did not get through it.
SEVERITY = [Verdict.AC, Verdict.WA, Verdict.RE, Verdict.OLE, Verdict.MLE, Verdict.TLE, Verdict.CE, Verdict.IE]


def worst(verdicts: list[Verdict]) -> Verdict:
    ranked = [Verdict.TLE if v is Verdict.NOT_RUN else v for v in verdicts]
    return max(ranked, key=SEVERITY.index, default=Verdict.AC)
