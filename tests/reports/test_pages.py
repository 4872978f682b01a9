"""The dashboard, the governors' view, the PDF and the exports."""

from __future__ import annotations

import csv
import io
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.children.models import Child, Group
from harbour.pathways.models import NeedDecision
from harbour.reports import views
from tests.world import CANARY, make_profile, page_queries

SMALL = {"1", "2", "3", "4"}


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
    return len(page_queries(captured))


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


def _csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def _cells(html: str) -> list[str]:
    """The text of every table cell on a page (charts' tables included)."""
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", html)]


def _two_groups_of_profiled_children(world) -> Group:
    """Year 3 Oak: 2 children; Year 4 Ash: 12; every one less developed everywhere."""
    _add_children(world, 2, prefix="Oak")
    _add_children(world, 12, prefix="Ash")
    with scopes_disabled():
        ash = Group.objects.create(organisation=world.org_a, name="Year 4 Ash")
        for child in Child.objects.filter(legal_first_name__startswith="Ash"):
            child.groups.set([ash])
        staff = world.user(Role.STAFF)
        for child in Child.objects.filter(legal_last_name="Rowan"):
            make_profile(child, staff, value=0)
    return ash


def test_governor_page_shows_no_number_of_children_from_1_to_4(world, client_for) -> None:
    _two_groups_of_profiled_children(world)
    page = client_for(Role.GOVERNOR).get("/reports/governors/").content.decode()
    assert "Year 3 Oak" in page and "Year 4 Ash" in page
    children_figures, staff_figures = page.split("Staff training in PACE")
    assert not SMALL & set(_cells(children_figures))
    assert "Numbers of staff, not children" in staff_figures
    assert "fewer than 5" in page and "&lt;5" in page


def test_a_small_group_in_the_heat_map_cannot_be_worked_out_from_the_whole_setting(
    world, client_for
) -> None:
    _two_groups_of_profiled_children(world)
    rows = _csv_rows(client_for(Role.GOVERNOR).get("/reports/governors/figures.csv?table=heat"))
    heat = [r for r in rows[1:] if r[0] == "Where many children are less developed"]
    assert heat and len(heat) == len(rows) - 1
    by_domain: dict[str, dict[str, str]] = {}
    for _table, row, domain, value in heat:
        by_domain.setdefault(domain, {})[row] = value
    for domain, values in by_domain.items():
        # Every child is in one group or none (Ada has a profile but no group), so the
        # whole setting is the sum of the rows below it.
        assert set(values) == {"Whole setting", "Year 3 Oak", "Year 4 Ash", "Children in no group"}
        assert values["Year 3 Oak"] == "fewer than 5", domain
        hidden = [row for row, v in values.items() if not v.isdigit()]
        assert len(hidden) >= 2, (domain, values)  # one hidden alone would be a subtraction
        assert not SMALL & set(values.values())


def test_governors_csv_has_the_heat_map_and_training_tables(world, client_for) -> None:
    _two_groups_of_profiled_children(world)
    governor = client_for(Role.GOVERNOR)
    rows = _csv_rows(governor.get("/reports/governors/figures.csv"))
    tables = {r[0] for r in rows[1:]}
    assert {"Where many children are less developed", "Staff training in PACE"} <= tables
    # Numbers of children: none from 1 to 4. (Staff numbers are shown as on the page.)
    assert not SMALL & {r[3] for r in rows[1:] if r[0] != "Staff training in PACE"}
    assert governor.get("/reports/governors/figures.csv?table=nonsense").status_code == 404


def test_every_dashboard_table_downloads_as_csv_with_the_pages_numbers(world, client_for) -> None:
    _add_children(world, 3, prefix="=cmd|")
    lead = client_for(Role.LEAD)
    page = lead.get("/reports/").content.decode()
    for table in ("need", "movement", "heat", "observations", "plans", "training"):
        assert f"/reports/figures.csv?table={table}" in page
        rows = _csv_rows(lead.get(f"/reports/figures.csv?table={table}"))
        assert rows[0] == ["Table", "Row", "Column", "Value"] and len(rows) > 1
        assert len({r[0] for r in rows[1:]}) == 1
    everything = _csv_rows(lead.get("/reports/figures.csv"))
    assert ["Level of support (I-THRIVE)", "Getting help", "Children", "3"] in everything
    assert not any("cmd" in cell for row in everything for cell in row)  # no names at all
    assert client_for(Role.GOVERNOR).get("/reports/figures.csv").status_code == 403


def test_csv_cells_that_look_like_formulas_are_escaped(world, client_for) -> None:
    with scopes_disabled():
        Group.objects.create(organisation=world.org_a, name="=HYPERLINK(1)").children.add(
            world.child_a
        )
    rows = _csv_rows(client_for(Role.LEAD).get("/reports/figures.csv?table=heat"))
    assert any(r[1] == "'=HYPERLINK(1)" for r in rows[1:])
    assert not any(r[1].startswith("=") for r in rows)


def test_the_drill_down_says_when_it_stops_and_its_csv_has_every_child(
    world, client_for, monkeypatch
) -> None:
    monkeypatch.setattr(views, "LIST_LIMIT", 2)
    _add_children(world, 3)
    lead = client_for(Role.LEAD)
    page = lead.get("/reports/children/?figure=need&level=getting-help").content.decode()
    assert "3 children" in page
    assert "first 2 children" in page and "The CSV has all 3" in page
    assert "Kid0 Rowan" in page and "Kid2 Rowan" not in page
    response = lead.get("/reports/children/?figure=need&level=getting-help&format=csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(text)))) == 4
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="reports.export.downloaded").count() == 3


def test_a_short_drill_down_says_nothing_about_a_limit(world, client_for) -> None:
    _add_children(world, 3)
    page = client_for(Role.LEAD).get("/reports/children/?figure=need&level=getting-help")
    assert "The CSV has all" not in page.content.decode()


def test_numbers_stay_numbers_in_csv_while_formulas_are_escaped() -> None:
    from harbour.reports.exports import escape_cell

    assert escape_cell(-0.25) == "-0.25"
    assert escape_cell("-0.25") == "-0.25"
    assert escape_cell("-3") == "-3"
    assert escape_cell(7) == "7"
    assert escape_cell("=1+1") == "'=1+1"
    assert escape_cell("-1+cmd|' /C calc'!A0") == "'-1+cmd|' /C calc'!A0"
    assert escape_cell("+44 20 7946 0000") == "'+44 20 7946 0000"
    assert escape_cell("@SUM(A1)") == "'@SUM(A1)"
    assert escape_cell(None) == ""
