"""A cheap test that lets the rules skip patterns that cannot match.

About 470 patterns run over every utterance, and most of them do not match
most utterances. For each pattern this module works out, from its parsed
form, a few pieces of literal text of which at least one must appear in any
match (for ``\\bwhy (?:did|would) you`` that is ``"why "``). When none of
them is in the utterance, the pattern is not run: it could not have matched,
so the results are exactly the same, only sooner. Patterns with no usable
literal (say, one that starts with an optional word) are always run.

Patterns are compiled case-insensitively and run on lower-cased text, so
the pieces are lower-cased. Only plain ASCII is reasoned about: a pattern
letter outside ASCII ends a piece, and a text with any character outside
ASCII runs every pattern (case-insensitive matching treats a few such
letters as equal to ASCII ones, "ſ" to "s" for one).
"""

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Final

# A piece shorter than this tells too little to be worth checking.
MIN_PIECE: Final = 2

Pieces = frozenset[str]


def _best(options: list[Pieces]) -> Pieces | None:
    """Of several requirements that all hold, the most selective one: the
    one whose shortest piece is longest, then the one with fewest pieces."""
    usable = [option for option in options if min(map(len, option)) >= MIN_PIECE]
    if not usable:
        return None
    return max(usable, key=lambda option: (min(map(len, option)), -len(option)))


def _required(items: Any) -> Pieces | None:
    """Pieces of which at least one occurs in every match of ``items`` (a
    parsed sequence), or None when nothing can be said."""
    options: list[Pieces] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        close_run()
        found: Pieces | None = None
        if op is sre.SUBPATTERN:
            found = _required(av[-1])
        elif op is sre.ATOMIC_GROUP:
            found = _required(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, body = av
            found = _required(body) if low >= 1 else None
        elif op is sre.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                branch_pieces = _required(branch)
                if branch_pieces is None:
                    union.clear()
                    break
                union |= branch_pieces
            found = frozenset(union) if union else None
        if found:
            options.append(found)
    close_run()
    return _best(options)


def required_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal pieces of which one must occur in the lower-cased text for
    ``pattern`` to match anywhere in it; None when every text must be tried."""
    pieces = _required(sre_parse.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(pieces)) if pieces else None


# Pieces are filed under their first three characters, and only those filed
# under a three-character run of the text are looked for.
_KEY: Final = 3


class Screen:
    """The pieces of many patterns, checked against a text all at once.

    ``candidates(text)`` gives the indices, in order, of the patterns that
    may match ``text``; every other pattern cannot. Each distinct piece is
    looked for once, however many patterns share it, and only when the text
    holds its first three characters.
    """

    __slots__ = ("_all", "_always", "_filed", "_short")

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        owners: dict[str, list[int]] = {}
        always: list[int] = []
        for index, pattern in enumerate(patterns):
            pieces = required_pieces(pattern)
            if pieces is None:
                always.append(index)
                continue
            for piece in pieces:
                owners.setdefault(piece, []).append(index)
        filed: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        short: list[tuple[str, tuple[int, ...]]] = []
        for piece, indices in owners.items():
            if len(piece) >= _KEY:
                filed.setdefault(piece[:_KEY], []).append((piece, tuple(indices)))
            else:
                short.append((piece, tuple(indices)))
        self._filed = {key: tuple(entries) for key, entries in filed.items()}
        self._short = tuple(short)
        self._always = tuple(always)
        self._all = tuple(range(len(patterns)))

    def candidates(self, lowered: str) -> tuple[int, ...]:
        """Indices of the patterns that may match ``lowered`` (lower-cased text)."""
        if not lowered.isascii():
            # Case-insensitive matching treats a few letters outside ASCII as
            # equal to ASCII ones ("\u017f" to "s"): run every pattern.
            return self._all
        chosen = set(self._always)
        for piece, owners in self._short:
            if piece in lowered:
                chosen.update(owners)
        keys = {lowered[i : i + _KEY] for i in range(len(lowered) - _KEY + 1)}
        for key in keys & self._filed.keys():
            for piece, owners in self._filed[key]:
                if piece in lowered:
                    chosen.update(owners)
        return tuple(sorted(chosen))
