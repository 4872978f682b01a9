"""The dashboard, the governors' view, the PDF and the exports."""

from __future__ import annotations

import csv
import io
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.children.models import Child
from harbour.pathways.models import NeedDecision
from tests.world import CANARY, make_profile


def _add_children(
    world, n: int, *, grouping: str = "getting-help", prefix: str = "Kid", profiles: bool = False
) -> None:
    dob = timezone.localdate().replace(year=timezone.localdate().year - 9)
    with scopes_disabled():
        for i in range(n):
            child = Child.objects.create(
                organisation=world.org_a,
                legal_first_name=f"{prefix}{i}",
                legal_last_name="Rowan",
                date_of_birth=dob,
                year_group=4,
            )
            child.groups.add(world.group_a)
            NeedDecision.objects.create(
                organisation=world.org_a, child=child, grouping=grouping, rationale="test"
            )
            if profiles:
                make_profile(child, world.user(Role.STAFF), value=i % 3)


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_dashboard_queries_do_not_grow_with_children(world, client_for) -> None:
    lead = client_for(Role.LEAD)
    lead.get("/reports/")  # warm caches (framework, guidance)
    _add_children(world, 5, profiles=True)
    small = _queries(lead, "/reports/")
    small_gov = _queries(client_for(Role.GOVERNOR), "/reports/governors/")
    _add_children(world, 10, prefix="More", profiles=True)
    assert _queries(lead, "/reports/") == small
    assert _queries(client_for(Role.GOVERNOR), "/reports/governors/") == small_gov
    print(f"dashboard queries: {small}; governors: {small_gov}")


def test_dashboard_links_each_figure_to_its_children(world, client_for) -> None:
    _add_children(world, 3)
    lead = client_for(Role.LEAD)
    page = lead.get("/reports/").content.decode()
    assert "figure=need&amp;level=getting-help" in page
    drill = lead.get("/reports/children/?figure=need&level=getting-help").content.decode()
    assert "Kid0 Rowan" in drill and "Kid2 Rowan" in drill
    assert "Ada Alder" not in drill
    assert CANARY not in drill


def test_governor_view_names_no_child_and_hides_small_numbers(world, client_for) -> None:
    _add_children(world, 3)
    page = client_for(Role.GOVERNOR).get("/reports/governors/").content.decode()
    assert "fewer than 5" in page
    for name in ("Kid0", "Rowan", "Ada Alder", "Ben Birch", CANARY):
        assert name not in page
    assert "figure=" not in page  # no drill-downs


def test_governor_pdf_is_a_pdf(world, client_for) -> None:
    _add_children(world, 6)
    response = client_for(Role.GOVERNOR).get("/reports/governors/report.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


def test_children_csv_escapes_formulas_and_is_audited(world, client_for) -> None:
    _add_children(world, 2, prefix="=HYPERLINK(")
    lead = client_for(Role.LEAD)
    response = lead.get("/reports/children/?figure=need&level=getting-help&format=csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Name", "Year group", "Date of birth"]
    assert all(row[0].startswith("'=HYPERLINK(") for row in rows[1:]) and len(rows) == 3
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="reports.export.downloaded").count() == 2


def test_anonymised_export_is_suppressed_and_consistent(world, client_for) -> None:
    _add_children(world, 7)
    lead = client_for(Role.LEAD)
    data = json.loads(lead.get("/reports/export/?format=json").content)
    rows = data["rows"]
    help_column = "Getting help"
    middle = next(r for r in rows if r["Age stage"].startswith("Middle"))
    assert middle[help_column] == 7
    # Ada and Ben (no level decided) are two children: hidden, and protected.
    assert middle["No level decided yet"] == "fewer than 5"
    assert middle["Total"] != 9 or middle["No level decided yet"] != 2
    for row in rows:
        assert all(v not in (1, 2, 3, 4) for v in row.values())
    text = b"".join(lead.get("/reports/export/?format=csv").streaming_content).decode("utf-8-sig")
    assert "Getting help" in text and "Ada" not in text
