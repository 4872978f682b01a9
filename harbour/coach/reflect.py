"""Reflective practice for a group: several adults answer the same scenario, then talk.

A facilitator collects the replies (no names), and the coach shows, reply by reply and for
the group, which parts of PACE came through and what the guidance would question, so the
conversation is about words and their effect on the child, never about who wrote them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from harbour.coach import model
from harbour.coach.analyser import MAX_TEXT_LENGTH
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.scenarios import Feedback, Scenario, practice_feedback

MAX_REPLIES = 30

DISCUSSION_PROMPTS = (
    "Which reply might help the child feel safest straight away? What makes it so?",
    "What might the child be communicating here, underneath the words or behaviour?",
    "Where did a reply move to solving or correcting before connecting? What happens if we wait?",
    "Which words would you keep for next time, and which would you try differently?",
)


@dataclass(frozen=True)
class GroupReflection:
    scenario: Scenario
    replies: tuple[Feedback, ...]
    element_counts: dict[str, int]  # how many replies showed each element
    flag_counts: dict[str, int]  # how many replies carried each flag
    prompts: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.replies)


def split_replies(raw: str) -> list[str]:
    """One reply per line; blank lines and surrounding spaces ignored."""
    replies = [line.strip() for line in raw.splitlines() if line.strip()]
    return replies[:MAX_REPLIES]


def group_reflection(scenario: Scenario, replies: list[str]) -> GroupReflection:
    # The model reads every reply first; each is then answered from memory.
    model.prime(reply[:MAX_TEXT_LENGTH] for reply in replies)
    feedback = tuple(practice_feedback(scenario, reply) for reply in replies)
    elements: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    for item in feedback:
        elements.update(set(item.analysis.present))
        flags.update({flag.code for flag in item.analysis.flags})
    return GroupReflection(
        scenario=scenario,
        replies=feedback,
        element_counts={name: elements.get(name, 0) for name in ELEMENTS},
        flag_counts={code: flags[code] for code in FLAGS if flags.get(code)},
        prompts=DISCUSSION_PROMPTS,
    )
