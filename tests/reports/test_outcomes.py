"""The outcome page for a strategy, on a synthetic before/after set."""

from __future__ import annotations

import csv
import datetime
import io
import re

from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.children.models import Child
from harbour.plans.models import Plan, PlanVersion
from harbour.profiles.models import Profile
from tests.world import make_profile

ITEM = "prompt.dysregulated.i-can-see"


def _child_with_strategy(world, i: int, before: int, after: int) -> None:
    today = timezone.localdate()
    start = today - datetime.timedelta(days=70)
    child = Child.objects.create(
        organisation=world.org_a,
        legal_first_name=f"Out{i}",
        legal_last_name="Come",
        date_of_birth=today.replace(year=today.year - 9),
    )
    plan = Plan.objects.create(organisation=world.org_a, child=child, next_review_on=today)
    PlanVersion.objects.create(
        organisation=world.org_a,
        plan=plan,
        number=1,
        content={"strategies": [{"item_id": ITEM, "text": "Name the feeling"}]},
        saved_at=timezone.now() - datetime.timedelta(days=70),
    )
    for value, on in (
        (before, start - datetime.timedelta(days=3)),
        (after, start + datetime.timedelta(days=35)),
    ):
        profile = make_profile(child, world.user(Role.STAFF), value=value)
        Profile.objects.filter(pk=profile.pk).update(observed_on=on)


def test_outcome_page_gives_the_hand_computed_mean_change(world, client_for) -> None:
    with scopes_disabled():
        for i, (before, after) in enumerate([(1, 2), (1, 2), (1, 3), (1, 2), (1, 2)]):
            _child_with_strategy(world, i, before, after)
    page = client_for(Role.LEAD).get(f"/reports/outcomes/strategy/{ITEM}/").content.decode()
    # Scores out of 100: each child moves from 33.33 to 66.67, one to 100: mean change
    # (33.33 * 4 + 66.67) / 5 = 40.00.
    assert "Across 5 children" in page
    assert "<strong>40.00</strong>" in page
    assert "regression to the mean" in page
    assert "Out0" not in page


def _main(html: str) -> str:
    """The page's own text, without the header, the navigation or the markup."""
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return re.sub(r"<[^>]+>", " ", main.split(">", 1)[1])


def test_outcome_page_with_few_children_shows_no_numbers(world, client_for) -> None:
    with scopes_disabled():
        for i in range(3):
            _child_with_strategy(world, i, 1, 2)
    for role in (Role.GOVERNOR, Role.STAFF):
        page = client_for(role).get(f"/reports/outcomes/strategy/{ITEM}/").content.decode()
        assert "Not enough children yet" in page
        assert "<strong>" not in page.split("Profile scores")[1]
        text = _main(page)
        assert "Fewer than 5 children here have had this" in text
        assert "fewer than 5 with figures from before and after" in text
        # No count of children from 1 to 4 anywhere: 3 children had it.
        assert not re.search(r"(?<![\d.])[1-4](?![\d.%])", text), text
        assert "n =" not in text


def test_outcome_csv_has_the_pages_figures_and_hides_small_numbers(world, client_for) -> None:
    with scopes_disabled():
        for i, (before, after) in enumerate([(1, 2), (1, 2), (1, 3), (1, 2), (1, 2)]):
            _child_with_strategy(world, i, before, after)
    governor = client_for(Role.GOVERNOR)
    page = governor.get(f"/reports/outcomes/strategy/{ITEM}/").content.decode()
    csv_url = f"/reports/outcomes/strategy/{ITEM}/figures.csv"
    assert csv_url in page
    response = governor.get(csv_url)
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Measure", "Children"]
    assert rows[1][:2] == ["Children who had this in their support plan", "5"]
    scores = [r for r in rows[2:] if "score out of 100" in r[0]]
    assert scores and all(r[1] == "5" and r[4] == "40.00" for r in scores)
    # Each started 70 days ago, so the six weeks after are over: 5 children, no moments logged.
    assert rows[2][0] == "Difficult moments per week" and rows[2][1] == "5"
    assert "Out0" not in response.content.decode()


def test_outcome_csv_with_few_children_shows_fewer_than_5(world, client_for) -> None:
    with scopes_disabled():
        for i in range(2):
            _child_with_strategy(world, i, 1, 2)
    response = client_for(Role.GOVERNOR).get(f"/reports/outcomes/strategy/{ITEM}/figures.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][1] == "fewer than 5"
    assert all(r[1] in ("fewer than 5", "0") and not any(r[2:]) for r in rows[1:])


def test_an_intervention_linked_explicitly_on_the_plan_counts_its_children(
    world, client_for
) -> None:
    """The plan's words never name the intervention: only the explicit link finds them."""
    today = timezone.localdate()
    intervention = world.intervention_a
    with scopes_disabled():
        for i in range(5):
            child = Child.objects.create(
                organisation=world.org_a,
                legal_first_name=f"Linked{i}",
                legal_last_name="Child",
                date_of_birth=today.replace(year=today.year - 9),
            )
            plan = Plan.objects.create(organisation=world.org_a, child=child, next_review_on=today)
            PlanVersion.objects.create(
                organisation=world.org_a,
                plan=plan,
                number=1,
                content={
                    "strategies": [{"item_id": None, "text": "Small group after lunch"}],
                    "interventions": [intervention.pk],
                },
                saved_at=timezone.now() - datetime.timedelta(days=70),
            )
    page = client_for(Role.LEAD).get(f"/reports/outcomes/intervention/{intervention.pk}/")
    assert page.status_code == 200
    assert page.context["children"] == 5
    assert "Linked0" not in page.content.decode()
