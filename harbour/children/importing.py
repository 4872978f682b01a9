"""Reading a school information system (MIS) CSV export of children: no database here.

`read_csv` turns the file's bytes into checked rows and a list of every problem, each named
by the row and column a spreadsheet shows (the header is row 1). `plan_import` compares those
rows with a plain snapshot of the children Harbour already holds, and says which will be
added, which changed (field by field) and which are already up to date. The Django side
(`harbour.children.services.children_import_apply`) applies a plan, all rows or none.

An empty optional cell (or a missing optional column) leaves what Harbour holds as it is, so
an export with fewer columns never wipes details that staff added by hand.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from harbour.children.upn import UPNError, validate_upn

MAX_NAME = 100  # Child.legal_first_name, legal_last_name, preferred_name
MAX_GROUP = 80  # Group.name
MAX_AGE = 25  # Harbour is for children and young people up to 25
SAVE_AS_UTF8 = "In Excel choose File > Save As and pick 'CSV UTF-8 (Comma delimited)'."

# field -> (how people read it, the header names MIS exports commonly use). Headers are
# compared without case, spaces or punctuation; when two columns mean the same field the one
# whose name comes first here is used and the other is ignored.
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "upn": ("UPN", ("UPN", "Unique Pupil Number", "Pupil UPN", "Unique Pupil No")),
    "legal_first_name": (
        "legal forename",
        ("Legal Forename", "Legal First Name", "Forename", "First Name", "Given Name"),
    ),
    "legal_last_name": (
        "legal surname",
        ("Legal Surname", "Legal Last Name", "Surname", "Last Name", "Family Name"),
    ),
    "preferred_name": (
        "preferred name",
        ("Preferred Forename", "Preferred Name", "Preferred First Name", "Known As"),
    ),
    "date_of_birth": ("date of birth", ("Date of Birth", "DOB", "Birth Date")),
    "year_group": (
        "year group",
        ("Year Group", "NC Year", "Curriculum Year", "National Curriculum Year", "Year"),
    ),
    "age": ("age", ("Age",)),
    "group": (
        "class or registration group",
        ("Reg Group", "Registration Group", "Class", "Form", "Tutor Group", "Form Group"),
    ),
    "placement_start": (
        "placement start date",
        ("Placement Start Date", "Placement Start", "Date of Placement"),
    ),
}
REQUIRED = ("legal_last_name", "legal_first_name", "date_of_birth")
# Fields a plan compares and the apply step writes, in the order people read them.
COMPARED = (
    "upn",
    "legal_first_name",
    "legal_last_name",
    "preferred_name",
    "date_of_birth",
    "year_group",
    "placement_start",
    "group",
)
LABELS = {
    "upn": "UPN",
    "legal_first_name": "Legal first name",
    "legal_last_name": "Legal last name",
    "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth",
    "year_group": "Year group",
    "placement_start": "Placement start",
    "group": "Class",
}


def _squash(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.casefold())


ALIASES: dict[str, tuple[str, int]] = {
    _squash(alias): (name, rank)
    for name, (_label, aliases) in COLUMNS.items()
    for rank, alias in enumerate(aliases)
}


@dataclass(frozen=True)
class ImportIssue:
    """One problem, with where to find it and what to do, in plain words."""

    message: str
    row: int | None = None  # as the spreadsheet numbers it: the header is row 1
    column: str = ""  # the column's name as it is in the file
    letter: str = ""  # the spreadsheet's column letter

    @property
    def where(self) -> str:
        parts = [f"Row {self.row}"] if self.row is not None else []
        if self.column:
            parts.append(f"column '{self.column}'" + (f" ({self.letter})" if self.letter else ""))
        return ", ".join(parts)


@dataclass(frozen=True)
class ImportRecord:
    """One checked row. None (or "" for the UPN) means: leave what Harbour holds."""

    row: int
    legal_first_name: str
    legal_last_name: str
    date_of_birth: datetime.date
    upn: str = ""
    preferred_name: str | None = None
    year_group: int | None = None
    group: str | None = None
    placement_start: datetime.date | None = None

    @property
    def name(self) -> str:
        return f"{self.preferred_name or self.legal_first_name} {self.legal_last_name}"


@dataclass(frozen=True)
class ParsedFile:
    records: tuple[ImportRecord, ...] = ()
    errors: tuple[ImportIssue, ...] = ()
    ignored_columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExistingChild:
    """What the plan needs to know of a child Harbour already holds."""

    id: int
    version: int
    upn: str
    legal_first_name: str
    legal_last_name: str
    preferred_name: str
    date_of_birth: datetime.date
    year_group: int | None
    placement_start: datetime.date | None
    groups: frozenset[str] = frozenset()  # every group the child is in
    class_groups: frozenset[str] = frozenset()  # those an import manages: classes, tutor groups


@dataclass(frozen=True)
class Roster:
    children: tuple[ExistingChild, ...] = ()
    group_names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Difference:
    field: str
    old: object
    new: object

    @property
    def label(self) -> str:
        return LABELS[self.field]


@dataclass(frozen=True)
class PlannedChange:
    record: ImportRecord
    existing: ExistingChild
    differences: tuple[Difference, ...]


@dataclass(frozen=True)
class ImportPlan:
    parsed: ParsedFile
    to_add: tuple[ImportRecord, ...] = ()
    to_change: tuple[PlannedChange, ...] = ()
    unchanged: tuple[PlannedChange, ...] = ()
    new_groups: tuple[str, ...] = ()
    not_in_file: int = 0  # children in Harbour the file does not mention; left as they are
    errors: tuple[ImportIssue, ...] = ()
    fingerprint: str = field(default="")

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def has_work(self) -> bool:
        return bool(self.to_add or self.to_change)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# --- Reading the bytes -------------------------------------------------------------------


def decode(data: bytes) -> tuple[str | None, ImportIssue | None]:
    """The file as text, or the one problem that stops it being read at all."""
    if not data.strip():
        return None, ImportIssue("The file is empty. Export the children again and upload it.")
    if data.startswith(b"PK\x03\x04"):
        return None, ImportIssue(
            "This is an Excel workbook (.xlsx), not a CSV file. " + SAVE_AS_UTF8
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, ImportIssue(
            "This file is saved as 'Unicode Text' (UTF-16), which Harbour cannot read. "
            + SAVE_AS_UTF8
        )
    if data.startswith(b"%PDF") or b"\x00" in data[:4096]:
        return None, ImportIssue(
            "This is not a CSV file (it looks like a document or a program file). Export the "
            "children from your school information system as CSV and upload that."
        )
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start : exc.start + 1]
        guess = byte.decode("cp1252", errors="replace")
        return None, ImportIssue(
            f"This row has a character Harbour cannot read (byte 0x{byte.hex().upper()}, "
            f"probably '{guess}'): the file was saved in an older format such as "
            f"Windows-1252, not UTF-8. {SAVE_AS_UTF8} Then upload it again.",
            row=line,
        )


def read_csv(data: bytes, *, requires_upn: bool, today: datetime.date) -> ParsedFile:
    """Check every row of a CSV export; collect every problem instead of stopping at one."""
    text, problem = decode(data)
    if problem is not None or text is None:
        return ParsedFile(errors=(problem,) if problem else ())
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        return ParsedFile(
            errors=(
                ImportIssue(
                    f"Harbour could not read this row as CSV: {_plain_csv_error(exc)}. "
                    "Check the row in a spreadsheet, then "
                    + SAVE_AS_UTF8[0].lower()
                    + SAVE_AS_UTF8[1:],
                    row=_reader_row(text, exc),
                ),
            )
        )
    header_row = 1
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)  # blank lines above the header are harmless
        header_row += 1
    if not rows:
        return ParsedFile(errors=(ImportIssue("The file has no rows."),))
    header, body = rows[0], rows[1:]
    columns, ignored, errors = _map_header(header, header_row, requires_upn=requires_upn)
    if errors:
        return ParsedFile(errors=tuple(errors), ignored_columns=tuple(ignored))
    records: list[ImportRecord] = []
    issues: list[ImportIssue] = []
    keys: list[tuple[int, object, int]] = []  # (row, who the row is, column that says so)
    for offset, cells in enumerate(body, start=header_row + 1):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            issues.append(
                ImportIssue(
                    f"This row has {len(cells)} cells but the header row has {len(header)}. "
                    "A name with a comma in it may have lost its quotation marks; check the "
                    "row in a spreadsheet and export again.",
                    row=offset,
                )
            )
            continue
        record = _read_row(offset, cells, header, columns, requires_upn, today, issues, keys)
        if record is not None:
            records.append(record)
    if not records and not issues:
        issues.append(ImportIssue("The file has a header row but no children under it."))
    issues.extend(_duplicates(keys, header))
    issues.sort(key=lambda issue: issue.row or 0)
    return ParsedFile(
        records=tuple(records) if not issues else (),
        errors=tuple(issues),
        ignored_columns=tuple(ignored),
    )


def _plain_csv_error(exc: csv.Error) -> str:
    text = str(exc)
    if "end of data" in text:
        return "a quotation mark opens a cell but is never closed"
    if "expected after" in text:
        return "a quotation mark sits in the middle of a cell"
    return f"the file is not in the CSV format ({text})"


def _reader_row(text: str, exc: csv.Error) -> int | None:
    # The csv module does not say where it stopped; re-read row by row to find out.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    count = 0
    try:
        for _ in reader:
            count += 1
    except csv.Error:
        return count + 1
    return None


def _map_header(
    header: list[str], header_row: int, *, requires_upn: bool
) -> tuple[dict[str, int], list[str], list[ImportIssue]]:
    chosen: dict[str, tuple[int, int]] = {}  # field -> (rank, column index)
    ignored: list[str] = []
    for index, name in enumerate(header):
        match = ALIASES.get(_squash(name))
        if match is None:
            if name.strip():
                ignored.append(name.strip())
            continue
        field_name, rank = match
        if field_name in chosen and chosen[field_name][0] <= rank:
            ignored.append(name.strip())
            continue
        if field_name in chosen:
            ignored.append(header[chosen[field_name][1]].strip())
        chosen[field_name] = (rank, index)
    columns = {name: index for name, (_rank, index) in chosen.items()}
    needed = REQUIRED + (("upn",) if requires_upn else ())
    errors = [
        ImportIssue(
            f"There is no column for the {COLUMNS[name][0]}. Add one named "
            + " or ".join(f"'{alias}'" for alias in COLUMNS[name][1][:2])
            + (". A school's import needs every child's UPN." if name == "upn" else ".")
            + f" The columns found were: {', '.join(h.strip() for h in header if h.strip())}.",
            row=header_row,
        )
        for name in needed
        if name not in columns
    ]
    if errors and len(header) == 1 and (";" in header[0] or "\t" in header[0]):
        errors.insert(
            0,
            ImportIssue(
                "The columns seem to be separated by semicolons or tabs, not commas. "
                + SAVE_AS_UTF8,
                row=header_row,
            ),
        )
    return columns, ignored, errors


FORMULA_START = ("=", "+", "-", "@")
# Reports a problem with one field of the current row: (field, message).
Report = Callable[[str, str], None]


def _read_row(
    row: int,
    cells: list[str],
    header: list[str],
    columns: dict[str, int],
    requires_upn: bool,
    today: datetime.date,
    issues: list[ImportIssue],
    keys: list[tuple[int, object, int]],
) -> ImportRecord | None:
    values: dict[str, str] = {}
    before = len(issues)

    def problem(name: str, message: str) -> None:
        index = columns[name]
        issues.append(ImportIssue(message, row, header[index].strip(), column_letter(index)))

    for name, index in columns.items():
        raw = cells[index]
        value = raw.strip()
        # A cell a spreadsheet would run as a formula (CSV injection) never enters Harbour,
        # because Harbour's own exports would carry it on to the next spreadsheet.
        if raw[:1] in ("\t", "\r", "\n") or value.startswith(FORMULA_START):
            problem(name, _formula_message(raw, value))
            continue
        values[name] = value

    first = _name(values, "legal_first_name", problem, required=True)
    last = _name(values, "legal_last_name", problem, required=True)
    preferred = _name(values, "preferred_name", problem, required=False)
    if preferred is not None and first is not None and preferred == first:
        preferred = None  # many exports repeat the legal forename when there is no other
    upn = _upn(values, problem, requires_upn)
    dob = _date(values, "date_of_birth", problem, today, required=True)
    year_group = _year(values, problem)
    _check_age(values, problem, dob, today)
    group = values.get("group") or None
    if group is not None and len(group) > MAX_GROUP:
        problem("group", f"A class name can have up to {MAX_GROUP} characters; shorten it.")
    placement = _date(values, "placement_start", problem, today, required=False, after=dob)
    # Duplicates are looked for even in rows with other problems, so all show at once.
    if upn:
        keys.append((row, upn, columns["upn"]))
    elif first and last and dob:
        keys.append((row, _name_key(first, last, dob), columns["legal_last_name"]))
    if len(issues) > before or first is None or last is None or dob is None:
        return None
    return ImportRecord(
        row=row,
        legal_first_name=first,
        legal_last_name=last,
        date_of_birth=dob,
        upn=upn,
        preferred_name=preferred,
        year_group=year_group,
        group=group,
        placement_start=placement,
    )


def _formula_message(raw: str, value: str) -> str:
    start = "a tab" if raw[:1] == "\t" else "a line break" if raw[:1] == "\r" else f"'{value[:1]}'"
    return (
        f"This cell starts with {start}, so a spreadsheet could run it as a formula. Harbour "
        "refuses such cells to keep everyone's spreadsheets safe: remove the character "
        "(and the formula, if there is one) and import again."
    )


def _name(values: dict[str, str], name: str, problem: Report, *, required: bool) -> str | None:
    value = values.get(name, "")
    if not value:
        if required and name in values:
            problem(name, f"The {COLUMNS[name][0]} is empty; every child needs one.")
        return None
    if len(value) > MAX_NAME:
        problem(name, f"A name can have up to {MAX_NAME} characters; this one has {len(value)}.")
        return None
    return value


def _upn(values: dict[str, str], problem: Report, requires_upn: bool) -> str:
    value = values.get("upn", "")
    if not value:
        if requires_upn and "upn" in values:
            problem(
                "upn",
                "The UPN is empty. Every child in a school has one; if a child has not got one "
                "yet, the school office can give a temporary UPN.",
            )
        return ""
    try:
        return validate_upn(value)
    except UPNError as exc:
        problem("upn", str(exc))
        return ""


ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
SHORT_YEAR = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$")
MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (
        datetime.date(2000, number, 1).strftime("%B").casefold(),
        datetime.date(2000, number, 1).strftime("%b").casefold(),
    )
}
WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$")


def parse_date(value: str) -> datetime.date:
    """A date as UK exports write it; ValueError with a plain message otherwise."""
    text = value.strip()
    if match := ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := DAY_FIRST.match(text):
        day, month, year = (int(part) for part in match.groups())
        if month > 12 and day <= 12:
            raise ValueError(
                f"'{text}' looks like month first. Write dates day first, like 04/05/2016 "
                "for 4 May 2016."
            )
    elif SHORT_YEAR.match(text):
        raise ValueError(f"'{text}' has a two-digit year; write the year in full, like 04/05/2016.")
    elif (match := WORDS.match(text.casefold())) and match.group(2) in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
    else:
        raise ValueError(
            f"'{text}' is not a date Harbour recognises. Write it as day/month/year, like "
            "04/05/2016, or as 2016-05-04."
        )
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is not a real date; check the day and the month.") from None


def _years_before(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _date(
    values: dict[str, str],
    name: str,
    problem: Report,
    today: datetime.date,
    *,
    required: bool,
    after: datetime.date | None = None,
) -> datetime.date | None:
    value = values.get(name, "")
    if not value:
        if required and name in values:
            problem(name, f"The {COLUMNS[name][0]} is empty; every child needs one.")
        return None
    try:
        day = parse_date(value)
    except ValueError as exc:
        problem(name, str(exc))
        return None
    if name == "date_of_birth":
        if day > today:
            problem(name, "The date of birth is in the future; check the year.")
            return None
        if day < _years_before(today, MAX_AGE + 1):
            problem(
                name, f"Harbour is for children and young people up to {MAX_AGE}; check the year."
            )
            return None
    else:
        if after is not None and day < after:
            problem(name, "The placement starts before the date of birth; check both dates.")
            return None
        if day > today + datetime.timedelta(days=366):
            problem(name, "The placement starts more than a year from now; check the year.")
            return None
    return day


def parse_year_group(value: str) -> int:
    """0 for Reception, 1-13 for Years 1-13; ValueError with a plain message otherwise."""
    text = re.sub(r"[\s.]", "", value.casefold())
    if text in {"r", "rec", "reception", "yr", "yearr", "yrr", "fs2", "f2"}:
        return 0
    if match := re.fullmatch(r"(?:year|yr|y|ncyear|nc)?(\d{1,2})", text):
        number = int(match.group(1))
        if 0 <= number <= 13:
            return number
    if text in {"n", "n1", "n2", "nursery", "fs1", "f1"}:
        raise ValueError(
            "Harbour records Reception and Years 1 to 13; leave the cell empty for nursery."
        )
    raise ValueError(
        f"'{value.strip()}' is not a year group Harbour recognises. Write R or Reception, or a "
        "year from 1 to 13 such as 3, Y3 or Year 3."
    )


def _year(values: dict[str, str], problem: Report) -> int | None:
    value = values.get("year_group", "")
    if not value:
        return None
    try:
        return parse_year_group(value)
    except ValueError as exc:
        problem("year_group", str(exc))
        return None


def _check_age(
    values: dict[str, str], problem: Report, dob: datetime.date | None, today: datetime.date
) -> None:
    """Age is only checked against the date of birth; Harbour works the age out itself."""
    value = values.get("age", "")
    if not value:
        return
    if not value.isdigit() or int(value) > MAX_AGE:
        problem(
            "age", f"'{value}' is not an age; write a whole number of years from 0 to {MAX_AGE}."
        )
        return
    age = int(value)
    if dob is not None:
        actual = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
        # Exports are dated, so allow a birthday since the file was made.
        if abs(actual - age) > 1:
            problem(
                "age",
                f"The age is {age} but the date of birth makes the child {actual}; check both.",
            )


def _duplicates(keys: list[tuple[int, object, int]], header: list[str]) -> Iterable[ImportIssue]:
    seen: dict[object, int] = {}
    for row, key, index in keys:
        what = "UPN" if isinstance(key, str) else "names and date of birth"
        if key in seen:
            yield ImportIssue(
                f"Rows {seen[key]} and {row} have the same {what}. Each child should be in "
                "the file once; remove or correct one of the rows.",
                row,
                header[index].strip(),
                column_letter(index),
            )
        else:
            seen[key] = row


# --- Comparing with what Harbour holds ----------------------------------------------------


def _name_key(first: str, last: str, dob: datetime.date) -> tuple[str, str, datetime.date]:
    return (first.casefold(), last.casefold(), dob)


def plan_import(parsed: ParsedFile, roster: Roster) -> ImportPlan:
    """What applying `parsed` to `roster` would do. Pure: the same inputs, the same plan."""
    if parsed.errors:
        return ImportPlan(parsed=parsed, errors=parsed.errors)
    by_upn = {child.upn: child for child in roster.children if child.upn}
    by_name: dict[tuple[str, str, datetime.date], list[ExistingChild]] = {}
    for child in roster.children:
        key = _name_key(child.legal_first_name, child.legal_last_name, child.date_of_birth)
        by_name.setdefault(key, []).append(child)
    group_by_fold = {name.casefold(): name for name in sorted(roster.group_names)}
    new_groups: dict[str, str] = {}
    to_add: list[ImportRecord] = []
    to_change: list[PlannedChange] = []
    unchanged: list[PlannedChange] = []
    errors: list[ImportIssue] = []
    claimed: set[int] = set()
    for record in parsed.records:
        if record.group is not None:
            fold = record.group.casefold()
            if fold not in group_by_fold:
                new_groups.setdefault(fold, record.group)
                group_by_fold[fold] = record.group
            record = _with_group(record, group_by_fold[fold])
        existing = by_upn.get(record.upn) if record.upn else None
        if existing is None:
            key = _name_key(record.legal_first_name, record.legal_last_name, record.date_of_birth)
            # A child added by hand without a UPN is the same child once the UPN arrives.
            candidates = [
                child
                for child in by_name.get(key, [])
                if (not record.upn or not child.upn) and child.id not in claimed
            ]
            if len(candidates) > 1:
                errors.append(
                    ImportIssue(
                        f"More than one child in Harbour is called {record.legal_first_name} "
                        f"{record.legal_last_name} with this date of birth; add the UPN to "
                        "this row so Harbour knows which one it is.",
                        record.row,
                    )
                )
                continue
            existing = candidates[0] if candidates else None
        if existing is None:
            to_add.append(record)
            continue
        claimed.add(existing.id)
        planned = PlannedChange(record, existing, tuple(differences(record, existing)))
        (to_change if planned.differences else unchanged).append(planned)
    if errors:
        return ImportPlan(parsed=parsed, errors=tuple(errors))
    plan = ImportPlan(
        parsed=parsed,
        to_add=tuple(to_add),
        to_change=tuple(to_change),
        unchanged=tuple(unchanged),
        new_groups=tuple(sorted(new_groups.values())),
        not_in_file=len(roster.children) - len(claimed),
    )
    return ImportPlan(**{**plan.__dict__, "fingerprint": fingerprint(plan)})


def _with_group(record: ImportRecord, group: str) -> ImportRecord:
    if record.group == group:
        return record
    return ImportRecord(**{**record.__dict__, "group": group})


def differences(record: ImportRecord, existing: ExistingChild) -> Iterable[Difference]:
    for name in COMPARED:
        if name == "group":
            if record.group is None:
                continue
            stray = existing.class_groups - {record.group}
            if record.group not in existing.groups or stray:
                old = ", ".join(sorted(existing.class_groups)) or None
                yield Difference("group", old, record.group)
            continue
        new = getattr(record, name)
        if new is None or new == "":
            continue  # an empty cell leaves what Harbour holds
        old = getattr(existing, name)
        if old != new:
            yield Difference(name, old if old != "" else None, new)


def fingerprint(plan: ImportPlan) -> str:
    """A digest of everything the plan would write and every record it relies on.

    Apply compares it with a fresh plan made inside its transaction: any difference means the
    roster moved on since the preview, and the person should look again before importing.
    """
    payload = {
        "add": [_plain(record, skip_row=True) for record in plan.to_add],
        "change": [
            [c.existing.id, c.existing.version, [[d.field, d.old, d.new] for d in c.differences]]
            for c in plan.to_change
        ],
        "same": [[c.existing.id, c.existing.version] for c in plan.unchanged],
        "groups": list(plan.new_groups),
    }
    text = json.dumps(payload, default=str, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _plain(record: ImportRecord, *, skip_row: bool = False) -> dict[str, object]:
    values = dict(record.__dict__)
    if skip_row:
        values.pop("row")
    return values
