"""Every phrasing the coach offers is itself free of flags."""

import itertools
from pathlib import Path
from typing import Any

import pytest
import yaml

from harbour.coach.analyser import analyse, check
from harbour.coach.corpus import load_split
from harbour.coach.labels import AGE_STAGES, SITUATIONS
from harbour.coach.prompts import library
from harbour.coach.scenarios import SCENARIOS

PEOPLE = ["her", "him", "them", "Sam"]
AGES: list[str | None] = [None, *AGE_STAGES]
CONTEXTS: list[str | None] = [None, *SITUATIONS]


def test_every_prompt_in_the_library_is_flag_free_in_every_situation() -> None:
    for prompt in library():
        assert prompt.source.startswith("002 ·"), prompt.source
        for text, person, situation in itertools.product(prompt.all_texts(), PEOPLE, CONTEXTS):
            filled = text.replace("{person}", person)
            assert check(filled, situation=situation).flags == [], filled


FLAGGED_INPUTS = [
    "Why did you push her?",
    "Why did you hit Sam? Look at me.",
    "You're so naughty.",
    "If you don't sit down you'll miss golden time.",
    "Stop crying, it's not a big deal.",
    "How many times have I told you?",
    "Everyone's waiting for you, Kayla.",
    "Here's a sticker for sharing with Maisie.",
    "Oh brilliant, you've broken it.",
    "I know you're upset but why did you throw the chair?",
]


@pytest.mark.parametrize("text", FLAGGED_INPUTS)
def test_flagged_words_get_flag_free_suggestions_for_every_age_and_situation(text: str) -> None:
    for age_stage, situation in itertools.product(AGES, CONTEXTS):
        suggestions = analyse(text, age_stage=age_stage, situation=situation).suggestions
        assert suggestions, (text, age_stage, situation)
        for suggestion in suggestions:
            assert check(suggestion, situation=situation).flags == [], suggestion


def test_suggestions_for_the_whole_corpus_are_flag_free() -> None:
    for example in load_split("test") + load_split("train"):
        analysis = analyse(example.text, age_stage=example.age_stage, situation=example.situation)
        for suggestion in analysis.suggestions:
            assert check(suggestion, situation=example.situation).flags == [], suggestion


def test_why_demand_becomes_a_curious_empathic_opener_about_the_same_person() -> None:
    suggestions = analyse("Why did you push her?").suggestions
    assert "her" in suggestions[0]
    assert {"curiosity"} <= set(check(suggestions[0]).present)


def test_scenario_model_answers_are_flag_free() -> None:
    for scenario in SCENARIOS:
        assert check(scenario.model_answer, situation=scenario.situation).flags == []


def _prompt_texts(document: Any) -> list[str]:
    """Texts of guidance items whose kind (their own or their section's) is a prompt."""
    texts = []
    for section in (document or {}).get("sections", []) if isinstance(document, dict) else []:
        default_kind = (section.get("defaults") or {}).get("kind")
        for item in section.get("items") or []:
            if isinstance(item, dict) and item.get("kind", default_kind) == "prompt":
                texts.append(str(item.get("text", "")))
    return [text for text in texts if text]


def test_prompts_in_the_guidance_library_are_flag_free() -> None:
    """Guidance content lives in the guidance app; check every prompt it holds."""
    content = Path(__file__).resolve().parents[2] / "harbour" / "guidance" / "content"
    prompts = [
        text
        for path in sorted(content.glob("*.yaml"))
        for text in _prompt_texts(yaml.safe_load(path.read_text(encoding="utf-8")))
    ]
    if not prompts:
        pytest.skip("no guidance prompts yet")
    for text in prompts:
        assert check(text).flags == [], text
