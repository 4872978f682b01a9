"""Importing children from a school information system CSV export: preview, then apply."""

from __future__ import annotations

import datetime
import html
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.models import Organisation
from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.audit.services import MASK
from harbour.children import import_views, importing, services
from harbour.children.importing import (
    ExistingChild,
    ImportRecord,
    Roster,
    column_letter,
    parse_date,
    parse_year_group,
    plan_import,
    read_csv,
)
from harbour.children.models import Child, Group
from harbour.children.upn import make_upn
from tests.world import CANARY, signed_in_client

TODAY = datetime.date(2026, 3, 1)
UPN_1 = make_upn(908, 2101, 21, 1)
UPN_2 = make_upn(908, 2101, 21, 2)
UPN_3 = make_upn(908, 2101, 21, 3)
HEADER = "UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,NC Year,Reg Group,Gender\n"


@pytest.fixture(autouse=True)
def imports_in_a_temporary_folder(settings, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path


def good_file() -> bytes:
    return (
        HEADER
        + f"{UPN_1},Okafor,Amari,,14/10/2017,Y3,3 Kestrel,M\n"
        + f"{UPN_2},Penrose,Isla,Izzy,02/03/2018,3,3 Kestrel,F\n"
        + f"{UPN_3},Hollis,Freya,,2016-09-30,Year 4,4 Heron,F\n"
    ).encode()


def read(data: bytes | str, *, requires_upn: bool = True) -> importing.ParsedFile:
    raw = data.encode() if isinstance(data, str) else data
    return read_csv(raw, requires_upn=requires_upn, today=TODAY)


# --- The pure core ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "UPN,Legal Surname,Legal Forename,Preferred Forename,DOB",
        "Unique Pupil Number,Surname,Forename,Known As,Date of Birth",
        "upn , LAST NAME,first name,Preferred Name, date of birth ",
        "UPN,Legal Last Name,Legal First Name,Preferred Name,D.O.B.",
    ],
)
def test_header_names_are_recognised_whatever_their_case_and_spacing(header: str) -> None:
    parsed = read(f"{header}\n{UPN_1},Okafor,Amari,Ami,14/10/2017\n")
    assert not parsed.errors
    record = parsed.records[0]
    assert (record.upn, record.legal_last_name, record.legal_first_name) == (
        UPN_1,
        "Okafor",
        "Amari",
    )
    assert record.preferred_name == "Ami"
    assert record.date_of_birth == datetime.date(2017, 10, 14)


def test_year_group_class_and_placement_columns_are_recognised() -> None:
    parsed = read(
        "Surname,First Name,Date of Birth,Curriculum Year,Tutor Group,Placement Start Date\n"
        "Okafor,Amari,14/10/2010,Y10,10K,01/09/2025\n",
        requires_upn=False,
    )
    record = parsed.records[0]
    assert (record.year_group, record.group, record.placement_start) == (
        10,
        "10K",
        datetime.date(2025, 9, 1),
    )


def test_unknown_columns_are_ignored_and_listed() -> None:
    parsed = read(good_file())
    assert parsed.ignored_columns == ("Gender",)
    assert len(parsed.records) == 3


def test_a_byte_order_mark_is_fine() -> None:
    assert not read(b"\xef\xbb\xbf" + good_file()).errors


@pytest.mark.parametrize(
    "text", ["04/05/2016", "4/5/2016", "2016-05-04", "04-05-2016", "04.05.2016", "4 May 2016"]
)
def test_dates_are_read_day_first_as_uk_exports_write_them(text: str) -> None:
    assert parse_date(text) == datetime.date(2016, 5, 4)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("31/02/2016", "not a real date"),
        ("04/05/16", "year in full"),
        ("05/24/2016", "month first"),
        ("next Tuesday", "day/month/year"),
    ],
)
def test_a_date_that_cannot_be_read_is_explained(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [("R", 0), ("Reception", 0), ("rec", 0), ("Year 3", 3), ("3", 3), ("Y3", 3), ("Yr 11", 11)],
)
def test_year_groups_in_the_usual_forms(text: str, year: int) -> None:
    assert parse_year_group(text) == year


@pytest.mark.parametrize(("text", "says"), [("N2", "nursery"), ("Year 14", "1 to 13")])
def test_a_year_group_harbour_does_not_record_is_explained(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_year_group(text)


def test_age_is_accepted_instead_of_a_year_group_and_checked_against_the_birthday() -> None:
    ok = read("Surname,Forename,DOB,Age\nOkafor,Amari,14/10/2017,8\n", requires_upn=False)
    assert not ok.errors
    wrong = read("Surname,Forename,DOB,Age\nOkafor,Amari,14/10/2017,12\n", requires_upn=False)
    assert "makes the child 8" in wrong.errors[0].message
    assert (wrong.errors[0].row, wrong.errors[0].column) == (2, "Age")


def test_every_row_with_a_problem_is_listed_not_just_the_first() -> None:
    parsed = read(
        "UPN,Surname,Forename,DOB\n"
        f"{UPN_1},Okafor,,14/10/2017\n"
        f"{UPN_2},Penrose,Isla,14/10/2099\n"
        f"{UPN_3},Hollis,Freya,1/2/17\n"
    )
    assert [(e.row, e.column, e.letter) for e in parsed.errors] == [
        (2, "Forename", "C"),
        (3, "DOB", "D"),
        (4, "DOB", "D"),
    ]
    assert not parsed.records  # all or nothing, already here
    assert "in the future" in parsed.errors[1].message


def test_a_school_needs_a_upn_in_every_row_but_a_home_does_not() -> None:
    data = "UPN,Surname,Forename,DOB\n,Okafor,Amari,14/10/2017\n"
    assert "The UPN is empty" in read(data).errors[0].message
    assert not read(data, requires_upn=False).errors


def test_column_letters_run_as_in_a_spreadsheet() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 51, 52)] == ["A", "Z", "AA", "AB", "AZ", "BA"]


def existing(**values: object) -> ExistingChild:
    base: dict[str, object] = {
        "id": 7,
        "version": 1,
        "upn": UPN_1,
        "legal_first_name": "Amari",
        "legal_last_name": "Okafor",
        "preferred_name": "",
        "date_of_birth": datetime.date(2017, 10, 14),
        "year_group": 3,
        "placement_start": None,
        "groups": frozenset({"3 Kestrel"}),
        "class_groups": frozenset({"3 Kestrel"}),
    }
    return ExistingChild(**{**base, **values})  # type: ignore[arg-type]


def test_a_plan_sorts_rows_into_added_changed_and_unchanged() -> None:
    parsed = read(good_file())
    roster = Roster(
        children=(
            existing(),
            existing(id=8, upn=UPN_2, legal_first_name="Isla", preferred_name=""),
        ),
        group_names=frozenset({"3 Kestrel"}),
    )
    plan = plan_import(parsed, roster)
    assert [r.upn for r in plan.to_add] == [UPN_3]
    assert [c.existing.id for c in plan.unchanged] == [7]
    (change,) = plan.to_change
    assert [(d.field, d.old, d.new) for d in change.differences] == [
        ("legal_last_name", "Okafor", "Penrose"),
        ("preferred_name", None, "Izzy"),
        ("date_of_birth", datetime.date(2017, 10, 14), datetime.date(2018, 3, 2)),
    ]
    assert plan.new_groups == ("4 Heron",)
    assert plan.fingerprint and plan.fingerprint == plan_import(parsed, roster).fingerprint


def test_an_empty_cell_leaves_what_harbour_holds() -> None:
    parsed = read(
        f"UPN,Surname,Forename,Preferred Name,DOB,Year\n{UPN_1},Okafor,Amari,,14/10/2017,\n"
    )
    plan = plan_import(parsed, Roster(children=(existing(preferred_name="Ami", year_group=4),)))
    assert not plan.to_change and len(plan.unchanged) == 1


def test_a_home_finds_children_by_names_and_date_of_birth() -> None:
    parsed = read(
        "Surname,Forename,DOB,Placement Start\nOkafor,Amari,14/10/2017,01/02/2026\n",
        requires_upn=False,
    )
    plan = plan_import(parsed, Roster(children=(existing(upn=""),)))
    assert [(d.field, d.new) for d in plan.to_change[0].differences] == [
        ("placement_start", datetime.date(2026, 2, 1))
    ]


def test_the_fingerprint_changes_when_a_matched_child_is_edited_meanwhile() -> None:
    parsed = read(good_file())
    before = plan_import(parsed, Roster(children=(existing(),)))
    after = plan_import(parsed, Roster(children=(existing(version=2),)))
    assert before.fingerprint != after.fingerprint


def test_a_record_reads_like_a_name() -> None:
    record = ImportRecord(2, "Amari", "Okafor", datetime.date(2017, 10, 14), preferred_name="Ami")
    assert record.name == "Ami Okafor"


# --- Through the pages ---------------------------------------------------------------------


def counts() -> tuple[int, int, int, int]:
    with scopes_disabled():
        return (
            Child.objects.count(),
            Group.objects.count(),
            AuditEntry.objects.count(),
            Child.groups.through.objects.count(),
        )


def upload(client, data: bytes, name: str = "pupils.csv"):  # type: ignore[no-untyped-def]
    return client.post(
        "/children/import/", {"file": SimpleUploadedFile(name, data, content_type="text/csv")}
    )


def apply(client, **extra):  # type: ignore[no-untyped-def]
    """Press the import button on the preview the client was last shown."""
    pending = client.session.get("children_import") or {}
    return client.post(
        "/children/import/apply/", {"fingerprint": pending.get("fingerprint", "")}, **extra
    )


def text(response) -> str:  # type: ignore[no-untyped-def]
    return html.unescape(response.content.decode())


BAD_FILES = {
    "too many cells in a row": (
        f"UPN,Surname,Forename,DOB\n{UPN_1},Okafor,Amari,14/10/2017,extra\n",
        ["2", "has 5 cells but the header row has 4"],
    ),
    "an unclosed quotation mark": (
        f'UPN,Surname,Forename,DOB\n"{UPN_1},Okafor,Amari,14/10/2017\n',
        ["2", "quotation mark opens a cell but is never closed"],
    ),
    "not a CSV at all": (
        b"PK\x03\x04\x14\x00\x06\x00binary workbook",
        ["Excel workbook (.xlsx), not a CSV file", "CSV UTF-8"],
    ),
    "a wrong UPN check letter": (
        "UPN,Surname,Forename,DOB\n"
        f"{UPN_1},Okafor,Amari,14/10/2017\n"
        f"{'B' if UPN_2[0] != 'B' else 'C'}{UPN_2[1:]},Penrose,Isla,02/03/2018\n",
        ["3", "UPN (A)", f"The first letter should be {UPN_2[0]}"],
    ),
    "a missing required column": (
        f"UPN,Surname,Forename\n{UPN_1},Okafor,Amari\n",
        ["There is no column for the date of birth", "'Date of Birth' or 'DOB'"],
    ),
    "duplicate UPNs": (
        "UPN,Surname,Forename,DOB\n"
        f"{UPN_1},Okafor,Amari,14/10/2017\n"
        f"{UPN_2},Penrose,Isla,02/03/2018\n"
        f"{UPN_1},Okafor,Amara,14/10/2017\n",
        ["Rows 2 and 4 have the same UPN", "UPN (A)"],
    ),
    "a Windows-1252 file": (
        "UPN,Surname,Forename,DOB\n"
        f"{UPN_1},Okafor,Amari,14/10/2017\n"
        f"{UPN_2},Penrose,Zoë,02/03/2018\n".encode("cp1252"),
        ["3", "0xEB", "probably 'ë'", "Windows-1252", "CSV UTF-8"],
    ),
    "a formula in a cell": (
        "UPN,Surname,Forename,DOB,Reg Group\n"
        f'{UPN_1},"=HYPERLINK(""http://x.example"",""Okafor"")",Amari,14/10/2017,3K\n'
        f"{UPN_2},Penrose,@SUM(A1),02/03/2018,3K\n"
        f"{UPN_3},Hollis,Freya,30/09/2016,\t+3K\n",
        ["2", "Surname (B)", "starts with '='", "starts with '@'", "starts with a tab", "formula"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_explained_and_changes_nothing(world, client_for, case: str) -> None:
    data, phrases = BAD_FILES[case]
    raw = data.encode() if isinstance(data, str) else data
    client = client_for(Role.LEAD)
    before = counts()
    response = upload(client, raw)
    assert response.status_code == 200
    page = text(response)
    assert "problem" in page and "Nothing has been imported" in page
    for phrase in phrases:
        assert phrase in page, f"{case}: {phrase!r} missing"
    assert "/children/import/apply/" not in page  # no button to apply a broken file
    # Nothing waits to be applied either.
    applied = apply(client, follow=True)
    assert "no previewed file" in text(applied)
    assert counts() == before


def test_a_formula_in_an_ignored_column_is_never_read(world, client_for) -> None:
    data = f"UPN,Surname,Forename,DOB,Notes\n{UPN_1},Okafor,Amari,14/10/2017,=1+1\n".encode()
    page = text(upload(client_for(Role.LEAD), data))
    assert "To add" in page and "Columns ignored: Notes" in page


def test_a_file_over_the_size_limit_is_refused_plainly(world, client_for, monkeypatch) -> None:
    monkeypatch.setattr(import_views, "MAX_UPLOAD_BYTES", 100)
    before = counts()
    response = upload(client_for(Role.LEAD), good_file())
    assert response.status_code == 400
    assert "up to 20 MB" in text(response)
    assert counts() == before


def test_preview_then_apply_adds_children_classes_and_audit_entries(world, client_for) -> None:
    client = client_for(Role.DESIGNATED)
    children, groups, audits, links = counts()
    page = text(upload(client, good_file()))
    assert "Check the import" in page and "Columns ignored: Gender" in page
    assert "Izzy Penrose" in page and "New classes" in page and "4 Heron" in page
    assert counts() == (children, groups, audits, links)  # the preview saves nothing
    response = apply(client)
    assert response.status_code == 302 and response["Location"] == "/children/"
    assert counts() == (children + 3, groups + 2, audits + 4, links + 3)
    with scopes_disabled():
        isla = Child.objects.get(organisation=world.org_a, upn=UPN_2)
        assert (isla.preferred_name, isla.year_group, isla.date_of_birth) == (
            "Izzy",
            3,
            datetime.date(2018, 3, 2),
        )
        assert [g.name for g in isla.groups.all()] == ["3 Kestrel"]
        entry = AuditEntry.objects.get(action="child.imported", child_id=isla.pk)
        summary = AuditEntry.objects.get(action="children.import.applied")
    assert entry.changes["preferred_name"] == [None, MASK] and "Izzy" not in str(entry.changes)
    assert entry.changes["year_group"] == [None, 3]
    assert entry.actor_id == world.user(Role.DESIGNATED).pk and entry.at.tzinfo is not None
    assert summary.changes == {"added": 3, "changed": 0, "unchanged": 0, "groups_created": 2}
    # The file waiting between preview and apply is gone.
    assert not list(Path(import_views._imports_dir()).glob(f"org{world.org_a.pk}-*"))


def test_importing_the_same_file_again_changes_nothing(world, client_for) -> None:
    client = client_for(Role.LEAD)
    upload(client, good_file())
    apply(client)
    before = counts()
    page = text(upload(client, good_file()))
    assert "Nothing needs changing" in page
    response = apply(client, follow=True)
    assert "Nothing needed changing" in text(response)
    assert counts() == before  # not even an audit entry


def test_a_changed_preferred_name_shows_as_a_change_with_the_difference(world, client_for) -> None:
    child = world.child_a
    data = (
        "UPN,Surname,Forename,Preferred Name,DOB\n"
        f"{child.upn},Alder,Ada,Addy,{child.date_of_birth:%d/%m/%Y}\n"
    ).encode()
    client = client_for(Role.LEAD)
    page = text(upload(client, data))
    assert "To change" in page and "Preferred name: — → Addy" in page
    apply(client)
    with scopes_disabled():
        child.refresh_from_db()
        entry = AuditEntry.objects.get(action="child.imported", child_id=child.pk)
    assert (child.preferred_name, child.version) == ("Addy", 2)
    assert entry.changes == {"preferred_name": [None, MASK]}


def test_a_class_change_moves_the_child_between_classes(world, client_for) -> None:
    with scopes_disabled():
        world.child_a.groups.add(world.group_a)
        house = Group.objects.create(organisation=world.org_a, name="Kingfishers", kind="house")
        world.child_a.groups.add(house)
    child = world.child_a
    data = (
        "UPN,Surname,Forename,DOB,Class\n"
        f"{child.upn},Alder,Ada,{child.date_of_birth:%d/%m/%Y},Year 4 Elm\n"
    ).encode()
    client = client_for(Role.LEAD)
    assert "Class: Year 3 Oak → Year 4 Elm" in text(upload(client, data))
    apply(client)
    with scopes_disabled():
        assert sorted(g.name for g in child.groups.all()) == ["Kingfishers", "Year 4 Elm"]
    assert "Nothing needs changing" in text(upload(client, data))


def test_a_roster_changed_between_preview_and_apply_is_refused(world, client_for) -> None:
    child = world.child_a
    data = (
        "UPN,Surname,Forename,Preferred Name,DOB\n"
        f"{child.upn},Alder,Ada,Addy,{child.date_of_birth:%d/%m/%Y}\n"
        f"{UPN_1},Okafor,Amari,,14/10/2017\n"
    ).encode()
    client = client_for(Role.LEAD)
    upload(client, data)
    with scopes_disabled():
        services.child_update(
            child=child, actor=None, data={"safe_place": "Library"}, expected_version=1
        )
    before = counts()
    response = apply(client)
    assert response.status_code == 409
    assert "roster changed since you previewed" in text(response)
    assert counts() == before
    # The fresh preview is shown and can be applied knowingly.
    assert apply(client).status_code == 302
    with scopes_disabled():
        child.refresh_from_db()
    assert (child.preferred_name, child.safe_place) == ("Addy", "Library")


def test_the_service_itself_refuses_a_stale_plan(world) -> None:
    with scopes_disabled():
        plan = services.children_import_preview(organisation=world.org_a, data=good_file())
        Child.objects.create(
            organisation=world.org_a,
            upn=UPN_3,
            legal_first_name="Freya",
            legal_last_name="Hollis",
            date_of_birth=datetime.date(2016, 9, 30),
        )
        before = counts()
        with pytest.raises(services.ImportRosterChanged):
            services.children_import_apply(organisation=world.org_a, actor=None, plan=plan)
    assert counts() == before


def test_importing_never_touches_another_organisations_child_with_the_same_upn(
    world, client_for
) -> None:
    assert world.child_a.upn == world.child_b.upn  # on purpose, in tests/world.py
    data = (
        "UPN,Surname,Forename,Preferred Name,DOB,Class\n"
        f"{world.child_a.upn},Alder,Ada,Addy,{world.child_a.date_of_birth:%d/%m/%Y},{CANARY} class\n"
    ).encode()
    with scopes_disabled():
        b_entries_before = AuditEntry.objects.filter(organisation=world.org_b).count()
    client = client_for(Role.LEAD)
    page = text(upload(client, data))
    assert "To change" in page and "Addy Alder" in page
    apply(client)
    with scopes_disabled():
        world.child_b.refresh_from_db()
        world.child_a.refresh_from_db()
        b_groups = list(Group.objects.filter(organisation=world.org_b).values_list("id", flat=True))
        a_group = Group.objects.get(organisation=world.org_a, name=f"{CANARY} class")
        b_entries = AuditEntry.objects.filter(organisation=world.org_b).count()
    assert world.child_a.preferred_name == "Addy"
    assert (world.child_b.preferred_name, world.child_b.version) == (CANARY, 1)
    assert a_group.pk not in b_groups and b_entries == b_entries_before


def test_an_older_preview_cannot_apply_a_newer_upload(world, client_for) -> None:
    client = client_for(Role.LEAD)
    upload(client, good_file())
    first = client.session["children_import"]["fingerprint"]
    child = world.child_a
    upload(
        client,
        f"UPN,Surname,Forename,DOB\n{child.upn},Alder,Adah,{child.date_of_birth:%d/%m/%Y}\n".encode(),
    )
    before = counts()
    response = client.post("/children/import/apply/", {"fingerprint": first})
    assert response.status_code == 409 and "preview the file again" in text(response)
    assert "Legal first name: Ada → Adah" in text(response)
    assert counts() == before


def test_a_pending_file_cannot_be_applied_in_another_organisation(world, client_for) -> None:
    client = client_for(Role.LEAD)
    upload(client, good_file())
    session = client.session
    session["children_import"]["organisation"] = world.org_b.pk
    session.save()
    before = counts()
    assert "no previewed file" in text(apply(client, follow=True))
    assert counts() == before


def test_a_childrens_home_imports_without_upns(world, client_for) -> None:
    with scopes_disabled():
        Organisation.objects.filter(pk=world.org_a.pk).update(kind="childrens_home")
    birch = world.child_a2
    data = (
        "Surname,Forename,DOB,Placement Start\n"
        f"Birch,Ben,{birch.date_of_birth:%d/%m/%Y},01/02/2026\n"
        "Okafor,Amari,14/10/2012,15/01/2026\n"
    ).encode()
    client = client_for(Role.LEAD)
    page = text(upload(client, data))
    assert "Placement start: — → 01/02/2026" in page
    apply(client)
    with scopes_disabled():
        birch.refresh_from_db()
        assert birch.placement_start == datetime.date(2026, 2, 1)
        assert Child.objects.filter(organisation=world.org_a, legal_last_name="Okafor").exists()


def test_the_sample_file_previews_cleanly(world, client_for) -> None:
    client = client_for(Role.LEAD)
    sample = client.get("/children/import/sample.csv")
    assert sample.status_code == 200
    assert "attachment" in sample["Content-Disposition"]
    data = sample.content
    page = text(upload(client, data))
    assert "problem" not in page and "Import 12 new and 0 changed" in page


def test_only_leads_and_designated_staff_may_import(world, client_for) -> None:
    before = counts()
    for role in (Role.LEAD, Role.DESIGNATED):
        client = client_for(role)
        assert client.get("/children/import/").status_code == 200
        assert "Import from a CSV file" in text(client.get("/children/"))
        assert client.get("/children/import/apply/").status_code == 405
    for role in (Role.STAFF, Role.PROFESSIONAL, Role.GOVERNOR, Role.PARENT):
        client = client_for(role)
        assert client.get("/children/import/").status_code == 403
        assert upload(client, good_file()).status_code == 403
        assert apply(client).status_code == 403
    assert "Import from a CSV file" not in text(client_for(Role.STAFF).get("/children/"))
    assert counts() == before


def test_the_outsiders_lead_imports_into_their_own_organisation_only(world) -> None:
    client = signed_in_client(world.outsider)
    before_a = world.child_a.version
    with scopes_disabled():
        in_a = Child.objects.filter(organisation=world.org_a).count()
        in_b = Child.objects.filter(organisation=world.org_b).count()
    upload(client, good_file())
    apply(client)
    with scopes_disabled():
        assert Child.objects.filter(organisation=world.org_b).count() == in_b + 3
        assert Child.objects.filter(organisation=world.org_a).count() == in_a
        world.child_a.refresh_from_db()
    assert world.child_a.version == before_a


def test_the_import_is_quick_enough_for_a_whole_school(world) -> None:
    rows = [HEADER.strip()]
    for serial in range(1000):
        rows.append(
            f"{make_upn(908, 2101, 20, serial)},Surname{serial},Name{serial},,01/02/2017,3,3K,"
        )
    data = ("\n".join(rows) + "\n").encode()
    before = counts()[0]
    started = timezone.now()
    with scopes_disabled():
        plan = services.children_import_preview(organisation=world.org_a, data=data)
        services.children_import_apply(organisation=world.org_a, actor=None, plan=plan)
    assert (timezone.now() - started).total_seconds() < 5
    assert counts()[0] == before + 1000
