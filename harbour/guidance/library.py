"""The guidance library: loads and validates the content files in ``content/``.

Pure Python with no Django import, so the web app, the ``harbour guidance``
commands, the coach and the tests all share one reading of the content. The
database copy is loaded from :meth:`Library.to_jsonl_records`; this module stays
the single place that decides what a valid content file is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

CONTENT_DIR = Path(__file__).with_name("content")
VERSION_FILE = "version.yaml"

AGE_STAGES: tuple[str, ...] = ("early", "middle", "adolescent")
AGE_STAGE_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "early": "Early years (0-3)",
        "middle": "Middle childhood (3-10)",
        "adolescent": "Adolescence (11-18)",
    }
)

# The coach and its labelled corpus already use these slugs, so the content must
# always define them; more may be added in situations.yaml.
REQUIRED_SITUATIONS: tuple[str, ...] = (
    "peer-conflict",
    "dysregulated",
    "helpful",
    "learning-task",
    "coping",
    "parents",
    "ongoing-support",
    "distressed",
    "frustration",
)

PACE_ELEMENTS: tuple[str, ...] = ("playfulness", "acceptance", "curiosity", "empathy")
SKILL_LISTS: tuple[str, ...] = ("prosocial", "resilient")
ITHRIVE_GROUPINGS: tuple[str, ...] = (
    "thriving",
    "getting-advice",
    "getting-help",
    "getting-more-help",
    "getting-risk-support",
)

# The eleven sections of the seed-000 intervention template, in order.
INTERVENTION_SECTIONS: tuple[str, ...] = (
    "introduction",
    "purpose",
    "target_audience",
    "who_can_deliver",
    "session_structure",
    "frequency_duration",
    "key_principles",
    "training_implementation",
    "evidence_outcomes",
    "feedback",
    "further_information",
)

# Seeds are cited as "NNN · heading" so a reader can find the passage in the
# seed file; the tests check that the heading really occurs there.
SEEDS: tuple[str, ...] = ("000", "001", "002")
SOURCE_RE = re.compile(r"^(?P<seed>\d{3}) · (?P<heading>\S.*\S)$")
ID_RE = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")

# Fields every item may carry; anything else must be listed for its kind below,
# so a misspelt key ("situation:" for "situations:") fails loudly instead of
# silently dropping data.
COMMON_FIELDS = frozenset(
    {
        "id",
        "kind",
        "title",
        "text",
        "age_stages",
        "situations",
        "source",
        "also_sources",
        "polarity",
        "retired",
        "sensitive",
        "audience",
    }
)

# kind, its required extra fields, its optional extra fields (space-separated).
_KIND_TABLE: tuple[tuple[str, str, str], ...] = (
    ("aim", "", ""),
    ("explainer", "", ""),
    ("key-message", "", ""),
    ("pace-overview", "", ""),
    ("pace-element", "element sounds_like in_brief", ""),
    ("pace-note", "element", ""),
    ("pace-phrase", "element", ""),
    ("pace-impact", "", ""),
    ("stage-summary", "", ""),
    ("development", "", ""),
    ("neuroscience", "", ""),
    ("language-use", "", ""),
    ("domain", "expectations", ""),
    ("skill", "list domain", ""),
    ("prosocial-factor", "", ""),
    ("promote", "", ""),
    ("protective-skill", "", ""),
    ("protective-factor", "level", ""),
    ("balance", "side", ""),
    ("adversity", "", ""),
    ("ace", "", ""),
    ("ace-figure", "threshold figure", ""),
    ("compromising-factor", "", ""),
    ("warning-sign", "", ""),
    ("impact", "area", ""),
    ("notice", "", ""),
    ("notice-do", "notice", ""),
    ("do", "", ""),
    ("dont", "", ""),
    ("principle", "", ""),
    ("prompt", "", "pace adapted_from"),
    ("remember", "", ""),
    ("parent-theme", "", ""),
    ("parent-tip", "theme", ""),
    ("build-resilience", "", ""),
    ("resilience-way", "", ""),
    ("role", "", ""),
    ("role-duty", "role", ""),
    ("ithrive-grouping", "grouping order", "toolkit_heading"),
    ("ithrive-offer", "grouping", "services"),
    ("service", "category groupings contact", "url urls area useful_website offers_note"),
    ("situation", "slug synonyms communicates", ""),
    ("intervention-section", "intervention section number", "principles resources status"),
)
KIND_FIELDS: Mapping[str, tuple[frozenset[str], frozenset[str]]] = MappingProxyType(
    {kind: (frozenset(req.split()), frozenset(opt.split())) for kind, req, opt in _KIND_TABLE}
)

# How a situation page groups items. An item with ``polarity: dont`` always goes
# to "avoid", whatever its kind, because it describes something not to do.
PAGE_GROUPS: tuple[str, ...] = ("notice", "do", "say", "avoid", "understand")
# Page group -> kinds, in the order they appear within the group: the most
# situation-specific kinds first.
_PAGE_GROUP_KINDS: tuple[tuple[str, str], ...] = (
    ("notice", "notice warning-sign impact"),
    (
        "do",
        "notice-do do principle pace-note promote build-resilience resilience-way "
        "parent-tip role-duty",
    ),
    ("say", "prompt pace-phrase"),
    ("avoid", "dont"),
    (
        "understand",
        "stage-summary development neuroscience language-use pace-element pace-overview "
        "remember explainer protective-factor",
    ),
)
KIND_PAGE_GROUP: Mapping[str, str] = MappingProxyType(
    {kind: group for group, kinds in _PAGE_GROUP_KINDS for kind in kinds.split()}
)
KIND_RANK: Mapping[str, int] = MappingProxyType(
    {kind: rank for rank, kind in enumerate(KIND_PAGE_GROUP)}
)

# Files are read in this order so lists, dumps and search ties come out the same
# way every time; any new file is read afterwards, alphabetically.
FILE_ORDER: tuple[str, ...] = (
    "about.yaml",
    "pace.yaml",
    "development.yaml",
    "skills.yaml",
    "factors.yaml",
    "notice_do.yaml",
    "do_dont.yaml",
    "prompts.yaml",
    "parents.yaml",
    "resilience_ways.yaml",
    "roles.yaml",
    "ithrive.yaml",
    "services.yaml",
    "situations.yaml",
    "interventions.yaml",
)


@dataclass(frozen=True)
class Problem:
    file: str
    item_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: item '{self.item_id}'" if self.item_id else self.file
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The content files are invalid. ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"guidance content has {len(self.problems)} problem(s):\n{lines}")


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    text: str
    age_stages: tuple[str, ...]
    situations: tuple[str, ...]
    source: str
    seed_list: str
    file: str
    also_sources: tuple[str, ...] = ()
    polarity: str | None = None
    retired: bool = False
    # Kind-specific fields (sounds_like, domain, notice, grouping, url...).
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def page_group(self) -> str | None:
        if self.polarity == "dont":
            return "avoid"
        return KIND_PAGE_GROUP.get(self.kind)

    def get(self, key: str, default: Any = None) -> Any:
        return self.extra.get(key, default)

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.extra.get(key) or ()
        return tuple(str(v) for v in value)

    def applies_to(self, age_stage: str | None) -> bool:
        return age_stage is None or age_stage in self.age_stages


@dataclass(frozen=True)
class ItemList:
    """One list or table of the seed, in the seed's order."""

    key: str
    title: str
    intro: str
    file: str
    item_ids: tuple[str, ...]


@dataclass(frozen=True)
class Situation:
    slug: str
    title: str
    summary: str
    communicates: str
    synonyms: tuple[str, ...]
    age_stages: tuple[str, ...]
    source: str
    item: Item


@dataclass(frozen=True)
class Domain:
    slug: str
    title: str
    description: str
    expectations: Mapping[str, str]
    item: Item


@dataclass(frozen=True)
class Skill:
    id: str
    list: str
    domain: str
    title: str
    text: str
    item: Item


@dataclass(frozen=True)
class Grouping:
    slug: str
    title: str
    text: str
    order: int
    item: Item


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    offers: str
    category: str
    groupings: tuple[str, ...]
    contact: str
    urls: tuple[str, ...]
    item: Item


@dataclass(frozen=True)
class InterventionSection:
    key: str
    number: int
    title: str
    text: str
    source: str
    item: Item


@dataclass(frozen=True)
class Intervention:
    id: str
    slug: str
    title: str
    summary: str
    sections: tuple[InterventionSection, ...]


@dataclass(frozen=True)
class SituationGuide:
    """Everything for one situation page, filtered to one age stage (or all)."""

    situation: Situation
    age_stage: str | None
    notice: tuple[Item, ...]
    do: tuple[Item, ...]
    say: tuple[Item, ...]
    avoid: tuple[Item, ...]
    understand: tuple[Item, ...]


@dataclass(frozen=True)
class Library:
    content_version: str
    items: tuple[Item, ...]  # active items, in file and list order
    by_id: Mapping[str, Item]  # every item, retired ones too, so old ids still resolve
    lists: Mapping[str, ItemList]
    situations: Mapping[str, Situation]
    domains: tuple[Domain, ...]
    skills: tuple[Skill, ...]
    groupings: tuple[Grouping, ...]
    services: tuple[Service, ...]
    interventions: tuple[Intervention, ...]

    def list_items(self, key: str, *, include_retired: bool = False) -> tuple[Item, ...]:
        items = (self.by_id[i] for i in self.lists[key].item_ids)
        return tuple(it for it in items if include_retired or not it.retired)

    def of_kind(self, *kinds: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.kind in kinds)

    def for_situation(self, slug: str, age_stage: str | None = None) -> SituationGuide:
        if slug not in self.situations:
            raise KeyError(f"unknown situation {slug!r}")
        if age_stage is not None and age_stage not in AGE_STAGES:
            raise ValueError(f"unknown age stage {age_stage!r}; use one of {AGE_STAGES}")
        groups: dict[str, list[Item]] = {group: [] for group in PAGE_GROUPS}
        for item in self.items:
            group = item.page_group
            if group and slug in item.situations and item.applies_to(age_stage):
                groups[group].append(item)
        ordered = {
            group: tuple(sorted(found, key=lambda it: KIND_RANK.get(it.kind, 99)))
            for group, found in groups.items()
        }
        return SituationGuide(
            situation=self.situations[slug],
            age_stage=age_stage,
            notice=ordered["notice"],
            do=ordered["do"],
            say=ordered["say"],
            avoid=ordered["avoid"],
            understand=ordered["understand"],
        )

    def to_jsonl_records(self) -> list[dict[str, Any]]:
        """One plain dict per active item: the shape of ``harbour guidance dump``."""
        return [
            {
                "id": item.id,
                "kind": item.kind,
                "title": item.title,
                "text": item.text,
                "age_stages": list(item.age_stages),
                "situations": list(item.situations),
                "source": item.source,
            }
            for item in self.items
        ]


@functools.lru_cache(maxsize=8)
def load_library(path: str | Path | None = None) -> Library:
    """Read and validate every content file. Cached: the web app calls this per request."""
    return _Loader(Path(path) if path is not None else CONTENT_DIR).load()


def content_version(path: str | Path | None = None) -> str:
    return load_library(path).content_version


def _text(value: Any) -> str:
    # Folded YAML scalars keep a trailing newline and authors wrap lines freely;
    # one space between words is what every consumer wants.
    return " ".join(str(value).split()) if value is not None else ""


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def fail(self, file: str, item_id: str | None, message: str) -> None:
        self.problems.append(Problem(file, item_id, message))

    def load(self) -> Library:
        if not self.root.is_dir():
            raise ContentError([Problem(str(self.root), None, "content directory not found")])
        version = self._version()
        items: list[Item] = []
        lists: dict[str, ItemList] = {}
        raw_interventions: list[tuple[str, dict[str, Any]]] = []
        for path in self._files():
            data = self._read(path)
            if data is None:
                continue
            for key in data:
                if key not in ("sections", "interventions"):
                    self.fail(path.name, None, f"unknown top-level key {key!r}")
            for entry in data.get("interventions") or []:
                raw_interventions.append((path.name, entry))
            for section in data.get("sections") or []:
                self._section(path.name, section, items, lists)
        library = self._assemble(version, items, lists, raw_interventions)
        if self.problems:
            raise ContentError(self.problems)
        return library

    def _version(self) -> str:
        # A YAML file rather than a bare VERSION file, so it ships with the
        # package data (*.yaml) like the content it versions.
        path = self.root / VERSION_FILE
        data = self._read(path) if path.is_file() else None
        version = data.get("version") if data else None
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail(VERSION_FILE, None, "needs 'version:' set to a whole number (1, 2, ...)")
            return ""
        return str(version)

    def _files(self) -> list[Path]:
        found = {p.name: p for p in self.root.glob("*.yaml") if p.name != VERSION_FILE}
        ordered = [found.pop(name) for name in FILE_ORDER if name in found]
        return ordered + [found[name] for name in sorted(found)]

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            self.fail(path.name, None, f"is not valid YAML{where}: {exc}")
            return None
        if not isinstance(data, dict):
            self.fail(path.name, None, "must be a mapping with a 'sections' list")
            return None
        return data

    def _section(
        self, file: str, section: Any, items: list[Item], lists: dict[str, ItemList]
    ) -> None:
        if not isinstance(section, dict) or "seed_list" not in section:
            self.fail(file, None, "each entry of 'sections' needs a 'seed_list' key")
            return
        key = str(section["seed_list"])
        if key in lists:
            self.fail(file, None, f"seed_list {key!r} is used twice; list keys must be unique")
        defaults = section.get("defaults") or {}
        ids: list[str] = []
        for raw in section.get("items") or []:
            if not isinstance(raw, dict):
                self.fail(file, None, f"in list {key!r}, every item must be a mapping")
                continue
            item = self._item(file, key, {**defaults, **raw})
            if item is not None:
                items.append(item)
                ids.append(item.id)
        if not ids:
            self.fail(file, None, f"list {key!r} has no items")
        lists[key] = ItemList(
            key=key,
            title=_text(section.get("title") or key),
            intro=_text(section.get("intro")),
            file=file,
            item_ids=tuple(ids),
        )

    def _item(self, file: str, seed_list: str, raw: dict[str, Any]) -> Item | None:
        item_id = str(raw.get("id") or "")
        if not ID_RE.match(item_id):
            self.fail(
                file,
                item_id or None,
                "needs an 'id' of lower-case words joined by '.' or '-' (e.g. 'skill.prosocial.share')",
            )
            return None
        kind = str(raw.get("kind") or "")
        if kind not in KIND_FIELDS:
            self.fail(
                file, item_id, f"unknown kind {kind!r}; known kinds: {', '.join(KIND_FIELDS)}"
            )
            return None
        required, optional = KIND_FIELDS[kind]
        for name in sorted(required - raw.keys()):
            self.fail(file, item_id, f"kind {kind!r} needs a {name!r} field")
        for name in sorted(raw.keys() - COMMON_FIELDS - required - optional):
            self.fail(file, item_id, f"unexpected field {name!r} for kind {kind!r} (misspelt?)")
        for name in ("title", "text", "source"):
            if not _text(raw.get(name)):
                self.fail(file, item_id, f"'{name}' must not be empty")
        age_stages = tuple(raw.get("age_stages") or ())
        if not age_stages:
            self.fail(
                file, item_id, f"'age_stages' must list one or more of {', '.join(AGE_STAGES)}"
            )
        for stage in age_stages:
            if stage not in AGE_STAGES:
                self.fail(
                    file, item_id, f"unknown age stage {stage!r}; use {', '.join(AGE_STAGES)}"
                )
        sources = (raw.get("source"), *(raw.get("also_sources") or ()))
        for source in sources:
            if source is not None:
                self._check_source(file, item_id, str(source))
        polarity = raw.get("polarity")
        if polarity not in (None, "do", "dont"):
            self.fail(file, item_id, f"polarity must be 'do' or 'dont', not {polarity!r}")
        extra = {k: v for k, v in raw.items() if k not in COMMON_FIELDS}
        return Item(
            id=item_id,
            kind=kind,
            title=_text(raw.get("title")),
            text=_text(raw.get("text")),
            age_stages=tuple(str(s) for s in age_stages),
            situations=tuple(str(s) for s in raw.get("situations") or ()),
            source=_text(raw.get("source")),
            seed_list=seed_list,
            file=file,
            also_sources=tuple(_text(s) for s in raw.get("also_sources") or ()),
            polarity=str(polarity) if polarity else None,
            retired=bool(raw.get("retired", False)),
            extra=MappingProxyType(extra),
        )

    def _check_source(self, file: str, item_id: str, source: str) -> None:
        match = SOURCE_RE.match(source)
        if not match or match["seed"] not in SEEDS:
            self.fail(
                file,
                item_id,
                f"source {source!r} must cite a seed and its section heading, "
                f"like '002 · Responding in prosocial ways' (seeds: {', '.join(SEEDS)})",
            )

    def _assemble(
        self,
        version: str,
        items: list[Item],
        lists: dict[str, ItemList],
        raw_interventions: list[tuple[str, dict[str, Any]]],
    ) -> Library:
        by_id: dict[str, Item] = {}
        for item in items:
            if item.id in by_id:
                other = by_id[item.id].file
                self.fail(item.file, item.id, f"id is already used in {other}; ids must be unique")
            by_id[item.id] = item
        active = tuple(item for item in items if not item.retired)

        situations = self._situations(active)
        for item in items:
            for slug in item.situations:
                if slug not in situations:
                    known = ", ".join(sorted(situations))
                    self.fail(item.file, item.id, f"unknown situation {slug!r}; known: {known}")
            self._check_references(item, by_id)
        domains = self._domains(active)
        skills = self._skills(active, {d.slug for d in domains})
        groupings = tuple(
            Grouping(
                slug=str(it.get("grouping")),
                title=it.title,
                text=it.text,
                order=int(it.get("order", 0)),
                item=it,
            )
            for it in active
            if it.kind == "ithrive-grouping"
        )
        services = tuple(
            Service(
                id=it.id,
                name=it.title,
                offers=it.text,
                category=str(it.get("category")),
                groupings=it.strings("groupings"),
                contact=_text(it.get("contact")),
                urls=(str(it.get("url")),) if it.get("url") else it.strings("urls"),
                item=it,
            )
            for it in active
            if it.kind == "service"
        )
        interventions = self._interventions(raw_interventions, active)
        return Library(
            content_version=version,
            items=active,
            by_id=MappingProxyType(by_id),
            lists=MappingProxyType(lists),
            situations=MappingProxyType(situations),
            domains=domains,
            skills=skills,
            groupings=tuple(sorted(groupings, key=lambda g: g.order)),
            services=services,
            interventions=interventions,
        )

    def _situations(self, items: tuple[Item, ...]) -> dict[str, Situation]:
        situations: dict[str, Situation] = {}
        for it in items:
            if it.kind != "situation":
                continue
            slug = str(it.get("slug"))
            if it.id != f"situation.{slug}":
                self.fail(it.file, it.id, f"a situation's id must be 'situation.{slug}'")
            synonyms = it.strings("synonyms")
            if not synonyms:
                self.fail(it.file, it.id, "needs 'synonyms': phrases staff would search for")
            situations[slug] = Situation(
                slug=slug,
                title=it.title,
                summary=it.text,
                communicates=_text(it.get("communicates")),
                synonyms=synonyms,
                age_stages=it.age_stages,
                source=it.source,
                item=it,
            )
        for slug in REQUIRED_SITUATIONS:
            if slug not in situations:
                self.fail(
                    "situations.yaml", None, f"situation {slug!r} is required (the coach uses it)"
                )
        return situations

    def _check_references(self, item: Item, by_id: Mapping[str, Item]) -> None:
        # Cross-references between items: (field, kind it must point at).
        refs = {
            "notice": "notice",
            "theme": "parent-theme",
            "role": "role",
            "adapted_from": "prompt",
        }
        for name, kind in refs.items():
            target = item.get(name)
            if target is None:
                continue
            if target not in by_id or by_id[target].kind != kind:
                self.fail(
                    item.file, item.id, f"{name} {target!r} must be the id of a {kind!r} item"
                )
        for target in item.strings("services"):
            if target not in by_id or by_id[target].kind != "service":
                self.fail(item.file, item.id, f"services entry {target!r} is not a service id")
        groupings = item.strings("groupings") or (
            (str(item.get("grouping")),) if item.get("grouping") else ()
        )
        for slug in groupings:
            if slug not in ITHRIVE_GROUPINGS:
                self.fail(item.file, item.id, f"unknown I-THRIVE grouping {slug!r}")
        element = item.get("element")
        if element is not None and element not in PACE_ELEMENTS:
            self.fail(item.file, item.id, f"element must be one of {', '.join(PACE_ELEMENTS)}")
        for element in item.strings("pace"):
            if element not in PACE_ELEMENTS:
                self.fail(item.file, item.id, f"pace lists unknown element {element!r}")
        if item.kind == "pace-element" and not item.strings("sounds_like"):
            self.fail(item.file, item.id, "needs 'sounds_like' examples")

    def _domains(self, items: tuple[Item, ...]) -> tuple[Domain, ...]:
        domains = []
        for it in items:
            if it.kind != "domain":
                continue
            expectations = it.get("expectations") or {}
            missing = [s for s in AGE_STAGES if not _text(expectations.get(s))]
            if missing:
                self.fail(it.file, it.id, f"expectations missing for {', '.join(missing)}")
            domains.append(
                Domain(
                    slug=it.id.removeprefix("domain."),
                    title=it.title,
                    description=it.text,
                    expectations=MappingProxyType(
                        {s: _text(expectations.get(s)) for s in AGE_STAGES}
                    ),
                    item=it,
                )
            )
        return tuple(domains)

    def _skills(self, items: tuple[Item, ...], domain_slugs: set[str]) -> tuple[Skill, ...]:
        skills = []
        for it in items:
            if it.kind != "skill":
                continue
            skill_list, domain = str(it.get("list")), str(it.get("domain"))
            if skill_list not in SKILL_LISTS:
                self.fail(it.file, it.id, f"list must be one of {', '.join(SKILL_LISTS)}")
            if not it.id.startswith(f"skill.{skill_list}."):
                self.fail(
                    it.file, it.id, f"a {skill_list} skill's id must start 'skill.{skill_list}.'"
                )
            if domain not in domain_slugs:
                known = ", ".join(sorted(domain_slugs))
                self.fail(it.file, it.id, f"domain {domain!r} is not defined; known: {known}")
            skills.append(
                Skill(
                    id=it.id, list=skill_list, domain=domain, title=it.title, text=it.text, item=it
                )
            )
        return tuple(skills)

    def _interventions(
        self, raw: list[tuple[str, dict[str, Any]]], items: tuple[Item, ...]
    ) -> tuple[Intervention, ...]:
        result = []
        for file, entry in raw:
            slug = str(entry.get("slug") or "")
            sections = sorted(
                (
                    InterventionSection(
                        key=str(it.get("section")),
                        number=int(it.get("number")),
                        title=it.title,
                        text=it.text,
                        source=it.source,
                        item=it,
                    )
                    for it in items
                    if it.kind == "intervention-section" and it.get("intervention") == slug
                ),
                key=lambda s: s.number,
            )
            keys = [s.key for s in sections]
            if keys != list(INTERVENTION_SECTIONS):
                self.fail(
                    file,
                    str(entry.get("id")),
                    f"needs exactly the {len(INTERVENTION_SECTIONS)} template sections in order "
                    f"({', '.join(INTERVENTION_SECTIONS)}); found {', '.join(keys) or 'none'}",
                )
            result.append(
                Intervention(
                    id=str(entry.get("id")),
                    slug=slug,
                    title=_text(entry.get("title")),
                    summary=_text(entry.get("summary")),
                    sections=tuple(sections),
                )
            )
        known = {i.slug for i in result}
        for it in items:
            if it.kind == "intervention-section" and it.get("intervention") not in known:
                self.fail(it.file, it.id, f"intervention {it.get('intervention')!r} is not defined")
        return tuple(result)
