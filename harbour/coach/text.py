"""Text helpers shared by the rule modules.

Matching runs on a normalised copy of the text that keeps every character at
the same offset as the original, so a match's span can be shown to the adult
exactly as they typed it.
"""

import re
from typing import Final

_SAME_LENGTH_SWAPS: Final = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
)

# Words that turn a cue round when they come before it in the same clause:
# "you're NOT a bad kid", "NOBODY thinks you're naughty", "I WON'T shout".
_NEGATOR: Final = re.compile(
    r"\b(?:not|never|nobody|no one|nothing|no|won't|don't|doesn't|didn't|isn't|aren't|"
    r"wasn't|can't|shouldn't|wouldn't|haven't|without)\b|n't\b"
)
_CLAUSE_BREAK: Final = re.compile(r"[.!?;:\n]|,\s*(?:but|and|so|because)\b|\bbut\b")

YOU: Final = r"(?:you|u|ya|yer)"
YOURE: Final = r"(?:you're|you are|youre|you r|ur|u r|u're)"
YOUVE: Final = r"(?:you've|you have|youve|u've|you)"
YOULL: Final = r"(?:you'll|you will|youll|u'll|ull|you're going to|you're gonna|you are going to)"
IM: Final = r"(?:i'm|i am|im)"
ITS: Final = r"(?:it's|it is|its|that's|that is|thats)"
DONT: Final = r"(?:don't|do not|dont)"
# A word or two of filler that real speech puts between the parts of a cue.
GAP: Final = r"(?:\s+\S+){0,3}?"


def normalise(text: str) -> str:
    """Lower-case and straighten quotes without changing any offset."""
    return text.translate(_SAME_LENGTH_SWAPS).lower()


def clause_start(norm: str, position: int) -> int:
    """Offset where the clause holding ``position`` begins."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(norm, 0, position):
        start = match.end()
    return start


def is_negated(norm: str, start: int, window: int = 40) -> bool:
    """True when a negator sits before ``start`` in the same clause."""
    left = max(clause_start(norm, start), start - window)
    return _NEGATOR.search(norm, left, start) is not None


def word_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z']+", text))
