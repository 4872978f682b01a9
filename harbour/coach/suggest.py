"""Better phrasings for what the adult said, adapted to the sentence, the
situation and the child's age.

Adaptation is deliberately light: the coach reuses *who* the sentence was
about ("her", "Sam") but never repeats the child's action back in a way that
could shame ("when you pushed her"). Every phrasing is checked by the
analyser before it is offered, so a suggestion can never carry a flag.
"""

import re
from functools import lru_cache
from typing import Final

from harbour.coach.analyser import Analysis, check
from harbour.coach.prompts import FLAG_PROMPTS, SITUATION_FOR_FLAG, SITUATION_PROMPTS, Prompt

MAX_SUGGESTIONS: Final = 3

_PRONOUN_OBJECT: Final = re.compile(
    r"\b(?:push(?:ed)?|hit|kick(?:ed)?|bit|bite|grab(?:bed)?|hurt|take|took|pinch(?:ed)?|"
    r"shove[d]?|scratch(?:ed)?|slap(?:ped)?|punch(?:ed)?|trip(?:ped)?|call(?:ed)?|say that to|"
    r"said that to|shout(?:ed)? at|swear at|swore at|help(?:ed|ing)?|share (?:\w+ )?with|"
    r"shared (?:\w+ )?with|kind to|nice to|be nice to|let|gave|give|play(?:ing)? with|"
    r"argue(?:d)? with|fight(?:ing)? with|fell out with)\s+(?:the\s+\w+\s+with\s+)?"
    r"(her|him|them|[A-Z][a-z]+)\b"
)
# Capitalised words that are not children's names.
_NOT_NAMES: Final = frozenset(
    {
        "I",
        "I'm",
        "I'll",
        "I've",
        "I'd",
        "Mr",
        "Mrs",
        "Miss",
        "Ms",
        "Sir",
        "Year",
        "Class",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "God",
        "Teddy",
        "Santa",
        "Dojo",
        "Lego",
        "PE",
        "OK",
        "Okay",
        "Oh",
        "Right",
        "Well",
        "Now",
        "Look",
        "Why",
        "What",
        "Please",
        "Stop",
        "Come",
        "Go",
        "Mum",
        "Dad",
        "Nan",
        "Gran",
        "Here",
        "Yes",
        "No",
        "Thanks",
        "Sorry",
        "English",
        "Maths",
        "Christmas",
        "Table",
    }
)


def _person_in(text: str) -> str | None:
    """Who the sentence was about: an object pronoun or a first name."""
    match = _PRONOUN_OBJECT.search(text)
    if match is None:
        match = _PRONOUN_OBJECT.search(text.lower())
    if match is not None:
        person = match.group(1)
        if person.lower() in {"her", "him", "them"}:
            return person.lower()
        if person not in _NOT_NAMES:
            return person
    return None


def _fill(prompt: Prompt, age_stage: str | None, person: str | None) -> str | None:
    text = prompt.for_age(age_stage)
    if "{person}" in text:
        if person is None:
            return None
        text = text.replace("{person}", person)
    return text


@lru_cache(maxsize=4096)
def _flag_free(candidate: str, situation: str | None) -> bool:
    """Whether a library phrasing passes the analyser. The candidates come from
    a fixed library (with a name filled in), so the answer is cached: this
    used to be two thirds of the time ``analyse`` took."""
    return not check(candidate, situation=situation).flags


def _first_usable(prompts: list[Prompt], age_stage: str | None, person: str | None) -> list[str]:
    return [text for prompt in prompts if (text := _fill(prompt, age_stage, person)) is not None]


def suggest(
    analysis: Analysis, *, age_stage: str | None = None, situation: str | None = None
) -> list[str]:
    codes = analysis.flag_codes
    if not codes and (situation is None or analysis.present):
        # Nothing to improve on: the words are already flag-free, and either
        # show a PACE element or come with no situation to draw prompts from.
        return []
    person = _person_in(analysis.text)
    situation = situation or SITUATION_FOR_FLAG[codes[0]]

    candidates: list[str] = []
    for code in codes:
        candidates += _first_usable(FLAG_PROMPTS[code], age_stage, person)[:1]
    candidates += _first_usable(SITUATION_PROMPTS.get(situation, []), age_stage, person)

    suggestions: list[str] = []
    for candidate in dict.fromkeys(candidates):
        if not _flag_free(candidate, situation):
            continue
        suggestions.append(candidate)
        if len(suggestions) == MAX_SUGGESTIONS:
            break
    return suggestions
