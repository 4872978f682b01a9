"""Scoring a profile: domain scores, strengths and less-developed areas, change over time.

Pure Python with no Django or database, so the rules are tested on their own and the same
reading serves the page, the print view, the group grid and (later) the plans.

The rules (the numbers come from the framework file's ``rules``; v1 values in brackets):

1. A skill is rated on the framework's scale (0 = not yet seen ... 3 = secure) or
   "not observed". Not observed, and skills left unrated, are left out entirely: they
   neither raise nor lower a score.
2. A domain's score is the mean of its rated skills divided by the top of the scale, so it
   runs from 0 to 1 whatever the scale's length. A quick screen rates a whole domain at
   once; its domain score is that one rating divided by the top of the scale.
3. A domain is only named (strength or less developed) when at least ``min_rated`` (2) of
   its skills are rated (or all of them, for a domain with fewer skills, such as "trust
   and seeking help"), or it was rated as a whole in a quick screen. Otherwise its band
   is "not enough seen yet" (a score from too few skills is shown but never named).
4. A domain is a strength when its score is at least ``strength_at`` (0.75), less
   developed when at most ``less_developed_at`` (0.4), and developing in between.
5. When no domain reaches the strength threshold, the highest-scoring nameable domain is
   named as the child's *relative* strength, as long as it is above the less-developed
   threshold, so a profile names something to build on whenever it can. Every domain tied
   at the top is named; ties are never broken arbitrarily.
6. Strengths are listed highest score first, less-developed areas lowest first; equal
   scores keep the framework's domain order.
7. The words come from the framework: a lead-in (``wording``) and the titles of the skills
   that make the domain what it is: for a strength, the skills rated at the domain's top
   rating; for a less-developed area, those rated at or below the less-developed level
   (1 of 3). Nothing is written per child.
8. Between two profiles a domain's change is "more secure" or "less secure" when its
   score moved by at least ``change_at`` (0.1), and "about the same" otherwise; domains
   are matched by their permanent slug, so profiles made with different framework
   versions still compare. A domain not nameable in both is "not rated in both".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from harbour.profiles.frameworks import Framework, FrameworkDomain, FrameworkSkill

EPSILON = 1e-9


@dataclass(frozen=True)
class SkillRating:
    skill: FrameworkSkill
    value: int | None
    label: str


@dataclass(frozen=True)
class DomainScore:
    domain: FrameworkDomain
    score: float | None  # 0..1, None when nothing was rated
    mean: float | None  # on the framework's scale
    rated: int
    band: str  # strength | developing | less-developed | not-enough
    skills: tuple[SkillRating, ...]
    screened: bool = False  # rated as a whole in a quick screen
    relative: bool = False  # named as the child's relatively strongest area (rule 5)

    @property
    def percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)

    @property
    def tenths(self) -> int:
        """The score to the nearest tenth (0-10), for drawing a bar without inline styles."""
        return 0 if self.score is None else round(self.score * 10)

    @property
    def nameable(self) -> bool:
        return self.band != "not-enough"


@dataclass(frozen=True)
class Finding:
    """A strength or a less-developed area, in words."""

    domain: DomainScore
    lead: str
    skills: tuple[str, ...]  # skill titles, as they continue the lead-in

    @property
    def slug(self) -> str:
        return self.domain.domain.slug

    @property
    def text(self) -> str:
        if not self.skills:
            return self.lead
        return f"{self.lead} {'; '.join(self.skills)}."


@dataclass(frozen=True)
class ProfileResult:
    framework: Framework
    domains: tuple[DomainScore, ...]
    strengths: tuple[Finding, ...]
    less_developed: tuple[Finding, ...]
    no_strengths: str
    no_less_developed: str

    def domain(self, slug: str) -> DomainScore | None:
        return next((d for d in self.domains if d.domain.slug == slug), None)

    @property
    def rated(self) -> int:
        return sum(d.rated for d in self.domains)


@dataclass(frozen=True)
class DomainChange:
    slug: str
    title: str
    short: str
    earlier: float | None
    later: float | None
    direction: str  # up | same | down | none
    text: str

    @property
    def change(self) -> float | None:
        if self.earlier is None or self.later is None:
            return None
        return self.later - self.earlier

    @property
    def change_points(self) -> int | None:
        change = self.change
        return None if change is None else round(change * 100)


def as_phrase(title: str) -> str:
    """'Share, co-operate and help' -> 'share, co-operate and help' (keeps acronyms)."""
    if len(title) > 1 and title[1].isupper():
        return title
    return title[:1].lower() + title[1:]


def score_domain(
    framework: Framework, domain: FrameworkDomain, ratings: Mapping[str, int | None]
) -> DomainScore:
    top = framework.max_value
    skills = tuple(
        SkillRating(skill, ratings.get(skill.id), framework.label_for(ratings.get(skill.id)))
        for skill in domain.skills
    )
    values = [s.value for s in skills if s.value is not None]
    screened = False
    if not values and ratings.get(domain.id) is not None:
        values = [int(ratings[domain.id])]  # type: ignore[arg-type]
        screened = True
    if not values:
        return DomainScore(domain, None, None, 0, "not-enough", skills)
    mean = sum(values) / len(values)
    score = mean / top
    rules = framework.rules
    if not screened and len(values) < min(rules.min_rated, len(domain.skills)):
        band = "not-enough"
    elif score >= rules.strength_at - EPSILON:
        band = "strength"
    elif score <= rules.less_developed_at + EPSILON:
        band = "less-developed"
    else:
        band = "developing"
    return DomainScore(domain, score, mean, len(values), band, skills, screened=screened)


def score_profile(
    framework: Framework, ratings: Mapping[str, int | None], *, name: str
) -> ProfileResult:
    """Everything a result page says, from one profile's ratings (item id -> value)."""
    scores = [score_domain(framework, domain, ratings) for domain in framework.domains]
    order = {d.domain.slug: i for i, d in enumerate(scores)}
    rules = framework.rules

    if not any(d.band == "strength" for d in scores):
        candidates = [d for d in scores if d.nameable and d.score is not None]
        if candidates:
            best = max(d.score for d in candidates if d.score is not None)
            if best > rules.less_developed_at + EPSILON:
                scores = [
                    _replace_relative(d)
                    if d.nameable and d.score is not None and math.isclose(d.score, best)
                    else d
                    for d in scores
                ]

    strong = sorted(
        (d for d in scores if d.band == "strength" or d.relative),
        key=lambda d: (-(d.score or 0), order[d.domain.slug]),
    )
    weak = sorted(
        (d for d in scores if d.band == "less-developed"),
        key=lambda d: (d.score or 0, order[d.domain.slug]),
    )
    wording = framework.wording
    return ProfileResult(
        framework=framework,
        domains=tuple(scores),
        strengths=tuple(_strength(framework, d, name) for d in strong),
        less_developed=tuple(_less_developed(framework, d, name) for d in weak),
        no_strengths=str(wording["no_strengths"]).format(name=name),
        no_less_developed=str(wording["no_less_developed"]).format(name=name),
    )


def _replace_relative(score: DomainScore) -> DomainScore:
    return DomainScore(
        score.domain,
        score.score,
        score.mean,
        score.rated,
        score.band,
        score.skills,
        screened=score.screened,
        relative=True,
    )


def _fill(template: object, name: str, domain: DomainScore) -> str:
    return str(template).format(name=name, domain=as_phrase(domain.domain.title))


def _strength(framework: Framework, domain: DomainScore, name: str) -> Finding:
    wording = framework.wording
    if domain.screened:
        return Finding(domain, _fill(wording["strength_screen"], name, domain), ())
    rated = [s for s in domain.skills if s.value is not None]
    top = max(s.value for s in rated if s.value is not None)
    named = tuple(as_phrase(s.skill.title) for s in rated if s.value == top)
    key = "strength_relative" if domain.relative else "strength"
    return Finding(domain, _fill(wording[key], name, domain), named)


def _less_developed(framework: Framework, domain: DomainScore, name: str) -> Finding:
    wording = framework.wording
    if domain.screened:
        return Finding(domain, _fill(wording["less_developed_screen"], name, domain), ())
    rated = [s for s in domain.skills if s.value is not None]
    level = math.floor(framework.rules.less_developed_at * framework.max_value + EPSILON)
    low = [s for s in rated if s.value is not None and s.value <= level]
    if not low:  # cannot happen with a sensible scale, but never name nothing
        bottom = min(s.value for s in rated if s.value is not None)
        low = [s for s in rated if s.value == bottom]
    named = tuple(as_phrase(s.skill.title) for s in low)
    return Finding(domain, _fill(wording["less_developed"], name, domain), named)


def compare(
    earlier: ProfileResult, later: ProfileResult, *, name: str, earlier_date: str
) -> tuple[DomainChange, ...]:
    """Per-domain change from `earlier` to `later`, in the later framework's domain order."""
    rules = later.framework.rules
    wording = later.framework.wording["change"]
    slugs = [d.domain.slug for d in later.domains]
    slugs += [d.domain.slug for d in earlier.domains if d.domain.slug not in slugs]
    changes = []
    for slug in slugs:
        before, after = earlier.domain(slug), later.domain(slug)
        shown = after or before
        assert shown is not None
        old = before.score if before is not None and before.nameable else None
        new = after.score if after is not None and after.nameable else None
        if old is None or new is None:
            direction = "none"
        elif new - old >= rules.change_at - EPSILON:
            direction = "up"
        elif old - new >= rules.change_at - EPSILON:
            direction = "down"
        else:
            direction = "same"
        changes.append(
            DomainChange(
                slug=slug,
                title=shown.domain.title,
                short=shown.domain.short,
                earlier=old,
                later=new,
                direction=direction,
                text=str(wording[direction]).format(date=earlier_date, name=name),
            )
        )
    return tuple(changes)


def domain_series(
    results: Sequence[ProfileResult], slugs: Sequence[str]
) -> dict[str, list[float | None]]:
    """Each domain's score (0-100) across profiles, oldest first; None where not nameable."""
    series: dict[str, list[float | None]] = {slug: [] for slug in slugs}
    for result in results:
        for slug in slugs:
            score = result.domain(slug)
            value = score.score if score is not None and score.nameable else None
            series[slug].append(None if value is None else round(value * 100, 1))
    return series
