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
# A comma before a fresh "it's / that's / there's" clause starts a new clause
# too: in "don't be so babyish, it's only gravy" the "don't" belongs to the first.
_CLAUSE_BREAK: Final = re.compile(
    r"[.!?;:\n]|,\s*(?:but|and|so|because)\b|\bbut\b|,\s*(?=(?:it's|it is|that's|there's|it was|you're|you are)\b)"
)

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
    straightened = text.translate(_SAME_LENGTH_SWAPS)
    lowered = straightened.lower()
    if len(lowered) == len(straightened):
        return lowered
    # A few letters lower-case to two characters ("İ" to "i" and a dot
    # above); they are kept as they are so that every offset still holds.
    return "".join(
        low if len(low) == 1 else char
        for char, low in ((char, char.lower()) for char in straightened)
    )


def clause_start(norm: str, position: int) -> int:
    """Offset where the clause holding ``position`` begins."""
    start = 0
    # The whole text is searched so that a break's lookahead can see past
    # ``position``; only breaks that end before it count.
    for match in _CLAUSE_BREAK.finditer(norm):
        if match.end() > position:
            break
        start = match.end()
    return start


def is_negated(norm: str, start: int, window: int = 40) -> bool:
    """True when a negator sits before ``start`` in the same clause."""
    left = max(clause_start(norm, start), start - window)
    return _NEGATOR.search(norm, left, start) is not None


def word_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z']+", text))


# --- Text-speak and dropped apostrophes ---------------------------------------
#
# Peer supporters and young people write "u", "ur", "dont", "must of", "rly".
# Rather than teach every pattern every spelling, matching runs on a copy with
# these written out in full; ``Expanded`` remembers where each character came
# from so a match can still be shown exactly as it was typed.

_WORD_SWAPS: Final = {
    "u": "you",
    "ya": "you",
    "r": "are",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youll": "you'll",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "cant": "can't",
    "wont": "won't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "thats": "that's",
    "whats": "what's",
    "wheres": "where's",
    "whos": "who's",
    "theres": "there's",
    "theyre": "they're",
    "hes": "he's",
    "shes": "she's",
    "rly": "really",
    "wat": "what",
    "wot": "what",
    "rlly": "really",
    "abt": "about",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "dunno": "don't know",
    "idk": "i don't know",
    "coz": "because",
    "cos": "because",
    "cuz": "because",
    "tho": "though",
    "tmrw": "tomorrow",
    "urself": "yourself",
    "w": "with",
    "must of": "must have",
    "could of": "could have",
    "would of": "would have",
    "should of": "should have",
    "yr": "year",
}
# "ur" is "you're" before a description ("ur so kind", "ur not weird") and
# "your" before a noun ("ur mum").
_UR_AS_YOURE: Final = frozenset(
    {
        "so",
        "such",
        "not",
        "being",
        "a",
        "an",
        "the",
        "literally",
        "really",
        "actually",
        "just",
        "doing",
        "going",
        "fine",
        "ok",
        "okay",
        "alright",
        "sound",
        "welcome",
        "allowed",
        "stuck",
        "safe",
        "right",
        "wrong",
        "always",
        "never",
        "still",
        "too",
        "very",
        "proper",
        "honestly",
        "kind",
        "good",
        "great",
        "amazing",
        "brave",
        "upset",
        "sad",
        "angry",
        "mad",
        "weird",
        "annoying",
        "spoilt",
        "in",
        "like",
        "gonna",
        "only",
        "also",
        "acting",
        "making",
        "trying",
    }
)
_SWAP_PATTERN: Final = re.compile(
    r"(?<![\w'-])(?:must of|could of|would of|should of|ur|"
    + "|".join(sorted((w for w in _WORD_SWAPS if " " not in w), key=len, reverse=True))
    + r")(?![\w'-])"
)


class Expanded:
    """A normalised, written-out copy of a text and a map back to the original."""

    __slots__ = ("norm", "_starts", "_ends")

    def __init__(self, text: str) -> None:
        base = normalise(text)
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        position = 0
        for match in _SWAP_PATTERN.finditer(base):
            word = match.group(0)
            if word == "yr" and not re.match(r"\s*\d", base[match.end() :]):
                continue
            if (
                word == "r"
                and not re.search(
                    r"\b(?:you|u|how|what|where|who|they|we)\s*$", base[: match.start()]
                )
                and not re.match(r"\s+(?:u|you)\b", base[match.end() :])
            ):
                continue
            if word == "ur":
                following = re.match(r"\s+([a-z']+)", base[match.end() :])
                next_word = following.group(1) if following else ""
                youre = not next_word or next_word in _UR_AS_YOURE or next_word.endswith("ing")
                replacement = "you're" if youre else "your"
            else:
                replacement = _WORD_SWAPS[word]
            for index in range(position, match.start()):
                pieces.append(base[index])
                starts.append(index)
                ends.append(index + 1)
            pieces.append(replacement)
            starts.extend([match.start()] * len(replacement))
            ends.extend([match.end()] * len(replacement))
            position = match.end()
        for index in range(position, len(base)):
            pieces.append(base[index])
            starts.append(index)
            ends.append(index + 1)
        self.norm = "".join(pieces)
        self._starts = starts
        self._ends = ends

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the expanded slice [start, end)."""
        if end <= start:
            return start, start
        return self._starts[start], self._ends[end - 1]
