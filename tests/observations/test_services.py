"""Observation services: several children with their own parts, history, conflicts, audit."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.notifications.models import Notification
from harbour.observations import services
from harbour.observations.models import Observation, ObservationChild, ObservationRevision
from tests.world import CANARY


@pytest.fixture
def scoped(world):
    with scopes_disabled():
        yield world


def create(world, **data):
    fields = {"what_happened": "Ada seemed overwhelmed in the dinner hall.", **data}
    return services.observation_create(
        organisation=world.org_a,
        actor=world.user(Role.STAFF),
        children=[(world.child_a, "focus"), (world.child_a2, "affected")],
        data=fields,
    )


def test_one_observation_holds_several_children_each_with_their_own_part(scoped) -> None:
    observation = create(scoped, intensity=3, feelings=["anxiety"], setting="lunch")
    parts = dict(
        ObservationChild.objects.filter(observation=observation).values_list("child_id", "role")
    )
    assert parts == {scoped.child_a.pk: "focus", scoped.child_a2.pk: "affected"}
    entries = AuditEntry.objects.filter(action="observation.created", object_id=str(observation.pk))
    assert sorted(e.child_id for e in entries) == sorted([scoped.child_a.pk, scoped.child_a2.pk])
    assert "Ada" not in str([e.changes for e in entries]), "content must be masked in the trail"


def test_it_refuses_a_child_of_another_organisation(scoped) -> None:
    with pytest.raises(ValueError):
        services.observation_create(
            organisation=scoped.org_a,
            actor=None,
            children=[(scoped.child_b, "focus")],
            data={"what_happened": "x"},
        )


def test_it_refuses_naive_times_and_unknown_fields(scoped) -> None:
    with pytest.raises(ValueError):
        create(scoped, occurred_at=datetime.datetime(2025, 1, 6, 12, 0))
    with pytest.raises(ValueError):
        create(scoped, colour="red")


def test_an_edit_keeps_the_previous_values(scoped) -> None:
    observation = create(scoped)
    services.observation_update(
        observation=observation,
        actor=scoped.user(Role.LEAD),
        data={"what_happened": "Ada seemed worried about the noise."},
        children=[(scoped.child_a, "focus")],
        expected_version=1,
    )
    observation.refresh_from_db()
    assert observation.version == 2
    revision = ObservationRevision.objects.get(observation=observation)
    assert revision.version == 1
    assert revision.data["what_happened"] == "Ada seemed overwhelmed in the dinner hall."
    assert revision.data["children"] == {
        str(scoped.child_a.pk): "focus",
        str(scoped.child_a2.pk): "affected",
    }
    assert list(ObservationChild.objects.filter(observation=observation)) == list(
        ObservationChild.objects.filter(observation=observation, child=scoped.child_a)
    )
    # Both children's trails record the edit: the one removed and the one kept.
    updated = AuditEntry.objects.filter(action="observation.updated", object_id=str(observation.pk))
    assert {e.child_id for e in updated} == {scoped.child_a.pk, scoped.child_a2.pk}


def test_a_stale_edit_is_refused_and_changes_nothing(scoped) -> None:
    observation = create(scoped)
    services.observation_update(
        observation=observation, actor=None, data={"intensity": 2}, expected_version=1
    )
    with pytest.raises(services.ConcurrentEditError) as conflict:
        services.observation_update(
            observation=observation, actor=None, data={"intensity": 5}, expected_version=1
        )
    assert conflict.value.current.intensity == 2
    assert conflict.value.current.version == 2
    assert ObservationRevision.objects.filter(observation=observation).count() == 1


def test_delete_is_soft_and_restore_brings_it_back(scoped) -> None:
    observation = create(scoped)
    services.observation_delete(observation=observation, actor=scoped.user(Role.STAFF))
    row = Observation.objects.get(pk=observation.pk)
    assert row.deleted_at is not None and row.deleted_by == scoped.user(Role.STAFF)
    services.observation_restore(observation=row, actor=scoped.user(Role.LEAD))
    assert Observation.objects.get(pk=observation.pk).deleted_at is None
    actions = list(
        AuditEntry.objects.filter(object_id=str(observation.pk), child_id=scoped.child_a.pk)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["observation.created", "observation.deleted", "observation.restored"]


def test_a_safeguarding_tick_notifies_every_designated_member_without_content(scoped) -> None:
    from tests.world import make_member

    second = make_member(scoped.org_a, Role.DESIGNATED, "deputy@alder.example", "Deputy Person")
    with scopes_disabled():
        from django.test import TestCase

        with TestCase.captureOnCommitCallbacks(execute=True):
            observation = create(
                scoped, safeguarding=True, what_happened=f"Ada said something {CANARY}"
            )
    notes = Notification.objects.filter(organisation=scoped.org_a)
    assert {n.recipient_id for n in notes} == {scoped.members[Role.DESIGNATED].pk, second.pk}
    assert all(n.url == f"/observations/{observation.pk}/" for n in notes)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert set(message.to) == {"designated@alder.example", "deputy@alder.example"}
    for text in [message.subject, message.body, *(n.text for n in notes)]:
        # (The child's surname is also the school's name here, so first names are checked.)
        for secret in (CANARY, "Ada", "Ben", "Birch", "said", "dinner"):
            assert secret not in text


def test_settings_can_be_added_and_hidden(scoped) -> None:
    from harbour.observations.vocabulary import settings_for

    services.setting_create(organisation=scoped.org_a, actor=None, label="Forest  school")
    services.setting_set_hidden(organisation=scoped.org_a, actor=None, slug="pe", hidden=True)
    options = {o.slug: o for o in settings_for(scoped.org_a)}
    assert options["forest-school"].label == "Forest school"
    assert options["pe"].is_hidden and options["pe"].label == "PE"
    assert not options["lunch"].is_hidden
    with pytest.raises(ValueError):
        services.setting_set_hidden(
            organisation=scoped.org_a, actor=None, slug="nowhere", hidden=True
        )


def test_times_are_kept_as_given(scoped) -> None:
    when = timezone.now() - datetime.timedelta(days=3)
    observation = create(scoped, occurred_at=when)
    assert Observation.objects.get(pk=observation.pk).occurred_at == when
