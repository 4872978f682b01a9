"""Which guidance helps with a less-developed domain.

Pure Python. The profile's result page links each less-developed area to what it returns,
and the support plans reuse it to suggest strategies, so both read the same mapping.

The mapping uses only the guidance's own data: each domain lists the situations it shows
up in (``domain.feelings`` -> dysregulated, distressed, frustration), and each item lists
its situations and age stages. An item helps a domain when it is a strategy (how to
promote, build resilience, what to do when you notice it, or words to say) for one of
the domain's situations and applies at the child's age stage. Items are ranked by how closely they fit: the share
of the item's situations that are the domain's (its first, main situation weighing most),
plus a small bonus when the item's words echo the domain's title ("empathy", "sharing").
Then the kinds are interleaved so the list offers something to do, something to build
and something to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harbour.guidance.library import Item, Library, Situation

# Strategy kinds, in the order a practitioner reaches for them.
STRATEGY_KINDS: tuple[str, ...] = (
    "notice-do",
    "promote",
    "build-resilience",
    "resilience-way",
    "prompt",
)


_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class DomainGuidance:
    domain_slug: str
    situations: tuple[Situation, ...]
    items: tuple[Item, ...]


def guidance_for_domain(
    domain_slug: str, age_stage: str | None, library: Library, *, limit: int = 6
) -> DomainGuidance:
    domain = next((d for d in library.domains if d.slug == domain_slug), None)
    if domain is None:
        raise KeyError(f"unknown domain {domain_slug!r}")
    wanted = [s for s in domain.item.situations if s in library.situations]
    weights = {slug: len(wanted) - i for i, slug in enumerate(wanted)}  # main one weighs most
    stems = {word[:6] for word in _WORD.findall(domain.title.lower()) if len(word) >= 5}
    by_kind: dict[str, list[tuple[float, int, Item]]] = {kind: [] for kind in STRATEGY_KINDS}
    for position, item in enumerate(library.items):
        if item.kind not in by_kind or item.polarity == "dont" or not item.applies_to(age_stage):
            continue
        weight = sum(weights.get(s, 0) for s in item.situations)
        if not weight:
            continue
        words = {w[:6] for w in _WORD.findall(f"{item.title} {item.text}".lower())}
        fit = weight / len(item.situations) + len(stems & words)
        by_kind[item.kind].append((-fit, position, item))
    queues = [sorted(found) for found in by_kind.values()]
    chosen: list[Item] = []
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0)[2])
    return DomainGuidance(
        domain_slug=domain_slug,
        situations=tuple(library.situations[s] for s in wanted),
        items=tuple(chosen),
    )
