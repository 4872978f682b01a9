"""Harbour's own suggested wording models PACE.

Everything an adult might say or send (prompts, "sounds like" examples, the
parents' help sheet, the "what to do" of the notice table, and everything on a
situation page except the list of things to avoid) must never ask a child
"why did you...", demand eye contact, shame, threaten, or promise a reward for
kindness. Items marked ``polarity: dont`` describe what to avoid, so they are
checked separately: they must be framed as guidance to adults.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from harbour.guidance.library import Item, Library

_WHY_YOU = (
    r"\bwhy (did|do|would|are|were|have|had|is|does|didn't|won't|can't|haven't|aren't) (you|u)"
)
# "Why do you think the Romans..." or "...your friend was upset?" is a real question about
# the world or someone else; "Why do you think you hit him?" still asks the child to justify
# themselves, as does "...it was okay to...".
_ABOUT_THE_CHILD = (
    r"(that )?((you|u|yourself)\b"
    r"|(it|that|this)('s| is| was| would be) (ok|okay|alright|all right|fine|funny|acceptable"
    r"|a good idea|right)\b)"
)
WHY_DEMAND = re.compile(
    rf"{_WHY_YOU}\b(?! (think|reckon|suppose|guess)\b)"
    rf"|{_WHY_YOU} (think|reckon|suppose|guess) {_ABOUT_THE_CHILD}"
    r"|\bwhat were you thinking\b|\bexplain yourself\b|\bgive me (one )?good reason\b"
)
EYE_CONTACT = re.compile(
    r"(?<!have to )(?<!need to )\blook at me\b|\beyes on me\b|\blook me in the eyes?\b"
    r"|\bmake eye contact\b|\blook at my face\b|\bdon't look away\b"
)
SHAMING = re.compile(
    r"\b(naughty|lazy|selfish|spoilt|spoiled|stupid|rude|pathetic|manipulative|cry ?baby)\b"
    r"|\battention[- ]seeking\b|\bbad (boy|girl|kid|child|person)\b|\bshould be ashamed\b"
    r"|\bwhy can't you be (more )?like\b|\beven the .{1,20} can do\b|\byou always ruin\b"
)
THREAT = re.compile(
    r"\bif you (don't|do not|won't)\b[^.!?]*\byou('ll| will)\b|\bor else\b|\blast warning\b"
    r"|\byou('ll| will) (lose|miss|be in trouble|be in detention|get a detention)\b"
    r"|\bdo that again and\b|\bkeep (that|this) up and\b|\b(i'll|i will) (tell|call|phone|ring) your\b"
)
REWARD = re.compile(
    r"\b(stickers?|sweets?|prizes?|house points?|golden time|treats?|rewards?|merits?)\b"
    r"|\bpoints? (for|if)\b"
)
KINDNESS = re.compile(r"\b(shar\w*|kind\w*|help\w*|turns?|comfort\w*)\b")
NEGATION = re.compile(
    r"\b(without|not|no|never|rather than|instead of|doesn't need|don't need|try not)\b"
)

# Items that quote a harmful phrase in order to warn against it. Each entry says
# why; keep the list short.
QUOTES_TO_WARN = {
    "pace.curiosity.wonder-without-expecting-an-answer": (
        "the toolkit's curiosity guidance contrasts wondering with asking 'why did you do that?'"
    ),
}


def problems(text: str) -> list[str]:
    text = text.replace("\u2019", "'").lower()
    found = []
    for name, pattern in (
        ("why-demand", WHY_DEMAND),
        ("eye-contact demand", EYE_CONTACT),
        ("shaming", SHAMING),
        ("threat", THREAT),
    ):
        match = pattern.search(text)
        if match:
            found.append(f"{name}: {match.group(0)!r}")
    # A reward is only a problem when it is offered for kindness and not negated.
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if REWARD.search(sentence) and KINDNESS.search(sentence) and not NEGATION.search(sentence):
            found.append(f"reward for kindness: {sentence!r}")
    return found


SUGGESTED_KINDS = {"prompt", "pace-phrase", "parent-tip", "parent-theme", "notice-do", "situation"}


def suggested_wording(library: Library) -> Iterator[tuple[str, str]]:
    """(item id, text) for every piece of Harbour's own suggested wording."""
    on_pages = {
        item.id
        for slug in library.situations
        for group in ("notice", "do", "say", "understand")
        for item in getattr(library.for_situation(slug), group)
    }
    for item in library.items:
        if item.polarity == "dont" or item.id in QUOTES_TO_WARN:
            continue
        if item.kind in SUGGESTED_KINDS or item.id in on_pages:
            yield item.id, item.title
            yield item.id, item.text
            yield item.id, str(item.get("communicates") or "")
        for line in item.strings("sounds_like"):
            yield item.id, line


def test_suggested_wording_models_pace(library: Library) -> None:
    bad = [
        f"{item_id}: {problem}"
        for item_id, text in suggested_wording(library)
        for problem in problems(text)
    ]
    assert not bad, "\n".join(bad)


def test_the_check_covers_the_wording_that_matters(library: Library) -> None:
    ids = {item_id for item_id, _ in suggested_wording(library)}
    assert len([i for i in ids if i.startswith("prompt.")]) >= 29
    assert {"pace.element.curiosity", "parents.tip.kind-identity"} <= ids
    assert "notice-do.friendships.how-others-feel" in ids
    assert "situation.dysregulated" in ids


def test_things_to_avoid_are_guidance_to_adults(library: Library) -> None:
    avoid: list[Item] = [i for i in library.items if i.polarity == "dont"]
    assert len(avoid) >= 7
    for item in avoid:
        # Written as advice ("Avoid...", "Don't...", "Try not to..."), never as
        # a line to say to a child.
        assert not item.text.startswith('"'), item.id
        assert re.match(r"(avoid|don't|do not|try not|support)\b", item.text.lower()) or (
            "avoid" in item.text.lower()
        ), item.id


def test_curiosity_guidance_warns_against_why_demands(library: Library) -> None:
    note = library.by_id["pace.curiosity.wonder-without-expecting-an-answer"]
    assert "why did you do that?" in note.text.lower()
    assert "without waiting for or needing a reply" in note.text


# The checker itself, against phrases from the coach's labelling guide, so a
# clean result means something.
@pytest.mark.parametrize(
    "text",
    [
        "Why did you push her?",
        "Why would you do that?",
        "Why are you shouting?",
        "What were you thinking?",
        "Why do you think you hit him?",
        "Why did you think you could just take it?",
        "Why do you think that was okay?",
        "Why do u reckon it's funny to snatch?",
        "Why do you suppose you keep doing that?",
        "Look at me when I'm talking to you.",
        "Eyes on me, now.",
        "Look me in the eye.",
        "You're being so naughty.",
        "Stop being lazy.",
        "That was selfish.",
        "You're just attention-seeking.",
        "If you don't sit down you'll miss break.",
        "Sit down or else.",
        "Last warning.",
        "Do that again and I'm phoning your mum.",
        "If you share the blocks you'll get a sticker.",
        "Here's a house point for helping Mia.",
    ],
)
def test_the_checker_catches_harmful_wording(text: str) -> None:
    assert problems(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I wonder why that felt so big.",
        "Why don't we go for a walk?",
        "Why do you think the Romans built straight roads?",
        "Why do you think your friend was upset?",
        "Why do you think she might be feeling sad?",
        "Why do you think the answer is twelve?",
        "What do you think was going on for you just then?",
        "You don't have to look at me.",
        "Have a look at this page.",
        "Hitting isn't okay, and you still matter to me.",
        "First shoes, then we go out to play.",
        "Sticker for finishing your reading.",
        "That was kind. You're a kind friend.",
        "Encourage kindness through praise rather than prizes.",
        "I'm not angry.",
    ],
)
def test_the_checker_allows_pace_wording(text: str) -> None:
    assert not problems(text), problems(text)
