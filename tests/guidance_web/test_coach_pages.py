from __future__ import annotations

from harbour.accounts.roles import Role
from harbour.coach.scenarios import SCENARIOS


def test_check_my_words_flags_a_why_demand_and_offers_better_words(world, client_for) -> None:
    page = client_for(Role.STAFF).post(
        "/coach/", {"text": "Why did you push her?", "age": "middle"}
    )
    assert page.status_code == 200
    analysis = page.context["analysis"]
    assert [f.code for f in analysis.flags] == ["why_demand"]
    assert analysis.suggestions
    assert b"Asking the child to explain why" in page.content


def test_warm_words_are_recognised(world, client_for) -> None:
    page = client_for(Role.STAFF).post(
        "/coach/", {"text": "I can see you're really upset. I wonder if it felt unfair?"}
    )
    analysis = page.context["analysis"]
    assert not analysis.flags
    assert {"empathy", "curiosity"} <= set(analysis.present)


def test_nothing_typed_is_stored(world, client_for) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(Role.STAFF)
    with CaptureQueriesContext(connection) as queries:
        client.post("/coach/", {"text": "Stop crying, it's not a big deal."})
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
        and "django_session" not in q["sql"]
        and "axes" not in q["sql"]
    ]
    assert writes == []


def test_practice_scenarios_give_feedback(world, client_for) -> None:
    client = client_for(Role.STAFF)
    listing = client.get("/coach/practice/")
    assert listing.status_code == 200 and len(SCENARIOS) >= 20
    scenario = SCENARIOS[0]
    page = client.post(
        f"/coach/practice/{scenario.id}/", {"reply": "Why did you do that? Look at me."}
    )
    assert page.status_code == 200
    assert page.context["feedback"].reconsider
    assert scenario.model_answer.encode()[:20] in page.content
    assert client.get("/coach/practice/no-such-scenario/").status_code == 404


def test_a_reflective_practice_group_sees_its_words_together(world, client_for) -> None:
    replies = "\n".join(
        [
            "Why did you push her? Say sorry now.",
            "That looked really unfair. I wonder what happened just before?",
            "",
            "Calm down, it's not a big deal.",
        ]
    )
    page = client_for(Role.STAFF).post(
        "/coach/reflect/", {"scenario": SCENARIOS[0].id, "replies": replies}
    )
    assert page.status_code == 200
    reflection = page.context["reflection"]
    assert reflection.size == 3  # the blank line is not a reply
    assert reflection.flag_counts["why_demand"] == 1
    assert reflection.flag_counts["dismissing"] == 1
    assert reflection.element_counts["curiosity"] >= 1
    assert b"Across the group (3 replies)" in page.content
