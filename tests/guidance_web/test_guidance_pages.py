"""The guidance area in the browser's shoes: search, situation pages, items, lists, catalogue."""

from __future__ import annotations

import json
from io import StringIO

from django.core.management import call_command
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.guidance.library import load_library
from harbour.guidance.models import GuidanceItem, Intervention, InterventionFeedback, TrainingRecord
from tests.world import CANARY


def test_the_index_lists_every_situation_and_offers_the_coach(world, client_for) -> None:
    page = client_for(Role.STAFF).get("/guidance/")
    assert page.status_code == 200
    for situation in load_library().situations.values():
        assert situation.title.encode() in page.content
    assert b"Check my words" in page.content


def test_plain_search_leads_to_the_right_situation_page(world, client_for) -> None:
    page = client_for(Role.STAFF).get("/guidance/search/", {"q": "meltdwon"})
    assert page.status_code == 200
    assert (
        b"/guidance/situations/dysregulated/" in page.content.split(b"Best place to start")[1][:600]
    )


def test_a_teenager_query_filters_to_adolescence(world, client_for) -> None:
    page = client_for(Role.STAFF).get("/guidance/search/", {"q": "teenager angry"})
    assert page.context["age"] == "adolescent"
    assert all("adolescent" in hit.item.age_stages for hit in page.context["hits"])


def test_a_situation_page_gathers_say_do_avoid_for_an_age_with_sources(world, client_for) -> None:
    page = client_for(Role.STAFF).get("/guidance/situations/peer-conflict/", {"age": "early"})
    assert page.status_code == 200
    sections = {key: items for key, _heading, items, _open in page.context["sections"]}
    assert sections["say"] and sections["do"] and sections["avoid"]
    for items in sections.values():
        for item in items:
            assert "early" in item.age_stages
    assert page.content.count(b"Source: 002") >= len(sections["say"])


def test_an_unknown_situation_or_item_is_not_found(world, client_for) -> None:
    client = client_for(Role.STAFF)
    assert client.get("/guidance/situations/nope/").status_code == 404
    assert client.get("/guidance/items/nope.nope/").status_code == 404
    assert client.get("/guidance/lists/nope/").status_code == 404


def test_an_item_page_shows_its_source(world, client_for) -> None:
    item = load_library().by_id["prompt.dysregulated.i-can-see"]
    page = client_for(Role.PARENT).get(f"/guidance/items/{item.id}/")
    assert page.status_code == 200 and item.source.encode() in page.content


def test_load_is_idempotent_and_dump_prints_every_item(world) -> None:
    with scopes_disabled():
        before = GuidanceItem.objects.count()
    out = StringIO()
    call_command("guidance", "load", stdout=out)
    assert "0 added, 0 updated, 0 retired" in out.getvalue()
    assert GuidanceItem.objects.count() == before == len(load_library().by_id)
    dump = StringIO()
    call_command("guidance", "dump", stdout=dump)
    records = [json.loads(line) for line in dump.getvalue().splitlines()]
    assert len(records) == len(load_library().items)
    assert all(
        list(r) == ["id", "kind", "title", "text", "age_stages", "situations", "source"]
        for r in records
    )


def test_the_catalogue_starts_with_pace_in_the_template(world, client_for) -> None:
    pace = Intervention.objects.get(organisation=None, slug="pace")
    page = client_for(Role.STAFF).get(f"/guidance/interventions/{pace.pk}/")
    assert page.status_code == 200
    for heading in (
        b"Purpose of the intervention",
        b"Target audience",
        b"Evidence and outcomes",
        b"Further information and resources",
    ):
        assert heading in page.content
    catalogue = client_for(Role.STAFF).get("/guidance/interventions/")
    assert b"Nurture group" in catalogue.content and CANARY.encode() not in catalogue.content


def test_a_lead_adds_an_intervention_only_their_organisation_sees(world, client_for) -> None:
    data = {
        "title": "Lego therapy",
        "summary": "Building together",
        "introduction": "Intro",
        "purpose": "Cooperation",
    }
    response = client_for(Role.LEAD).post("/guidance/interventions/new/", data)
    assert response.status_code == 302
    created = Intervention.objects.get(title="Lego therapy")
    assert created.organisation_id == world.org_a.pk
    from tests.world import signed_in_client

    outsider = signed_in_client(world.outsider)
    assert outsider.get(f"/guidance/interventions/{created.pk}/").status_code == 404
    assert client_for(Role.STAFF).post("/guidance/interventions/new/", data).status_code == 403


def test_staff_give_feedback_and_record_training(world, client_for) -> None:
    pace = Intervention.objects.get(organisation=None, slug="pace")
    client = client_for(Role.STAFF)
    client.post(
        f"/guidance/interventions/{pace.pk}/feedback/",
        {"rating": "4", "comment": "Calmer mornings"},
    )
    client.post(
        f"/guidance/interventions/{pace.pk}/trained/",
        {"completed_on": "2026-09-01", "hours": "3.5"},
    )
    assert InterventionFeedback.objects.filter(intervention=pace, rating=4).count() == 1
    assert TrainingRecord.objects.filter(intervention=pace, hours=3.5).count() == 1
    page = client_for(Role.LEAD).get(f"/guidance/interventions/{pace.pk}/")
    assert b"rated 4.0 out of 5 by 1" in page.content and b"Calmer mornings" in page.content
    with scopes_disabled():
        actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"guidance.feedback.created", "staff.training.recorded"} <= actions
    # Training in the future is refused with a message, and nothing is written.
    client.post(f"/guidance/interventions/{pace.pk}/trained/", {"completed_on": "2999-01-01"})
    assert TrainingRecord.objects.count() == 1


def test_feedback_from_another_organisation_is_not_counted(world, client_for) -> None:
    from tests.world import signed_in_client

    pace = Intervention.objects.get(organisation=None, slug="pace")
    signed_in_client(world.outsider).post(
        f"/guidance/interventions/{pace.pk}/feedback/", {"rating": "1", "comment": CANARY}
    )
    page = client_for(Role.STAFF).get(f"/guidance/interventions/{pace.pk}/")
    assert CANARY.encode() not in page.content and b"no feedback yet" in page.content


def test_search_filters_by_situation_and_age(world, client_for) -> None:
    page = client_for(Role.STAFF).get(
        "/guidance/search/", {"q": "calm", "situation": "dysregulated", "age": "early"}
    )
    hits = page.context["hits"]
    assert hits
    assert all("dysregulated" in h.item.situations and "early" in h.item.age_stages for h in hits)


def test_search_finds_the_organisations_own_interventions_and_never_anothers(
    world, client_for
) -> None:
    client = client_for(Role.STAFF)
    page = client.get("/guidance/search/", {"q": "nurture group"}).content.decode()
    assert "In the intervention catalogue" in page
    assert f"/guidance/interventions/{world.intervention_a.pk}/" in page
    misspelt = client.get("/guidance/search/", {"q": "nurtur"}).content.decode()
    assert f"/guidance/interventions/{world.intervention_a.pk}/" in misspelt
    # Organisation B's catalogue entry matches the words but is not there for A.
    other = client.get("/guidance/search/", {"q": "canary circle sessions"}).content.decode()
    assert "Zqxcanary" not in other


def test_rank_texts_puts_title_matches_first_and_tolerates_a_typo() -> None:
    from harbour.guidance.search import rank_texts

    docs = [
        ("Lego therapy", "Building together in a small group"),
        ("Nurture group", "Small group time with two adults"),
        ("Zones of regulation", "Naming feelings"),
    ]
    assert rank_texts("group", docs) == [1, 0]
    assert rank_texts("nurtre", docs) == [1]
    assert rank_texts("the and of", docs) == []
    assert rank_texts("swimming", docs) == []
