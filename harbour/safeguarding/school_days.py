"""School-day arithmetic for moving a child-protection file (KCSIE).

*Keeping Children Safe in Education*: when a child moves school, the
designated safeguarding lead transfers the child-protection file to the new
school within 5 school days, separately from the main pupil file, and gets
confirmation that it arrived.

A school day is a Monday to Friday that is not in ``holidays`` (the setting's
own closure days: holidays, bank holidays, training days). Weekends are always
skipped, whether or not they are listed.

Counting: the day the file is sent is day 0; the next school day is day 1. So a
file sent on a Friday is due by the following Friday (Monday is day 1, Friday
day 5), and a file sent on a Saturday is due by the Friday after. The alert
fires once the deadline day has ended without confirmation, that is from the
first calendar day after it (the Saturday in that example, so it is waiting
for the DSL first thing on Monday). It never fires once receipt is confirmed.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

TRANSFER_SCHOOL_DAYS = 5
_ONE_DAY = timedelta(days=1)


def is_school_day(day: date, holidays: Collection[date] = frozenset()) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_school_days(start: date, n: int, *, holidays: Collection[date] = frozenset()) -> date:
    """The ``n``-th school day after ``start`` (``start`` itself when ``n`` is 0)."""
    if n < 0:
        raise ValueError("Count forwards: n is 0 or more.")
    day = start
    while n:
        day += _ONE_DAY
        if is_school_day(day, holidays):
            n -= 1
    return day


def school_days_between(a: date, b: date, holidays: Collection[date] = frozenset()) -> int:
    """School days after ``a`` up to and including ``b`` (negative when ``b`` is before ``a``)."""
    if b < a:
        return -school_days_between(b, a, holidays)
    # Whole weeks hold 5 weekdays each; count the remainder day by day.
    days = (b - a).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    day = a + timedelta(days=weeks * 7)
    for _ in range(rest):
        day += _ONE_DAY
        count += day.weekday() < 5
    count -= sum(1 for holiday in set(holidays) if a < holiday <= b and holiday.weekday() < 5)
    return count


def transfer_deadline(sent_on: date, holidays: Collection[date] = frozenset()) -> date:
    """The last school day on which the file is still within the 5 school days."""
    return add_school_days(sent_on, TRANSFER_SCHOOL_DAYS, holidays=holidays)


def transfer_alert_due(
    sent_on: date, today: date, confirmed: bool, holidays: Collection[date] = frozenset()
) -> bool:
    """True when receipt is not confirmed and the 5 school days are over."""
    return not confirmed and today > transfer_deadline(sent_on, holidays)
