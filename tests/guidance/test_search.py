"""Search finds the right situation page for what staff actually type."""

from __future__ import annotations

import time

import pytest

from harbour.guidance.library import Library
from harbour.guidance.search import (
    best_situations,
    edit_distance_at_most_one,
    get_index,
    guess_age_stage,
    search,
    stem,
)

# Plain queries, as a member of staff would type them, and the page they need.
QUERIES = {
    "meltdown": "dysregulated",
    "kicking off": "dysregulated",
    "won't share": "peer-conflict",
    "scared of getting it wrong": "learning-task",
    "parents evening": "parents",
    "teenager angry": "dysregulated",
    "falling out with friends": "peer-conflict",
    "refuses to start work": "learning-task",
    "worried about going home": "distressed",
    "helped another child": "helpful",
    "keeps losing temper when losing a game": "frustration",
    "long-term support plan": "ongoing-support",
    "can't cope with change": "coping",
    "anxious before tests": "distressed",
    "hits other children": "peer-conflict",
    "sharing toys": "peer-conflict",
    "won't wait his turn": "peer-conflict",
    "won't do his work": "learning-task",
    "rips up his work": "learning-task",
    "screaming and throwing things": "dysregulated",
    "boy kicked a chair and ran out of class": "dysregulated",
    "tantrum in nursery": "dysregulated",
    "child crying in the corner": "distressed",
    "doesn't want to go home": "distressed",
    "gives up when he loses": "frustration",
    "disappointed": "frustration",
    "shared his snack with a friend": "helpful",
    "supply teacher": "coping",
    "problem solving": "coping",
    "what to say to mum at pick up": "parents",
    "needs a key adult": "ongoing-support",
    "left out at playtime": "peer-conflict",
}

# The same needs, mistyped.
TYPOS = {
    "meltdwon": "dysregulated",
    "parnets evening": "parents",
    "falling out with freinds": "peer-conflict",
    "teneager angry": "dysregulated",
    "anxoius before tests": "distressed",
    "disapointed": "frustration",
}


@pytest.mark.parametrize(("query", "slug"), sorted({**QUERIES, **TYPOS}.items()))
def test_plain_queries_find_the_right_situation(library: Library, query: str, slug: str) -> None:
    ranked = best_situations(query, library)
    assert ranked, f"{query!r} found no situation"
    assert ranked[0][0] == slug, f"{query!r} -> {ranked[:3]}"


@pytest.mark.parametrize(("query", "slug"), sorted(QUERIES.items()))
def test_the_situation_page_is_the_first_search_result(
    library: Library, query: str, slug: str
) -> None:
    pages = [h for h in search(query, library) if h.item.kind == "situation"]
    assert pages and pages[0].item.id == f"situation.{slug}"


def test_there_are_at_least_fifteen_plain_queries() -> None:
    assert len(QUERIES) >= 15


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("mindfulness", "way.mindfulness"),
        ("eye contact", "dont.demand-eye-contact"),
        ("connect before correct", "do.connect-before-correct"),
        ("rewards for sharing", "promote.no-rewards-for-kindness"),
        ("curiosity", "pace.element.curiosity"),
        ("why did you do that", "dont.ask-why"),
        ("Penhaligon's Friends", "service.penhaligons-friends"),
        ("serve and return", "neuro.serve-and-return"),
    ],
)
def test_content_queries_find_the_item(library: Library, query: str, item_id: str) -> None:
    hits = search(query, library, limit=3)
    assert item_id in [h.item.id for h in hits], [h.item.id for h in hits]


def test_hits_say_which_words_matched(library: Library) -> None:
    hit = search("meltdown", library)[0]
    assert hit.item.id == "situation.dysregulated"
    assert hit.matched == ("meltdown",)
    assert hit.score > 0


def test_filters_by_situation_and_age_stage(library: Library) -> None:
    hits = search("calm", library, situation="dysregulated", age_stage="adolescent", limit=50)
    assert hits
    for hit in hits:
        assert "dysregulated" in hit.item.situations
        assert "adolescent" in hit.item.age_stages


def test_a_situation_query_brings_up_what_to_do_and_say(library: Library) -> None:
    kinds = {h.item.kind for h in search("meltdown", library, limit=30)}
    assert {"situation", "prompt"} <= kinds


def test_unfinished_last_word_is_completed(library: Library) -> None:
    hits = search("mindfulne", library, limit=3)
    assert hits and hits[0].item.id == "way.mindfulness"


def test_empty_and_meaningless_queries_find_nothing(library: Library) -> None:
    assert search("", library) == []
    assert search("   ", library) == []
    assert search("the and of", library) == []
    assert best_situations("", library) == []
    assert search("xqzv", library) == []


def test_unknown_filters_are_refused(library: Library) -> None:
    with pytest.raises(KeyError):
        search("calm", library, situation="nope")
    with pytest.raises(ValueError):
        search("calm", library, age_stage="toddler")


def test_search_is_fast(library: Library) -> None:
    get_index(library)  # built once, then cached
    queries = list(QUERIES) + list(TYPOS)
    started = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for query in queries:
            search(query, library)
    per_query_ms = (time.perf_counter() - started) * 1000 / (rounds * len(queries))
    assert per_query_ms < 5, f"{per_query_ms:.2f} ms per query"


def test_the_index_is_built_once(library: Library) -> None:
    assert get_index(library) is get_index(library)


def test_age_words_in_a_query_suggest_an_age_stage() -> None:
    assert guess_age_stage("teenager angry") == "adolescent"
    assert guess_age_stage("toddler biting") == "early"
    assert guess_age_stage("year 3 primary") == "middle"
    assert guess_age_stage("meltdown") is None


def test_stemming_joins_word_forms() -> None:
    assert stem("sharing") == stem("shares") == stem("share") == stem("shared")
    assert stem("worried") == stem("worries") == stem("worrying")
    assert stem("hitting") == stem("hits") == stem("hit")
    assert stem("frustration") == stem("frustrated") == stem("frustrating")
    assert stem("children") == "child"


def test_edit_distance_counts_a_swap_as_one_edit() -> None:
    assert edit_distance_at_most_one("meltdown", "meltdwon")
    assert edit_distance_at_most_one("parent", "parnet")
    assert edit_distance_at_most_one("friend", "frend")
    assert edit_distance_at_most_one("friend", "friends")
    assert not edit_distance_at_most_one("friend", "fiend ship")
    assert not edit_distance_at_most_one("anxious", "nervous")
