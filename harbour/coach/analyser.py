"""The PACE coach's entry point: what an adult said or plans to say, analysed.

Method (chosen by measurement, see README in this folder, rounds 7 and 8): the
hand-written linguistic patterns for the four PACE elements and the nine flags,
joined with a small sentence encoder fine-tuned on the project's corpus
(``model.py``). An element's score is a weighted mean of the rules' score and
the model's probability, scaled so that 0.5 is the calibrated cut; a flag is
raised when the rules find it (with its span) or the model gives it at least
``MODEL_FLAG_THRESHOLD`` (shown on the sentence that carries it most). The
weights and cuts were set on two sets from writers the model never saw
(calib8 and holdout7), never on the blind holdout.
"""

from dataclasses import dataclass, field
from typing import Any

from harbour.coach import model
from harbour.coach.labels import AGE_STAGES, ELEMENTS, EXPLANATIONS, FLAGS, SITUATIONS
from harbour.coach.rules import FlagHit, evaluate_rules

PRESENT_THRESHOLD = 0.5
# Calibrated in round 8 (README): the rules' share of an element's score, the
# raw mean at which an element is present, and the model's flag threshold.
ELEMENT_RULE_WEIGHT = 0.4
ELEMENT_CUT = 0.5
MODEL_FLAG_THRESHOLD = 0.9
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

    @property
    def labels(self) -> frozenset[str]:
        """Elements present and flags raised, as the corpus labels them."""
        return frozenset(self.present) | frozenset(self.flag_codes)

    def to_dict(self) -> dict[str, Any]:
        # Key order is part of the contract: the CLI streams these objects.
        return {
            "text": self.text,
            "elements": dict(self.elements),
            "flags": [flag.to_dict() for flag in self.flags],
            "suggestions": list(self.suggestions),
        }


def element_score(rule: float, probability: float) -> float:
    """An element's score from the rules' and the model's: their weighted
    mean, scaled piecewise so that ``ELEMENT_CUT`` lands on 0.5."""
    mean = ELEMENT_RULE_WEIGHT * rule + (1.0 - ELEMENT_RULE_WEIGHT) * probability
    if mean < ELEMENT_CUT:
        scaled = 0.5 * mean / ELEMENT_CUT
    else:
        scaled = 0.5 + 0.5 * (mean - ELEMENT_CUT) / (1.0 - ELEMENT_CUT)
    return round(min(1.0, max(0.0, scaled)), 4)


def model_finds(label: str, probability: float) -> bool:
    """Whether the model's probability alone gives ``label``: an element at
    ``PRESENT_THRESHOLD``, a flag at ``MODEL_FLAG_THRESHOLD``."""
    threshold = PRESENT_THRESHOLD if label in ELEMENTS else MODEL_FLAG_THRESHOLD
    return probability >= threshold


def validate_context(age_stage: str | None, situation: str | None) -> None:
    if age_stage is not None and age_stage not in AGE_STAGES:
        raise ValueError(f"unknown age stage {age_stage!r}; expected one of {sorted(AGE_STAGES)}")
    if situation is not None and situation not in SITUATIONS:
        raise ValueError(f"unknown situation {situation!r}; expected one of {sorted(SITUATIONS)}")


def check(text: str, *, situation: str | None = None, learned: bool = True) -> Analysis:
    """Elements and flags only, without suggestions.

    Suggestions use this to prove that each phrasing they offer is itself
    free of flags, without building suggestions for their own suggestions.
    """
    clipped = text[:MAX_TEXT_LENGTH]
    evidence = evaluate_rules(clipped, situation)
    use_model = learned and bool(clipped.strip())
    probabilities = model.probabilities(clipped) if use_model else dict.fromkeys(model.LABELS, 0.0)
    hits = list(evidence.flags)
    found = {hit.code for hit in hits}
    for code in FLAGS:
        if code not in found and model_finds(code, probabilities[code]):
            hits.append(FlagHit(code, *model.strongest_sentence(clipped, code)))
    hits.sort(key=lambda hit: (hit.start, hit.code))
    flags = [
        Flag(
            code=hit.code,
            start=hit.start,
            end=hit.end,
            span=clipped[hit.start : hit.end],
            explanation=EXPLANATIONS[hit.code],
        )
        for hit in hits
    ]
    if use_model:
        elements = {
            name: element_score(evidence.elements[name], probabilities[name]) for name in ELEMENTS
        }
    else:
        elements = dict(evidence.elements)
    present = [name for name in ELEMENTS if elements[name] >= PRESENT_THRESHOLD]
    return Analysis(text=text, elements=elements, present=present, flags=flags)


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


def analyse_many(
    texts: list[str], *, age_stage: str | None = None, situation: str | None = None
) -> list[Analysis]:
    """``analyse`` for many texts at once: the model reads them all first
    (``model.prime``), which is how a whole file is checked."""
    validate_context(age_stage, situation)
    model.prime(text[:MAX_TEXT_LENGTH] for text in texts)
    return [analyse(text, age_stage=age_stage, situation=situation) for text in texts]
