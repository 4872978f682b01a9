"""Runs the cue and flag patterns over one utterance.

Kept apart from ``analyser`` so that the learned model can use the rule
evidence as features, and so that suggestions can check themselves without
building suggestions recursively.
"""

import re
from dataclasses import dataclass
from typing import Final

from harbour.coach.element_cues import ALL_CUES
from harbour.coach.flag_rules import EYE_CONTACT_DEMAND, SHAMING, THREAT, WHY_DEMAND, FlagPattern
from harbour.coach.flag_rules_general import ALL_GENERAL
from harbour.coach.flag_rules_round4 import ALL_ROUND4, reward_structure
from harbour.coach.flag_rules_round5 import ALL_ROUND5, veto
from harbour.coach.flag_rules_round6 import ALL_ROUND6
from harbour.coach.flag_rules_round6 import veto as veto_round6
from harbour.coach.flag_rules_tone import (
    DISMISSING,
    KINDNESS,
    LECTURING,
    MORALISING,
    NOT_KINDNESS,
    PUBLIC_CORRECTION,
    REWARD,
    SARCASM,
)
from harbour.coach.labels import ELEMENTS
from harbour.coach.prefilter import Screen
from harbour.coach.text import Expanded, is_negated, word_count

FLAG_PATTERNS: Final[list[FlagPattern]] = [
    *WHY_DEMAND,
    *EYE_CONTACT_DEMAND,
    *SHAMING,
    *THREAT,
    *DISMISSING,
    *LECTURING,
    *PUBLIC_CORRECTION,
    *SARCASM,
    *ALL_GENERAL,
    *ALL_ROUND4,
    *ALL_ROUND5,
    *ALL_ROUND6,
]

# For each pattern, literal pieces one of which any match must contain: a
# pattern none of whose pieces is in the text is not run (``prefilter``).
_FLAG_SCREEN: Final = Screen([flag_pattern.pattern for flag_pattern in FLAG_PATTERNS])
_CUE_SCREEN: Final = Screen([cue.pattern for cue in ALL_CUES])

# A long run of "should / rules / learn / consequences" is a lecture even
# without a stock phrase; short rule reminders ("we use kind hands") are not.
_LECTURE_MIN_WORDS: Final = 28
_LECTURE_MIN_MORALISING: Final = 4

# Flags whose words would otherwise read as warmth: "oh well done" in
# sarcasm, "such a big girl" in shaming.
_MASKING_FLAGS: Final = frozenset({"sarcasm", "shaming", "threat", "dismissing", "why_demand"})
_SARCASM_CANCELS: Final = ("acceptance", "curiosity", "empathy")
# Normalising said as a brush-off ("Everyone gets nervous, just get on with
# it") is dismissing, not acceptance (round 6).
_BRUSH_OFF: Final = re.compile(
    r"\b(?:everyone|everybody|we all|lots of people|loads of people|all of us|it happens to everyone)\b"
    r"[^.!?]{0,40}?[,;]?\s*(?:so )?(?:just |now )?(?:get on with it|get over it|deal with it|"
    r"stop (?:moaning|whining|whingeing|fussing|crying|going on)|man up|suck it up|pull yourself together)\b"
)


@dataclass(frozen=True, slots=True)
class FlagHit:
    code: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    flags: list[FlagHit]
    elements: dict[str, float]
    # Names of element cues that fired, for the learned model's features.
    cue_ids: list[int]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and trailing commas so the shown span reads cleanly."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " ,;:-":
        end -= 1
    return start, end


def find_flags(text: str, norm: str, situation: str | None, words: int) -> list[FlagHit]:
    hits: list[FlagHit] = []
    for index in _FLAG_SCREEN.candidates(norm):
        flag_pattern = FLAG_PATTERNS[index]
        for match in flag_pattern.pattern.finditer(norm):
            if flag_pattern.negatable and is_negated(norm, match.start()):
                continue
            if flag_pattern.guard is not None and not flag_pattern.guard(norm, match, situation):
                continue
            if veto(flag_pattern.code, match.group(), norm, match.end()):
                continue
            if veto_round6(flag_pattern.code, match.group(), norm, match.start(), match.end()):
                continue
            start, end = _strip_span(text, match.start(), match.end())
            if end > start:
                hits.append(FlagHit(flag_pattern.code, start, end))
    hits.extend(_reward_for_kindness(text, norm))
    if not any(hit.code == "lecturing" for hit in hits):
        hits.extend(_long_moralising(text, norm, words))
    return _merge(hits)


def _reward_for_kindness(text: str, norm: str) -> list[FlagHit]:
    structure = reward_structure(norm)
    if structure is not None:
        start, end = _strip_span(text, structure.start(), structure.end())
        return [FlagHit("reward_for_kindness", start, end)]
    reward = REWARD.search(norm)
    kindness = KINDNESS.search(norm)
    if reward is None or kindness is None or is_negated(norm, reward.start()):
        return []
    # "points for handwriting" rewards work, not kindness.
    if NOT_KINDNESS.search(norm) and not re.search(r"\bshar|\bkind|\bturn", norm):
        return []
    start, end = _strip_span(
        text, min(reward.start(), kindness.start()), max(reward.end(), kindness.end())
    )
    return [FlagHit("reward_for_kindness", start, end)]


def _long_moralising(text: str, norm: str, words: int) -> list[FlagHit]:
    if words < _LECTURE_MIN_WORDS:
        return []
    if len(MORALISING.findall(norm)) < _LECTURE_MIN_MORALISING:
        return []
    start, end = _strip_span(text, 0, len(text))
    return [FlagHit("lecturing", start, end)]


def _merge(hits: list[FlagHit]) -> list[FlagHit]:
    """One hit per code and overlapping region, in reading order."""
    merged: list[FlagHit] = []
    for hit in sorted(hits, key=lambda h: (h.code, h.start, -h.end)):
        last = merged[-1] if merged else None
        if last is not None and last.code == hit.code and hit.start <= last.end:
            merged[-1] = FlagHit(hit.code, last.start, max(last.end, hit.end))
        else:
            merged.append(hit)
    return sorted(merged, key=lambda h: (h.start, h.code))


def element_scores(norm: str, flags: list[FlagHit]) -> tuple[dict[str, float], list[int]]:
    masked = [(hit.start, hit.end) for hit in flags if hit.code in _MASKING_FLAGS]
    doubt = {element: 1.0 for element in ELEMENTS}
    fired: list[int] = []
    mocking = any(hit.code in _MASKING_FLAGS for hit in flags)
    for index in _CUE_SCREEN.candidates(norm):
        cue = ALL_CUES[index]
        if cue.tone and mocking:
            continue
        for match in cue.pattern.finditer(norm):
            if any(start <= match.start() < end for start, end in masked):
                continue
            if cue.negatable and is_negated(norm, match.start()):
                continue
            doubt[cue.element] *= 1.0 - cue.weight
            fired.append(index)
            break
    if any(hit.code == "sarcasm" for hit in flags):
        # Mock praise, mock sympathy and mock questions are none of these
        # (no sarcastic utterance in the corpus carries them).
        for element in _SARCASM_CANCELS:
            doubt[element] = 1.0
    if _BRUSH_OFF.search(norm):
        doubt["acceptance"] = 1.0
    return {element: round(1.0 - doubt[element], 4) for element in ELEMENTS}, fired


def evaluate_rules(text: str, situation: str | None = None) -> RuleEvidence:
    expanded = Expanded(text)
    norm = expanded.norm
    # Patterns match the written-out copy; spans are reported in ``text``.
    hits = find_flags(norm, norm, situation, word_count(text))
    elements, fired = element_scores(norm, hits)
    flags = []
    for hit in hits:
        start, end = _strip_span(text, *expanded.original_span(hit.start, hit.end))
        if end > start:
            flags.append(FlagHit(hit.code, start, end))
    return RuleEvidence(flags=_merge(flags), elements=elements, cue_ids=fired)
