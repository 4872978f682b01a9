"""Suggested strategies for one child's support plan, ranked for that child.

Pure Python with no Django, so the ranking is tested on its own. It reads only the guidance
library's own data:

- each less-developed *skill* lists the situations it shows up in
  (``skill.prosocial.manage-frustration-delay`` -> frustration), and weighs most, because
  it is the most specific thing the profile says;
- each less-developed *domain* lists its situations, its main one first
  (``domain.feelings`` -> dysregulated, distressed, frustration);
- the situations seen in the child's observations (see `situations_from_moments`) add
  a little each, up to a cap, so a busy week cannot drown out the profile.

Every strategy item (what to do when you notice it, how to promote, how to build
resilience, words to say) that applies at the child's age stage and is not a "don't" is
scored by how much of it is about those situations: the summed weight of its situations,
divided by how many situations it covers (a focused item beats a general one), plus a small
bonus for each weighted situation it touches. Ties keep the library's order, so the same
inputs always give the same list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from harbour.guidance.library import Item, Library

STRATEGY_KINDS: tuple[str, ...] = (
    "notice-do",
    "promote",
    "build-resilience",
    "resilience-way",
    "prompt",
)
KIND_WORDS = {
    "notice-do": "What to do",
    "promote": "How to promote it",
    "build-resilience": "Building resilience",
    "resilience-way": "A way to build resilience",
    "prompt": "Words to say",
}
SKILL_WEIGHT = 4.0  # each situation of a less-developed skill
DOMAIN_WEIGHT = 1.0  # times the situation's rank within its domain (main one most)
SEEN_WEIGHT = 0.5  # per observation in which the situation was seen ...
SEEN_CAP = 4  # ... counting at most this many
BREADTH_BONUS = 0.25

# What the child may have felt -> the situations it suggests.
FEELING_SITUATIONS: dict[str, tuple[str, ...]] = {
    "anger": ("frustration", "dysregulated"),
    "frustration": ("frustration",),
    "distress": ("distressed", "dysregulated"),
    "anxiety": ("distressed",),
    "fear": ("distressed",),
    "sadness": ("distressed",),
    "shame": ("distressed",),
}
# The child's part in what happened -> the situation it suggests.
ROLE_SITUATIONS: dict[str, tuple[str, ...]] = {
    "involved": ("peer-conflict",),
    "affected": ("peer-conflict",),
    "helped": ("helpful",),
}


@dataclass(frozen=True)
class Moment:
    """What one observation says about the child, reduced to what the ranking needs."""

    feelings: tuple[str, ...] = ()
    role: str = "focus"
    positive: bool = False


@dataclass(frozen=True)
class Suggestion:
    item_id: str
    title: str
    text: str
    kind: str
    score: float
    reasons: tuple[str, ...]
    source: str

    @property
    def kind_label(self) -> str:
        return KIND_WORDS.get(self.kind, self.kind)


def situations_from_moments(moments: Iterable[Moment]) -> Counter[str]:
    """How many observations suggested each situation (one count per observation)."""
    seen: Counter[str] = Counter()
    for moment in moments:
        found: set[str] = set()
        if not moment.positive:
            for feeling in moment.feelings:
                found.update(FEELING_SITUATIONS.get(feeling, ()))
        found.update(ROLE_SITUATIONS.get(moment.role, ()))
        seen.update(found)
    return seen


def suggest_strategies(
    *,
    less_developed: Sequence[str],
    weak_skills: Sequence[str],
    age_stage: str | None,
    observed_situations: Counter[str] | None = None,
    library: Library,
    limit: int = 8,
) -> list[Suggestion]:
    """The strategies that fit this child best, best first.

    `less_developed` holds domain slugs ("feelings"), `weak_skills` skill ids.
    """
    weights: dict[str, float] = {}
    why: dict[str, list[str]] = {}

    def add(slug: str, weight: float, reason: str) -> None:
        if slug not in library.situations:
            return
        weights[slug] = weights.get(slug, 0.0) + weight
        if reason not in why.setdefault(slug, []):
            why[slug].append(reason)

    skills = {s.id: s for s in library.skills}
    for skill_id in weak_skills:
        skill = skills.get(skill_id)
        if skill is not None:
            for slug in skill.item.situations:
                add(slug, SKILL_WEIGHT, f"less developed: {skill.title.lower()}")
    domains = {d.slug: d for d in library.domains}
    for domain_slug in less_developed:
        domain = domains.get(domain_slug)
        if domain is None:
            continue
        wanted = [s for s in domain.item.situations if s in library.situations]
        for rank, slug in enumerate(wanted):
            add(slug, DOMAIN_WEIGHT * (len(wanted) - rank), f"area to develop: {domain.title}")
    for slug, count in sorted((observed_situations or Counter()).items()):
        if count > 0:
            times = "once" if count == 1 else f"{count} times"
            add(
                slug,
                SEEN_WEIGHT * min(count, SEEN_CAP),
                f"seen in observations ({library.situations[slug].title.lower()}, {times})"
                if slug in library.situations
                else "",
            )
    if not weights:
        return []

    scored: list[tuple[float, int, Item]] = []
    for position, item in enumerate(library.items):
        if item.kind not in STRATEGY_KINDS or item.polarity == "dont":
            continue
        if not item.applies_to(age_stage) or not item.situations:
            continue
        touched = [s for s in item.situations if s in weights]
        if not touched:
            continue
        score = sum(weights[s] for s in touched) / len(item.situations)
        score += BREADTH_BONUS * len(touched)
        scored.append((-round(score, 6), position, item))
    scored.sort(key=lambda row: (row[0], row[1]))

    found: list[Suggestion] = []
    for negative, _position, item in scored[:limit]:
        reasons: list[str] = []
        for slug in sorted(item.situations, key=lambda s: -weights.get(s, 0.0)):
            for reason in why.get(slug, []):
                if reason not in reasons:
                    reasons.append(reason)
        found.append(
            Suggestion(
                item_id=item.id,
                title=item.title,
                text=item.text,
                kind=item.kind,
                score=-negative,
                reasons=tuple(reasons),
                source=item.source,
            )
        )
    return found
