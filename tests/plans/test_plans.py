"""Support plans: versions, conflicts, reviews, reminders, the parent summary and the PDFs."""

from __future__ import annotations

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.plans import services
from harbour.plans.models import Plan, PlanReminder, PlanVersion
from tests.world import make_profile


def form_data(base: int, **extra: str) -> dict[str, str]:
    data = {
        "base_version": str(base),
        "strengths": "Kind to younger children",
        "areas": "",
        "goals": "When I feel cross, I can ask for a break",
        "own_strategies": "",
        "key_adults": "Staff Person",
        "safe_place": "The library corner",
        "calming": "Drawing",
        "know_about_me": "I like dinosaurs",
        "helps_me": "A quiet word",
        "parent_voice": "",
        "review_interval_days": "42",
        "note": "",
    }
    return {**data, **extra}


def make_plan(world, **content):
    with scopes_disabled():
        return services.plan_create(
            child=world.child_a,
            actor=world.user(Role.STAFF),
            content={"goals": ["Ask for a break"], **content},
        )


def test_a_new_plan_is_prefilled_from_the_profile_and_suggests_strategies(
    world, client_for
) -> None:
    with scopes_disabled():
        make_profile(world.child_a, world.user(Role.STAFF), value=1)
    page = client_for(Role.STAFF).get(f"/plans/children/{world.child_a.pk}/edit/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Areas to develop" in text and 'name="strategy"' in text
    assert "less developed" in text  # each suggestion says why


def test_saving_keeps_each_version_and_where_strategies_came_from(world, client_for) -> None:
    client = client_for(Role.STAFF)
    url = f"/plans/children/{world.child_a.pk}/edit/"
    item = "build.face-disappointment"
    response = client.post(
        url,
        form_data(
            0,
            strategy=item,
            **{f"strategy_text_{item}": "Practise waiting with a timer"},
            own_strategies="Lego at lunchtime",
        ),
    )
    assert response.status_code == 302
    response = client.post(url, form_data(1, goals="I can wait for my turn", note="New goal"))
    assert response.status_code == 302
    with scopes_disabled():
        plan = Plan.objects.get(child=world.child_a)
        versions = {v.number: v for v in PlanVersion.objects.filter(plan=plan)}
    assert plan.current_version == 2 and set(versions) == {1, 2}
    first = versions[1].content["strategies"]
    assert {
        "item_id": item,
        "text": "Practise waiting with a timer",
        "from_suggestion": True,
    } in first
    assert {"item_id": None, "text": "Lego at lunchtime", "from_suggestion": False} in first
    assert versions[2].content["goals"] == ["I can wait for my turn"]
    assert versions[1].saved_by == world.user(Role.STAFF)
    old = client.get(f"/plans/children/{world.child_a.pk}/?version=1").content.decode()
    assert "earlier version" in old and "Practise waiting with a timer" in old


def test_two_adults_saving_at_once_never_overwrite_each_other(world, client_for) -> None:
    make_plan(world)
    url = f"/plans/children/{world.child_a.pk}/edit/"
    first, second = client_for(Role.STAFF), client_for(Role.DESIGNATED)
    assert first.get(url).status_code == 200 and second.get(url).status_code == 200
    one = first.post(url, form_data(1, goals="Goal from the key adult"))
    two = second.post(url, form_data(1, goals="Goal from the designated lead"))
    assert sorted([one.status_code, two.status_code]) == [302, 409]
    page = two.content.decode()
    assert "Someone else saved this plan" in page
    assert "Goal from the key adult" in page  # their version, side by side
    assert "Goal from the designated lead" in page  # the loser's words, still in the form
    assert 'name="base_version" value="2"' in page  # saving again merges on top of theirs
    with scopes_disabled():
        plan = Plan.objects.get(child=world.child_a)
        assert plan.current_version == 2
        assert PlanVersion.objects.get(plan=plan, number=2).content["goals"] == [
            "Goal from the key adult"
        ]
    merged = second.post(url, form_data(2, goals="Goal from the key adult\nAnd mine"))
    assert merged.status_code == 302
    with scopes_disabled():
        assert PlanVersion.objects.get(plan=plan, number=3).content["goals"] == [
            "Goal from the key adult",
            "And mine",
        ]


def test_the_service_refuses_a_stale_base_and_writes_nothing(world) -> None:
    plan = make_plan(world)
    with scopes_disabled():
        services.plan_save(plan=plan, actor=None, content={}, base_version=1)
        try:
            services.plan_save(plan=plan, actor=None, content={"goals": ["x"]}, base_version=1)
        except services.PlanConflict as conflict:
            assert conflict.current.number == 2
        else:  # pragma: no cover
            raise AssertionError("a stale save must conflict")
        assert PlanVersion.objects.filter(plan=plan).count() == 2


def test_a_review_records_progress_and_schedules_the_next(world, client_for) -> None:
    make_plan(world)
    url = f"/plans/children/{world.child_a.pk}/review/"
    client = client_for(Role.STAFF)
    assert b"Ask for a break" in client.get(url).content
    held = timezone.localdate()
    response = client.post(
        url,
        {
            "held_on": held.isoformat(),
            "attended": "Ada, mum, key adult",
            "goal_0": "3",
            "what_changed": "Fewer big moments at lunch",
            "child_views": "I like the break card",
            "parent_views": "Calmer at home too",
            "next_review_on": "",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        plan = Plan.objects.get(child=world.child_a)
        review = plan.reviews.get()
    assert review.goal_progress == [{"goal": "Ask for a break", "rating": 3}]
    assert plan.next_review_on == held + datetime.timedelta(days=42)
    page = client.get(f"/plans/children/{world.child_a.pk}/").content.decode()
    assert "I like the break card" in page and "3 of 4" in page
    chronology = client.get(f"/observations/child/{world.child_a.pk}/").content.decode()
    assert "Support plan started" in chronology and "Support plan reviewed" in chronology


def test_reviews_due_and_overdue_show_on_key_adult_and_designated_home_pages(
    world, client_for
) -> None:
    plan = make_plan(world)
    with scopes_disabled():
        Plan.objects.filter(pk=plan.pk).update(
            next_review_on=timezone.localdate() - datetime.timedelta(days=3)
        )
    for role in (Role.STAFF, Role.DESIGNATED):
        page = client_for(role).get("/home/").content.decode()
        assert "Support plan reviews due" in page and "overdue" in page, role


def test_the_lead_of_a_home_without_designated_staff_sees_every_review_due(
    world, client_for
) -> None:
    from harbour.accounts.models import Membership, Organisation

    with scopes_disabled():
        Organisation.objects.filter(pk=world.org_a.pk).update(kind=Organisation.Kind.CHILDRENS_HOME)
        Membership.objects.filter(pk=world.members[Role.DESIGNATED].pk).delete()
        theirs = services.plan_create(
            child=world.child_a2, actor=world.user(Role.LEAD), content={"goals": ["Sleep well"]}
        )
        Plan.objects.filter(pk=make_plan(world).pk).update(
            next_review_on=timezone.localdate() - datetime.timedelta(days=3)
        )
        Plan.objects.filter(pk=theirs.pk).update(
            next_review_on=timezone.localdate() + datetime.timedelta(days=2)
        )
    page = client_for(Role.LEAD).get("/home/").content.decode()
    # The lead is key adult for neither child: the whole setting's reviews are listed.
    assert "Support plan reviews due" in page and "overdue" in page
    assert "Ada" in page and "Ben" in page
    call_command("plan_reminders")
    assert "lead@alder.example" in {a for m in mail.outbox for a in m.to}


def test_reminders_are_sent_once_a_day_and_carry_no_child_details(world) -> None:
    plan = make_plan(world)
    with scopes_disabled():
        Plan.objects.filter(pk=plan.pk).update(next_review_on=timezone.localdate())
    call_command("plan_reminders")
    recipients = sorted(a for m in mail.outbox for a in m.to)
    assert recipients == sorted(["designated@alder.example", "staff@alder.example"])
    for message in mail.outbox:
        assert "Ada" not in message.subject + message.body
        assert "Alder" not in message.body.replace("alder.example", "")
    call_command("plan_reminders")
    assert len(mail.outbox) == 2  # nothing twice on the same day
    with scopes_disabled():
        assert PlanReminder.objects.count() == 2


def test_parents_see_only_the_plain_summary_of_their_own_child(world, client_for) -> None:
    make_plan(world, strengths=["Kind"], parent_voice="She loves drawing")
    parent = client_for(Role.PARENT)
    page = parent.get(f"/plans/children/{world.child_a.pk}/summary/")
    assert page.status_code == 200
    assert b"Ask for a break" in page.content and b"She loves drawing" in page.content
    assert b"Chronology" not in page.content and b"observation" not in page.content.lower()
    assert parent.get(f"/plans/children/{world.child_a2.pk}/summary/").status_code == 404
    assert parent.get(f"/plans/children/{world.child_a.pk}/").status_code == 403
    assert parent.get(f"/plans/children/{world.child_a.pk}/edit/").status_code == 403
    assert client_for(Role.GOVERNOR).get(f"/plans/children/{world.child_a.pk}/").status_code == 403


def test_staff_see_only_plans_of_children_they_work_with(world, client_for) -> None:
    staff = client_for(Role.STAFF)
    assert staff.get(f"/plans/children/{world.child_a.pk}/").status_code == 200
    assert staff.get(f"/plans/children/{world.child_a2.pk}/").status_code == 404
    assert (
        client_for(Role.DESIGNATED).get(f"/plans/children/{world.child_a2.pk}/").status_code == 200
    )


def test_the_outsider_finds_nothing(world) -> None:
    from tests.world import signed_in_client

    make_plan(world)
    outsider = signed_in_client(world.outsider)
    for suffix in ("", "edit/", "review/", "summary/", "plan.pdf", "help-sheet.pdf"):
        response = outsider.get(f"/plans/children/{world.child_a.pk}/{suffix}")
        assert response.status_code == 404, suffix


def test_the_three_pdfs_are_generated(world, client_for) -> None:
    from harbour.guidance.library import load_library
    from tests.pdf import pdf_text

    make_plan(
        world,
        strengths=["Kind to younger children"],
        safe_place="Library",
        calming="Drawing quietly",
        strategies=[{"item_id": None, "text": "Practise waiting with a timer"}],
        child_voice={"know_about_me": "I like dinosaurs", "helps_me": "A quiet word"},
        parent_voice="She loves drawing",
    )
    client = client_for(Role.STAFF)
    texts = {}
    for name in ("plan.pdf", "one-page-profile.pdf", "help-sheet.pdf"):
        response = client.get(f"/plans/children/{world.child_a.pk}/{name}")
        assert response.status_code == 200, name
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")
        texts[name] = pdf_text(response.content)

    plan = texts["plan.pdf"]
    assert "Ada Alder: support plan" in plan
    for words in ("Kind to younger children", "Ask for a break", "Practise waiting with a timer"):
        assert words in plan
    assert "I like dinosaurs" in plan and "She loves drawing" in plan

    profile = texts["one-page-profile.pdf"]
    for heading in (
        "What people like about me",
        "What's important to me",
        "How best to support me",
    ):
        assert heading in profile
    assert "Kind to younger children" in profile and "My safe place: Library" in profile

    sheet = texts["help-sheet.pdf"]
    assert "Helping Ada at home" in sheet
    assert "What we're doing at school" in sheet and "What you could try at home" in sheet
    assert "Practise waiting with a timer" in sheet and "Drawing quietly" in sheet
    # Appendix 2's tips for home, in the words of the guidance library.
    tips = [
        t for t in load_library().of_kind("parent-tip") if t.applies_to(world.child_a.age_stage)
    ]
    assert tips and all(t.title in sheet for t in tips[:3])
    assert "Talk about feelings" in sheet
    assert "seemed overwhelmed" not in sheet  # observations never reach the parents' sheet

    parent = client_for(Role.PARENT).get(f"/plans/children/{world.child_a.pk}/help-sheet.pdf")
    assert parent.status_code == 200 and "Helping Ada at home" in pdf_text(parent.content)


def test_a_plan_links_to_interventions_from_its_own_catalogue_only(world, client_for) -> None:
    from harbour.guidance.models import Intervention

    with scopes_disabled():
        theirs = Intervention.objects.exclude(organisation=None).get(organisation=world.org_b)
    client = client_for(Role.STAFF)
    url = f"/plans/children/{world.child_a.pk}/edit/"
    page = client.get(url).content.decode()
    assert "Intervention used" in page and "Nurture group" in page
    assert theirs.title not in page
    refused = client.post(url, form_data(0, interventions=str(theirs.pk)))
    assert refused.status_code == 200  # not a choice here: the form says so, nothing saved
    response = client.post(url, form_data(0, interventions=str(world.intervention_a.pk)))
    assert response.status_code == 302
    with scopes_disabled():
        version = PlanVersion.objects.get(plan__child=world.child_a)
    assert version.content["interventions"] == [world.intervention_a.pk]


def test_parents_views_reach_the_plan_and_the_review_form(world, client_for) -> None:
    from harbour.voices.models import ParentView

    make_plan(world)
    parent = client_for(Role.PARENT)
    url = f"/voices/family/{world.child_a.pk}/views/"
    assert parent.post(url, {"going_well": "She reads to her brother"}).status_code == 302
    with scopes_disabled():
        ParentView.objects.update(created_at=timezone.now() - datetime.timedelta(days=9))
    newer = {"going_well": "Bedtime is calmer", "worries": "Mornings", "would_help": "A visual"}
    assert parent.post(url, newer).status_code == 302

    for role in (Role.STAFF, Role.DESIGNATED, Role.LEAD, Role.PROFESSIONAL):
        page = client_for(role).get(f"/plans/children/{world.child_a.pk}/").content.decode()
        assert "What parents and carers told us" in page, role
        assert "Bedtime is calmer" in page and "Mornings" in page and "A visual" in page, role
        assert "Parent Person" in page, role
        assert "She reads to her brother" not in page, role  # the latest views, not every one

    form = client_for(Role.STAFF).get(f"/plans/children/{world.child_a.pk}/review/")
    text = form.content.decode()
    assert "Copy what matters into the review" in text and "Bedtime is calmer" in text
    # Shown just above the box where the review records the parents' views.
    assert text.index("Bedtime is calmer") < text.index('name="parent_views"')
    assert text.index('name="what_changed"') < text.index("What parents and carers told us")

    # Another child's plan shows none of them.
    with scopes_disabled():
        services.plan_create(
            child=world.child_a2, actor=world.user(Role.LEAD), content={"goals": ["Sleep"]}
        )
    other = client_for(Role.DESIGNATED).get(f"/plans/children/{world.child_a2.pk}/")
    assert b"Bedtime is calmer" not in other.content
    assert b"What parents and carers told us" not in other.content
