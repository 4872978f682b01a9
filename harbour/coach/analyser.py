"""The PACE coach's entry point: what an adult said or plans to say, analysed.

Method (chosen by measurement, see README in this folder): hand-written
linguistic patterns for the four PACE elements and the nine flags. A learned
n-gram model trained on the project's corpus scored far lower on held-out
data and pulled the rules down when combined with them, so it is not used.
"""

from dataclasses import dataclass, field
from typing import Any

from harbour.coach.labels import AGE_STAGES, ELEMENTS, EXPLANATIONS, SITUATIONS
from harbour.coach.rules import evaluate_rules

PRESENT_THRESHOLD = 0.5
MAX_TEXT_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class Flag:
    code: str
    start: int
    end: int
    span: str
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "span": self.span,
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    elements: dict[str, float]
    present: list[str]
    flags: list[Flag]
    suggestions: list[str] = field(default_factory=list)

    @property
    def flag_codes(self) -> list[str]:
        return list(dict.fromkeys(flag.code for flag in self.flags))

    def to_dict(self) -> dict[str, Any]:
        # Key order is part of the contract: the CLI streams these objects.
        return {
            "text": self.text,
            "elements": dict(self.elements),
            "flags": [flag.to_dict() for flag in self.flags],
            "suggestions": list(self.suggestions),
        }


def validate_context(age_stage: str | None, situation: str | None) -> None:
    if age_stage is not None and age_stage not in AGE_STAGES:
        raise ValueError(f"unknown age stage {age_stage!r}; expected one of {sorted(AGE_STAGES)}")
    if situation is not None and situation not in SITUATIONS:
        raise ValueError(f"unknown situation {situation!r}; expected one of {sorted(SITUATIONS)}")


def check(text: str, *, situation: str | None = None) -> Analysis:
    """Elements and flags only, without suggestions.

    Suggestions use this to prove that each phrasing they offer is itself
    free of flags, without building suggestions for their own suggestions.
    """
    clipped = text[:MAX_TEXT_LENGTH]
    evidence = evaluate_rules(clipped, situation)
    flags = [
        Flag(
            code=hit.code,
            start=hit.start,
            end=hit.end,
            span=clipped[hit.start : hit.end],
            explanation=EXPLANATIONS[hit.code],
        )
        for hit in evidence.flags
    ]
    present = [name for name in ELEMENTS if evidence.elements[name] >= PRESENT_THRESHOLD]
    return Analysis(text=text, elements=evidence.elements, present=present, flags=flags)


def analyse(text: str, *, age_stage: str | None = None, situation: str | None = None) -> Analysis:
    """Score the PACE elements, flag what the guidance warns against and
    offer better phrasings for this situation and age."""
    # Imported here because suggest uses check() from this module.
    from harbour.coach.suggest import suggest

    validate_context(age_stage, situation)
    checked = check(text, situation=situation)
    suggestions = suggest(checked, age_stage=age_stage, situation=situation)
    return Analysis(
        text=checked.text,
        elements=checked.elements,
        present=checked.present,
        flags=checked.flags,
        suggestions=suggestions,
    )
