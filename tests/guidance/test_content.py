"""The content is well formed: sources cite real seed headings, ids are unique and
permanent, the text is Harbour's own words, and every situation page is usable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from harbour.guidance.library import (
    AGE_STAGES,
    CONTENT_DIR,
    INTERVENTION_SECTIONS,
    REQUIRED_SITUATIONS,
    SOURCE_RE,
    Library,
)

from .conftest import normalise

KNOWN_IDS = Path(__file__).with_name("known_ids.txt")

# Every id of a kind starts the same way, so an id says what it is.
KIND_PREFIXES = {
    "skill": "skill.",
    "domain": "domain.",
    "situation": "situation.",
    "prompt": "prompt.",
    "service": "service.",
    "warning-sign": "warning.",
    "notice-do": "notice-do.",
    "notice": "notice.",
    "do": "do.",
    "dont": "dont.",
    "ace": "ace.",
    "ace-figure": "ace-figure.",
    "impact": "impact.",
    "role-duty": "role.",
    "role": "role.",
    "parent-tip": "parents.tip.",
    "parent-theme": "parents.theme.",
    "resilience-way": "way.",
    "build-resilience": "build.",
    "intervention-section": "intervention.",
    "ithrive-grouping": "ithrive.",
    "ithrive-offer": "ithrive.offer.",
    "pace-element": "pace.element.",
}

# The 26 skill ids are stored in children's profiles; they must never change.
SKILL_IDS = {
    "skill.prosocial.regulate-emotions",
    "skill.prosocial.aware-of-others",
    "skill.prosocial.empathy",
    "skill.prosocial.manage-frustration-delay",
    "skill.prosocial.share-cooperate-help",
    "skill.prosocial.turns-and-instructions",
    "skill.prosocial.others-first",
    "skill.prosocial.reflect",
    "skill.prosocial.manage-conflict",
    "skill.prosocial.flexible",
    "skill.prosocial.tolerate-not-knowing",
    "skill.prosocial.positive-relationships",
    "skill.prosocial.coping-problem-solving",
    "skill.prosocial.think-and-reflect",
    "skill.resilient.seek-help",
    "skill.resilient.regulate-emotions",
    "skill.resilient.manage-challenges",
    "skill.resilient.persist",
    "skill.resilient.meet-challenges",
    "skill.resilient.problem-solve",
    "skill.resilient.rest-and-replenish",
    "skill.resilient.independence-worth",
    "skill.resilient.positive-relationships",
    "skill.resilient.purpose-goals",
    "skill.resilient.hopeful",
    "skill.resilient.gratitude",
}

# Runs of this many words shared with a seed mean a sentence was copied rather
# than written in Harbour's words. Short quotes stay well under it.
COPY_RUN = 10


def _sources(library: Library) -> set[str]:
    found = set()
    for item in library.by_id.values():
        found.add(item.source)
        found.update(item.also_sources)
    return found


def test_every_source_names_a_seed_and_a_heading(library: Library) -> None:
    for item in library.by_id.values():
        assert SOURCE_RE.match(item.source), f"{item.id}: {item.source!r}"


def test_every_cited_heading_occurs_in_its_seed(library: Library, seeds: dict[str, str]) -> None:
    missing = []
    for source in sorted(_sources(library)):
        match = SOURCE_RE.match(source)
        assert match, source
        if normalise(match["heading"]) not in seeds[match["seed"]]:
            missing.append(source)
    assert not missing, f"headings not found in the seed text: {missing}"


def test_intervention_sections_cite_their_numbered_seed_000_section(library: Library) -> None:
    pace = library.interventions[0]
    assert pace.slug == "pace", "PACE is the first entry of the catalogue"
    assert [s.key for s in pace.sections] == list(INTERVENTION_SECTIONS)
    for number, section in enumerate(pace.sections, start=1):
        assert section.number == number
        assert section.source.startswith(f"000 · {number}. "), section.source


def test_ids_look_stable(library: Library) -> None:
    for item in library.by_id.values():
        assert re.fullmatch(r"[a-z0-9]+(?:[.-][a-z0-9]+)*", item.id), item.id
        assert len(item.id) <= 80, item.id
        prefix = KIND_PREFIXES.get(item.kind)
        if prefix:
            assert item.id.startswith(prefix), f"{item.id} should start with {prefix!r}"


def test_ids_are_unique_across_all_files(library: Library) -> None:
    # The loader refuses duplicates; this checks the raw files too, so a
    # duplicate can never be hidden by a loader bug.
    seen: dict[str, str] = {}
    for path in sorted(CONTENT_DIR.glob("*.yaml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*- id: (\S+)", line)
            if match:
                ident = match.group(1)
                assert ident not in seen, f"{ident} in {path.name} and {seen[ident]}"
                seen[ident] = path.name
    assert set(seen) >= set(library.by_id) - {i.id for i in library.interventions}


def test_no_published_id_is_ever_removed_or_renamed(library: Library) -> None:
    known = [
        line.strip()
        for line in KNOWN_IDS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    missing = [ident for ident in known if ident not in library.by_id]
    assert not missing, f"ids were removed or renamed (retire them instead): {missing}"
    new = sorted(set(library.by_id) - set(known))
    assert not new, f"append these new ids to {KNOWN_IDS.name}: {new}"


def test_skill_ids_are_permanent(library: Library) -> None:
    assert {s.id for s in library.skills} == SKILL_IDS


def test_every_domain_has_skills_and_age_expectations(library: Library) -> None:
    for domain in library.domains:
        assert any(s.domain == domain.slug for s in library.skills), domain.slug
        assert set(domain.expectations) == set(AGE_STAGES)
        assert all(domain.expectations.values())


def test_text_is_written_in_harbours_own_words(library: Library, seeds: dict[str, str]) -> None:
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", normalise(text).lower())

    seed_runs = set()
    for text in seeds.values():
        w = words(text)
        seed_runs.update(tuple(w[i : i + COPY_RUN]) for i in range(len(w) - COPY_RUN + 1))
    copied = []
    for item in library.by_id.values():
        fields = [item.title, item.text, *item.strings("sounds_like")]
        fields += [str(item.get(k) or "") for k in ("in_brief", "communicates")]
        fields += [str(v) for v in (item.get("expectations") or {}).values()]
        for text in fields:
            w = words(text)
            runs = [tuple(w[i : i + COPY_RUN]) for i in range(len(w) - COPY_RUN + 1)]
            hit = next((r for r in runs if r in seed_runs), None)
            if hit:
                copied.append(f"{item.id}: '{' '.join(hit)}'")
    assert not copied, "rewrite in Harbour's own words:\n" + "\n".join(copied)


def test_the_required_situations_exist(library: Library) -> None:
    assert set(REQUIRED_SITUATIONS) <= set(library.situations)


@pytest.mark.parametrize("slug", REQUIRED_SITUATIONS)
def test_each_situation_page_has_something_for_each_age_it_suits(
    library: Library, slug: str
) -> None:
    situation = library.situations[slug]
    assert situation.synonyms and situation.summary and situation.communicates
    for stage in situation.age_stages:
        guide = library.for_situation(slug, stage)
        assert guide.do, f"{slug}/{stage}: nothing to do"
        assert guide.say, f"{slug}/{stage}: nothing to say"
        assert guide.avoid, f"{slug}/{stage}: nothing to avoid"
        # Parents are not observed the way children are: that page has no
        # "what to notice" in the toolkit, only what to share and say.
        if slug != "parents":
            assert guide.notice, f"{slug}/{stage}: nothing to notice"
        for group in (guide.notice, guide.do, guide.say, guide.avoid, guide.understand):
            for item in group:
                assert stage in item.age_stages and slug in item.situations


def test_situation_pages_put_things_to_avoid_under_avoid(library: Library) -> None:
    guide = library.for_situation("helpful")
    assert "promote.no-rewards-for-kindness" in {i.id for i in guide.avoid}
    assert all(i.polarity != "dont" for i in guide.do)
    dysregulated = library.for_situation("dysregulated", "middle")
    assert "dont.ask-why" in {i.id for i in dysregulated.avoid}
    assert "dont.demand-eye-contact" in {i.id for i in dysregulated.avoid}


def test_age_adapted_prompts_name_a_seed_prompt(library: Library) -> None:
    adapted = [i for i in library.of_kind("prompt") if i.get("adapted_from")]
    assert adapted
    for item in adapted:
        original = library.by_id[item.get("adapted_from")]
        assert original.kind == "prompt" and not original.get("adapted_from")


def test_dump_records_have_exactly_the_published_fields(library: Library) -> None:
    records = library.to_jsonl_records()
    assert len(records) == len(library.items)
    for record in records:
        assert list(record) == [
            "id",
            "kind",
            "title",
            "text",
            "age_stages",
            "situations",
            "source",
        ]
        json.dumps(record, ensure_ascii=False)
    assert len({r["id"] for r in records}) == len(records)


def test_content_has_a_version(library: Library) -> None:
    assert library.content_version.strip()


def test_the_library_is_cached(library: Library) -> None:
    from harbour.guidance.library import load_library

    assert load_library() is load_library()
