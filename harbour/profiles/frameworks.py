"""Profile frameworks: the versioned data a profile is made with.

A framework (``frameworks/v<N>.yaml``) says which skills are rated, how they are grouped
into domains, the rating scale and the words used for results. Each profile stores its
framework's version and is always read back with that version's file, so a later version
can change items, domains or the scale without changing what an old profile says.

Pure Python (no Django): titles, descriptions and age-stage expectations come from the
guidance library, whose skill and domain ids are permanent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from harbour.guidance.library import AGE_STAGES, Library, load_library

FRAMEWORK_DIR = Path(__file__).with_name("frameworks")
_FILE_RE = re.compile(r"^v(?P<version>\d+)\.yaml$")
BANDS = ("strength", "developing", "less-developed", "not-enough")


class FrameworkError(Exception):
    """A framework file is missing or invalid."""


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: str
    descriptor: str


@dataclass(frozen=True)
class FrameworkSkill:
    id: str
    list: str  # prosocial | resilient
    title: str
    text: str


@dataclass(frozen=True)
class FrameworkDomain:
    id: str  # the guidance item id, e.g. "domain.feelings"
    slug: str  # "feelings"
    title: str
    short: str
    description: str
    expectations: Mapping[str, str]  # age stage -> what to expect
    skills: tuple[FrameworkSkill, ...]

    def expectation(self, age_stage: str) -> str:
        return self.expectations.get(age_stage, "")


@dataclass(frozen=True)
class Rules:
    strength_at: float
    less_developed_at: float
    min_rated: int
    change_at: float


@dataclass(frozen=True)
class Framework:
    version: str
    title: str
    statement: str
    scale: tuple[ScalePoint, ...]
    not_observed: ScalePoint  # value -1 marks it; stored as NULL
    domains: tuple[FrameworkDomain, ...]
    rules: Rules
    wording: Mapping[str, Any]

    @property
    def max_value(self) -> int:
        return max(point.value for point in self.scale)

    @property
    def values(self) -> frozenset[int]:
        return frozenset(point.value for point in self.scale)

    def label_for(self, value: int | None) -> str:
        if value is None:
            return self.not_observed.label
        for point in self.scale:
            if point.value == value:
                return point.label
        return str(value)

    def domain(self, slug: str) -> FrameworkDomain | None:
        return next((d for d in self.domains if d.slug == slug), None)

    @property
    def skill_ids(self) -> frozenset[str]:
        return frozenset(s.id for d in self.domains for s in d.skills)

    @property
    def domain_ids(self) -> frozenset[str]:
        return frozenset(d.id for d in self.domains)

    def band_label(self, band: str) -> str:
        return str(self.wording["band"][band])


def available_versions(directory: Path | None = None) -> list[str]:
    """Every framework version on disk, oldest first."""
    root = directory or FRAMEWORK_DIR
    found = [m["version"] for p in root.glob("v*.yaml") if (m := _FILE_RE.match(p.name))]
    return sorted(found, key=int)


def current_version(directory: Path | None = None) -> str:
    """New profiles use the newest framework."""
    versions = available_versions(directory)
    if not versions:
        raise FrameworkError(f"No profile framework files in {directory or FRAMEWORK_DIR}")
    return versions[-1]


def load_framework(
    version: str, directory: Path | None = None, library: Library | None = None
) -> Framework:
    library = library or load_library()
    key = (version, str(directory or FRAMEWORK_DIR), id(library))
    if key not in _CACHE:
        _CACHE[key] = _load(version, key[1], library)
    return _CACHE[key]


# Read once per process: frameworks never change while running (the tests clear it).
_CACHE: dict[tuple[str, str, int], Framework] = {}


def _load(version: str, directory: str, library: Library) -> Framework:
    path = Path(directory) / f"v{version}.yaml"
    if not path.is_file():
        raise FrameworkError(f"Profile framework version {version} is missing ({path}).")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or str(data.get("version")) != version:
        raise FrameworkError(f"{path.name} must declare version: {version!r}")
    problems: list[str] = []
    scale = tuple(
        ScalePoint(int(p["value"]), str(p["label"]), str(p["descriptor"])) for p in data["scale"]
    )
    values = [p.value for p in scale]
    if values != list(range(len(values))) or len(values) < 2:
        problems.append("scale values must be 0, 1, 2, ... in order")
    raw_not_observed = data["not_observed"]
    not_observed = ScalePoint(
        -1, str(raw_not_observed["label"]), str(raw_not_observed["descriptor"])
    )
    domains: list[FrameworkDomain] = []
    seen_skills: set[str] = set()
    for raw in data["domains"]:
        domain_id = str(raw["id"])
        item = library.by_id.get(domain_id)
        guidance_domain = next((d for d in library.domains if d.item.id == domain_id), None)
        if item is None or item.kind != "domain" or guidance_domain is None:
            problems.append(f"{domain_id} is not a guidance domain")
            continue
        skills = []
        for skill_id in raw["skills"]:
            skill_item = library.by_id.get(skill_id)
            if skill_item is None or skill_item.kind != "skill":
                problems.append(f"{skill_id} is not a guidance skill")
                continue
            if skill_id in seen_skills:
                problems.append(f"{skill_id} appears twice")
            seen_skills.add(skill_id)
            skills.append(
                FrameworkSkill(
                    id=skill_id,
                    list=str(skill_item.get("list")),
                    title=skill_item.title,
                    text=skill_item.text,
                )
            )
        if not skills:
            problems.append(f"{domain_id} has no skills")
        expectations = {s: guidance_domain.expectations.get(s, "") for s in AGE_STAGES}
        domains.append(
            FrameworkDomain(
                id=domain_id,
                slug=guidance_domain.slug,
                title=str(raw.get("title") or guidance_domain.title),
                short=str(raw.get("short") or guidance_domain.title),
                description=guidance_domain.description,
                expectations=MappingProxyType(expectations),
                skills=tuple(skills),
            )
        )
    raw_rules = data["rules"]
    rules = Rules(
        strength_at=float(raw_rules["strength_at"]),
        less_developed_at=float(raw_rules["less_developed_at"]),
        min_rated=int(raw_rules["min_rated"]),
        change_at=float(raw_rules["change_at"]),
    )
    if not 0 <= rules.less_developed_at < rules.strength_at <= 1:
        problems.append("rules need 0 <= less_developed_at < strength_at <= 1")
    wording = data["wording"]
    missing = [b for b in BANDS if b not in (wording.get("band") or {})]
    if missing:
        problems.append(f"wording.band lacks {', '.join(missing)}")
    if problems:
        raise FrameworkError(f"{path.name}: " + "; ".join(problems))
    return Framework(
        version=version,
        title=str(data["title"]),
        statement=" ".join(str(data["statement"]).split()),
        scale=scale,
        not_observed=not_observed,
        domains=tuple(domains),
        rules=rules,
        wording=MappingProxyType(dict(wording)),
    )


def clear_cache() -> None:
    _CACHE.clear()
