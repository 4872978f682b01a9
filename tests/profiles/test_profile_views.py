"""Profile pages: rate, result, comparison, print, and versioned frameworks."""

from __future__ import annotations

import datetime
import shutil

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.profiles import frameworks
from harbour.profiles.forms import rating_field_name
from harbour.profiles.frameworks import load_framework
from harbour.profiles.models import Profile, Rating
from tests.world import CANARY, make_profile, signed_in_client, without_random_tokens

STATEMENT = "It is not a diagnosis or a validated clinical measure."


def rating_post(framework, values: dict[str, int | None], action: str = "complete") -> dict:
    data = {"observed_on": timezone.localdate().isoformat(), "notes": "", "action": action}
    for domain in framework.domains:
        for skill in domain.skills:
            value = values.get(skill.id)
            data[rating_field_name(skill.id)] = "" if value is None else str(value)
    return data


def test_a_profile_is_completed_on_a_tablet_form_and_shows_its_results(world, client_for) -> None:
    framework = load_framework("1")
    client = client_for(Role.STAFF)
    form = client.get(f"/profiles/children/{world.child_a.pk}/new/")
    assert form.status_code == 200
    page = form.content.decode()
    assert 'type="radio"' in page and "What to expect · Middle childhood" in page
    assert "Calms themselves more often" in page  # the domain's middle-childhood expectation
    values = {s.id: 3 for s in framework.domain("empathy").skills}
    values |= {s.id: 0 for s in framework.domain("feelings").skills}
    response = client.post(
        f"/profiles/children/{world.child_a.pk}/new/", rating_post(framework, values)
    )
    assert response.status_code == 302
    with scopes_disabled():
        profile = Profile.objects.filter(child=world.child_a).latest("id")
        assert profile.status == Profile.Status.COMPLETE
        assert profile.framework_version == "1"
        assert profile.age_stage == "middle"
        assert Rating.objects.filter(profile=profile, value__isnull=False).count() == 7
        actions = list(
            AuditEntry.objects.filter(object_id=str(profile.pk)).values_list("action", flat=True)
        )
    assert sorted(actions) == ["profile.completed", "profile.created", "profile.rated"]
    assert response["Location"] == f"/profiles/{profile.pk}/"
    result = client.get(response["Location"]).content.decode()
    assert STATEMENT in result
    assert "Ada is usually able to:" in result
    assert "recognise others&#x27; feelings and feel for them" in result
    assert "Ada is still building the ability to:" in result
    # The less-developed area links to the guidance that helps with it.
    assert "/guidance/situations/dysregulated/?age=middle" in result
    assert "/guidance/items/" in result
    assert "<svg" in result and "Show the numbers" in result


def test_a_draft_can_be_saved_and_carried_on(world, client_for) -> None:
    framework = load_framework("1")
    client = client_for(Role.LEAD)
    skill = framework.domains[0].skills[0].id
    response = client.post(
        f"/profiles/children/{world.child_a.pk}/new/",
        rating_post(framework, {skill: 2}, action="draft"),
    )
    with scopes_disabled():
        draft = Profile.objects.filter(child=world.child_a).latest("id")
    assert draft.status == Profile.Status.DRAFT
    assert response["Location"] == f"/profiles/{draft.pk}/edit/"
    page = client.get(response["Location"]).content.decode()
    assert 'value="2" checked' in page
    done = client.post(
        f"/profiles/{draft.pk}/edit/",
        rating_post(framework, {skill: 2, "skill.prosocial.empathy": 1}),
    )
    assert done["Location"] == f"/profiles/{draft.pk}/"
    draft.refresh_from_db()
    assert draft.status == Profile.Status.COMPLETE
    # A finished profile can't be changed any more; the edit page sends you to the result.
    assert client.get(f"/profiles/{draft.pk}/edit/")["Location"] == f"/profiles/{draft.pk}/"


def test_finishing_with_nothing_rated_is_refused_kindly(world, client_for) -> None:
    client = client_for(Role.LEAD)
    response = client.post(
        f"/profiles/children/{world.child_a.pk}/new/",
        rating_post(load_framework("1"), {}),
        follow=True,
    )
    assert b"Rate at least one skill" in response.content
    with scopes_disabled():
        assert Profile.objects.filter(child=world.child_a, status="draft").count() == 1


def test_a_future_date_is_refused(world, client_for) -> None:
    data = rating_post(load_framework("1"), {"skill.prosocial.empathy": 2})
    data["observed_on"] = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    response = client_for(Role.LEAD).post(f"/profiles/children/{world.child_a.pk}/new/", data)
    assert response.status_code == 200
    assert b"can&#x27;t be in the future" in response.content


def test_the_outsider_and_staff_who_do_not_work_with_the_child_get_404(world, client_for) -> None:
    outsider = signed_in_client(world.outsider)
    for url in (
        f"/profiles/{world.profile_a.pk}/",
        f"/profiles/{world.profile_a.pk}/compare/",
        f"/profiles/{world.profile_a.pk}/print/",
        f"/profiles/children/{world.child_a.pk}/",
    ):
        response = outsider.get(url)
        assert response.status_code == 404
        assert "Ada" not in without_random_tokens(response.content.decode())
    with scopes_disabled():
        other = make_profile(world.child_a2, world.user(Role.LEAD), value=1)
    assert client_for(Role.STAFF).get(f"/profiles/{other.pk}/").status_code == 404
    assert client_for(Role.LEAD).get(f"/profiles/{other.pk}/").status_code == 200


def test_professionals_read_shared_profiles_but_cannot_rate(world, client_for) -> None:
    client = client_for(Role.PROFESSIONAL)
    assert client.get(f"/profiles/{world.profile_a.pk}/").status_code == 200
    assert client.get(f"/profiles/children/{world.child_a.pk}/new/").status_code == 403
    for role in (Role.PARENT, Role.GOVERNOR, Role.YOUNG_PERSON):
        assert client_for(role).get(f"/profiles/{world.profile_a.pk}/").status_code == 403


def test_wrong_method_is_refused(world, client_for) -> None:
    client = client_for(Role.LEAD)
    assert client.post(f"/profiles/{world.profile_a.pk}/").status_code == 405
    assert client.get(f"/profiles/children/{world.child_a.pk}/warning-signs/").status_code == 405


def test_comparison_shows_change_and_a_chart_over_time(world, client_for) -> None:
    with scopes_disabled():
        Profile.objects.filter(pk=world.profile_a.pk).update(
            observed_on=timezone.localdate() - datetime.timedelta(days=120)
        )
        later = make_profile(world.child_a, world.user(Role.LEAD), value=3)
    client = client_for(Role.STAFF)
    page = client.get(f"/profiles/{later.pk}/compare/").content.decode()
    assert STATEMENT in page
    assert "More secure than on" in page and "(+33 points)" in page
    assert page.count('class="chart line-chart') == 7  # one small chart per domain
    assert "then and now" in page
    history = client.get(f"/profiles/children/{world.child_a.pk}/").content.decode()
    assert "Compare with earlier" in history and STATEMENT in history
    # With only one profile there is nothing to compare with, said plainly.
    assert client.get(f"/profiles/{world.profile_a.pk}/compare/?with={later.pk}").status_code == 200
    assert client.get(f"/profiles/{later.pk}/compare/?with=999999").status_code == 404


def test_the_print_view_is_clean_and_complete(world, client_for) -> None:
    page = client_for(Role.LEAD).get(f"/profiles/{world.profile_a.pk}/print/").content.decode()
    assert STATEMENT in page
    assert "Every rating" in page and "Developing" in page
    assert 'class="print-page"' in page
    assert CANARY not in page


def test_an_old_profile_is_shown_with_its_own_framework_version(
    world, client_for, tmp_path, monkeypatch
) -> None:
    shutil.copy(frameworks.FRAMEWORK_DIR / "v1.yaml", tmp_path / "v1.yaml")
    text = (frameworks.FRAMEWORK_DIR / "v1.yaml").read_text()
    v2 = text.replace('version: "1"', 'version: "2"').replace(
        "label: Developing", "label: Sometimes seen"
    )
    (tmp_path / "v2.yaml").write_text(v2)
    monkeypatch.setattr(frameworks, "FRAMEWORK_DIR", tmp_path)
    client = client_for(Role.LEAD)
    old = client.get(f"/profiles/{world.profile_a.pk}/print/").content.decode()
    assert "framework version 1" in old
    assert "Developing" in old and "Sometimes seen" not in old
    # The detail page too reads the old profile with the words of its own version.
    detail = client.get(f"/profiles/{world.profile_a.pk}/").content.decode()
    assert "Developing" in detail and "Sometimes seen" not in detail
    new = client.get(f"/profiles/children/{world.child_a.pk}/new/").content.decode()
    assert "Sometimes seen" in new
    client.post(
        f"/profiles/children/{world.child_a.pk}/new/",
        rating_post(load_framework("2", tmp_path), {"skill.prosocial.empathy": 2}),
    )
    with scopes_disabled():
        assert Profile.objects.filter(child=world.child_a).latest("id").framework_version == "2"
        newest = Profile.objects.filter(child=world.child_a).latest("id")
    # Compared with the old one, each is shown in its own version's words.
    compare = client.get(f"/profiles/{newest.pk}/compare/").content.decode()
    assert "different framework versions (1 and 2)" in compare
    assert client.get(f"/profiles/{world.profile_a.pk}/").status_code == 200


@pytest.mark.parametrize("value", ["7", "x"])
def test_values_off_the_scale_are_refused(world, client_for, value) -> None:
    data = rating_post(load_framework("1"), {})
    data[rating_field_name("skill.prosocial.empathy")] = value
    response = client_for(Role.LEAD).post(f"/profiles/children/{world.child_a.pk}/new/", data)
    assert response.status_code == 200
    with scopes_disabled():
        assert not Profile.objects.filter(child=world.child_a, status="draft").exists()


def test_the_childs_page_links_to_the_profile_and_only_safeguarding_roles_to_factors(
    world, client_for
) -> None:
    url = f"/children/{world.child_a.pk}/"
    for role in (Role.LEAD, Role.DESIGNATED):
        page = client_for(role).get(url).content.decode()
        assert f"/profiles/children/{world.child_a.pk}/factors/" in page
    for role in (Role.STAFF, Role.PROFESSIONAL):
        page = client_for(role).get(url).content.decode()
        assert f"/profiles/children/{world.child_a.pk}/" in page
        assert "factors" not in page
