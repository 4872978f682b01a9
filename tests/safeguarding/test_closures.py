"""Closure days: the 5 school days for confirming receipt of a CP file skip half-term."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.safeguarding import services
from harbour.safeguarding.models import ClosurePeriod
from harbour.safeguarding.reporting import closure_days, deadline, overdue_transfers
from tests.safeguarding.test_concerns import fresh
from tests.world import signed_in_client

FRIDAY_BEFORE_HALF_TERM = datetime.date(2026, 10, 23)
HALF_TERM = (datetime.date(2026, 10, 26), datetime.date(2026, 10, 30))


def overdue_on(world, day: datetime.date) -> bool:
    return bool(overdue_transfers(world.org_a.pk, day))


def test_a_file_sent_the_friday_before_half_term_is_not_overdue_during_or_just_after_it(world):
    with scopes_disabled():
        transfer, _ = services.transfer_export(
            child=world.child_a,
            actor=None,
            sent_to="Kestrel Academy",
            sent_on=FRIDAY_BEFORE_HALF_TERM,
        )
        # Without closures the 5 weekdays run through half-term: overdue on the Saturday.
        assert overdue_on(world, datetime.date(2026, 10, 31))
        services.closure_period_add(
            organisation=world.org_a,
            actor=None,
            start=HALF_TERM[0],
            end=HALF_TERM[1],
            label="Autumn half-term",
        )
        day = FRIDAY_BEFORE_HALF_TERM
        while day <= datetime.date(2026, 11, 6):  # half-term, then 5 school days
            assert not overdue_on(world, day), day
            day += datetime.timedelta(days=1)
        assert overdue_on(world, datetime.date(2026, 11, 7))
        assert deadline(transfer) == datetime.date(2026, 11, 6)
        # Another organisation's closures change nothing here.
        assert closure_days(world.org_b.pk, FRIDAY_BEFORE_HALF_TERM) == frozenset()


def test_the_cp_file_shows_the_deadline_after_the_closure(world):
    with scopes_disabled():
        services.transfer_export(
            child=world.child_a, actor=None, sent_to="Kestrel", sent_on=FRIDAY_BEFORE_HALF_TERM
        )
        services.closure_period_add(
            organisation=world.org_a,
            actor=None,
            start=HALF_TERM[0],
            end=HALF_TERM[1],
            label="Autumn half-term",
        )
    designated = fresh(signed_in_client(world.members[Role.DESIGNATED]))
    page = designated.get(f"/safeguarding/child/{world.child_a.pk}/")
    assert b"due by 6 Nov 2026" in page.content


def test_designated_staff_add_and_remove_closures(world):
    designated = signed_in_client(world.members[Role.DESIGNATED])
    url = "/safeguarding/closures/"
    assert b"Closure days" in designated.get("/safeguarding/concerns/").content
    today = timezone.localdate()
    start, end = today + datetime.timedelta(days=10), today + datetime.timedelta(days=14)
    response = designated.post(
        url, {"label": "Spring half-term", "start": start.isoformat(), "end": end.isoformat()}
    )
    assert response.status_code == 302
    with scopes_disabled():
        period = ClosurePeriod.objects.get(organisation=world.org_a)
        assert (period.start, period.end, period.label) == (start, end, "Spring half-term")
        assert AuditEntry.objects.filter(
            action="safeguarding.closure.added", object_id=str(period.pk)
        ).exists()
    page = designated.get(url)
    assert b"Spring half-term" in page.content
    # The last day before the first is refused, and nothing is added.
    refused = designated.post(
        url, {"label": "Oops", "start": end.isoformat(), "end": start.isoformat()}
    )
    assert refused.status_code == 200 and b"can&#x27;t be before the first day" in refused.content
    # Another organisation can't remove it (it is not found there).
    outsider = signed_in_client(world.outsider)
    outsider.post(url, {"remove": period.pk})
    with scopes_disabled():
        assert ClosurePeriod.objects.filter(pk=period.pk).exists()
    designated.post(url, {"remove": period.pk})
    with scopes_disabled():
        assert not ClosurePeriod.objects.filter(organisation=world.org_a).exists()
        assert AuditEntry.objects.filter(action="safeguarding.closure.removed").exists()
    staff = signed_in_client(world.members[Role.STAFF])
    assert staff.get(url).status_code == 403


def test_a_closure_lasts_a_year_at_most(world):
    import pytest

    with scopes_disabled(), pytest.raises(ValueError, match="a year at most"):
        services.closure_period_add(
            organisation=world.org_a,
            actor=None,
            start=datetime.date(2026, 1, 1),
            end=datetime.date(2027, 6, 1),
            label="Building work",
        )


def test_the_demo_schools_have_this_school_years_closures():
    from harbour.safeguarding.demo import england_school_year

    year = dict((label, (start, end)) for label, start, end in england_school_year(2026))
    assert year["Autumn half-term"] == HALF_TERM
    assert year["Christmas holidays"] == (datetime.date(2026, 12, 21), datetime.date(2027, 1, 1))
    assert year["Spring half-term"] == (datetime.date(2027, 2, 15), datetime.date(2027, 2, 19))
    assert year["Easter holidays"] == (datetime.date(2027, 3, 26), datetime.date(2027, 4, 9))
    assert year["Summer half-term"] == (datetime.date(2027, 5, 31), datetime.date(2027, 6, 4))
    for first_year in range(2024, 2040):
        for label, start, end in england_school_year(first_year):
            assert start <= end and start.weekday() < 5, (first_year, label)
