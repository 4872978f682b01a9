from __future__ import annotations

from harbour.coach.reflect import MAX_REPLIES, group_reflection, split_replies
from harbour.coach.scenarios import SCENARIOS


def test_replies_split_one_per_line_and_are_capped() -> None:
    assert split_replies("  a \n\n b\n") == ["a", "b"]
    assert len(split_replies("x\n" * 100)) == MAX_REPLIES


def test_counts_are_per_reply_not_per_flag() -> None:
    reflection = group_reflection(SCENARIOS[0], ["Why did you do that? Why would you?", "Hello."])
    assert reflection.flag_counts == {"why_demand": 1}
    assert set(reflection.element_counts) == {"playfulness", "acceptance", "curiosity", "empathy"}
