"""Broken content fails loudly, naming the file, the item and what to fix."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from harbour.guidance.library import CONTENT_DIR, ContentError, load_library


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the real content to break."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, root)
    return root


def edit(root: Path, name: str, change: Callable[[str], str]) -> None:
    path = root / name
    before = path.read_text(encoding="utf-8")
    after = change(before)
    assert after != before, "the test's edit did not apply"
    path.write_text(after, encoding="utf-8")


def load_error(root: Path) -> str:
    load_library.cache_clear()
    try:
        with pytest.raises(ContentError) as caught:
            load_library(root)
    finally:
        load_library.cache_clear()
    return str(caught.value)


def test_a_copy_of_the_real_content_loads(content: Path) -> None:
    load_library.cache_clear()
    library = load_library(content)
    assert library.items and library.content_version
    load_library.cache_clear()


def test_invalid_yaml_names_the_file_and_line(content: Path) -> None:
    edit(content, "prompts.yaml", lambda s: s.replace("sections:", "sections: [", 1))
    message = load_error(content)
    assert "prompts.yaml" in message and "not valid YAML" in message and "line" in message


def test_unknown_age_stage_names_item_and_fix(content: Path) -> None:
    edit(
        content,
        "skills.yaml",
        lambda s: s.replace(
            "        domain: feelings\n        situations: [dysregulated, distressed]\n",
            "        domain: feelings\n        situations: [dysregulated, distressed]\n"
            "        age_stages: [teen]\n",
            1,
        ),
    )
    message = load_error(content)
    assert "skills.yaml: item 'skill.prosocial.regulate-emotions'" in message
    assert "unknown age stage 'teen'" in message and "early, middle, adolescent" in message


def test_duplicate_id_is_refused(content: Path) -> None:
    edit(
        content,
        "do_dont.yaml",
        lambda s: s.replace("id: do.routines", "id: do.differentiate-support", 1),
    )
    message = load_error(content)
    assert "item 'do.differentiate-support'" in message and "ids must be unique" in message


def test_unknown_situation_is_refused(content: Path) -> None:
    edit(
        content,
        "prompts.yaml",
        lambda s: s.replace("situations: [peer-conflict]", "situations: [playground]", 1),
    )
    message = load_error(content)
    assert "prompts.yaml" in message and "unknown situation 'playground'" in message


def test_source_must_cite_a_seed(content: Path) -> None:
    edit(
        content,
        "roles.yaml",
        lambda s: s.replace(
            'source: "002 · Appendix 4: Roles and responsibilities in school"',
            'source: "the toolkit"',
            1,
        ),
    )
    message = load_error(content)
    assert "roles.yaml" in message and "must cite a seed" in message


def test_unknown_domain_names_the_skill(content: Path) -> None:
    edit(content, "skills.yaml", lambda s: s.replace("domain: trust", "domain: bravery", 1))
    message = load_error(content)
    assert "item 'skill.resilient.seek-help'" in message and "domain 'bravery'" in message


def test_misspelt_field_is_refused(content: Path) -> None:
    edit(
        content,
        "notice_do.yaml",
        lambda s: s.replace(
            "        situations: [peer-conflict]\n      - id: notice.manages-well",
            "        situation: [peer-conflict]\n      - id: notice.manages-well",
            1,
        ),
    )
    message = load_error(content)
    assert "item 'notice.struggles-with-friendships'" in message
    assert "unexpected field 'situation'" in message


def test_unknown_kind_is_refused(content: Path) -> None:
    edit(content, "do_dont.yaml", lambda s: s.replace("kind: principle", "kind: principal", 1))
    message = load_error(content)
    assert "item 'principle.connect-before-correct'" in message
    assert "unknown kind 'principal'" in message


def test_broken_reference_is_refused(content: Path) -> None:
    edit(
        content,
        "notice_do.yaml",
        lambda s: s.replace("notice: notice.manages-well", "notice: notice.does-not-exist", 1),
    )
    message = load_error(content)
    assert "notice 'notice.does-not-exist' must be the id of a 'notice' item" in message


def test_missing_intervention_section_is_refused(content: Path) -> None:
    edit(
        content,
        "interventions.yaml",
        lambda s: s.replace("section: feedback", "section: comments", 1),
    )
    message = load_error(content)
    assert "interventions.yaml: item 'intervention.pace'" in message
    assert "template sections" in message


def test_missing_version_is_refused(content: Path) -> None:
    (content / "version.yaml").write_text("version: one\n", encoding="utf-8")
    message = load_error(content)
    assert "version.yaml" in message and "whole number" in message


def test_every_problem_is_reported_at_once(content: Path) -> None:
    edit(content, "skills.yaml", lambda s: s.replace("domain: trust", "domain: bravery", 1))
    edit(content, "do_dont.yaml", lambda s: s.replace("kind: principle", "kind: principal", 1))
    load_library.cache_clear()
    with pytest.raises(ContentError) as caught:
        load_library(content)
    load_library.cache_clear()
    assert len(caught.value.problems) >= 2


def test_retired_items_leave_pages_but_keep_their_id(content: Path) -> None:
    edit(
        content,
        "do_dont.yaml",
        lambda s: s.replace(
            "      - id: do.routines\n", "      - id: do.routines\n        retired: true\n", 1
        ),
    )
    load_library.cache_clear()
    library = load_library(content)
    load_library.cache_clear()
    assert "do.routines" in library.by_id
    assert "do.routines" not in {i.id for i in library.items}
    assert "do.routines" not in {r["id"] for r in library.to_jsonl_records()}
