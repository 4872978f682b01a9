"""Benchmark for the children import: preview and apply of a synthetic MIS export.

Run: .venv/bin/python bench/import_bench.py [--rows N]
Target (the import issue): 10,000 rows imported in under 10 seconds (SQLite).

Builds a fresh SQLite database in a temporary folder, migrates it, generates a CSV of
invented children with valid UPNs, then times: reading and checking the file, applying it,
importing the same file again (which must change nothing), and a file that changes
every child's preferred name.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_SECONDS = 10.0
FIRST = ["Amari", "Isla", "Theo", "Zainab", "Freya", "Kofi", "Ruby", "Oskar", "Maryam", "Niamh"]
LAST = ["Okafor", "Penrose", "Lindqvist", "Farouk", "Hollis", "Mensah", "Castellano", "Nowicki"]
CLASSES = ["Robins", "Wrens", "Finches", "Oak", "Ash", "Rowan", "Cedar"]


def synthetic_csv(rows: int, *, variant: int = 0) -> bytes:
    from harbour.children.upn import make_upn

    lines = ["UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,NC Year,Reg Group,Gender"]
    for n in range(rows):
        year = n % 7
        birth_year = 2020 - year
        # LA, establishment and year of allocation vary so 10,000+ UPNs stay unique.
        upn = make_upn(900 + n // 100_000, 2101 + (n // 1000) % 100, year, n % 1000)
        preferred = FIRST[(n + 3 + variant) % len(FIRST)] if n % 5 == 0 or variant else ""
        lines.append(
            f"{upn},{LAST[n % len(LAST)]}{n},{FIRST[n % len(FIRST)]},{preferred},"
            f"{1 + n % 28:02d}/{1 + n % 12:02d}/{birth_year},{year or 'R'},"
            f"{'Reception' if year == 0 else f'Year {year}'} {CLASSES[n % 7]},F"
        )
    return ("\r\n".join(lines) + "\r\n").encode()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    options = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="harbour-import-bench-")
    os.environ.update(
        HARBOUR_DEBUG="1", HARBOUR_DATA_DIR=folder, HARBOUR_SQLITE_PATH=f"{folder}/bench.sqlite3"
    )
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "harbour.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django_scopes import scope

    from harbour.accounts.models import Organisation, User
    from harbour.children import services
    from harbour.children.models import Child

    call_command("migrate", verbosity=0)
    organisation = Organisation.objects.create(name="Bench School", slug="bench", kind="school")
    actor = User.objects.create_user("bench@example.invalid", None, full_name="Bench Lead")
    data = synthetic_csv(options.rows)

    def run(data: bytes) -> tuple[float, float, services.ImportResult]:
        with scope(organisation=organisation):
            started = time.perf_counter()
            plan = services.children_import_preview(organisation=organisation, data=data)
            parsed = time.perf_counter()
            assert plan.ok, plan.errors[:5]
            result = services.children_import_apply(
                organisation=organisation, actor=actor, plan=plan
            )
            return parsed - started, time.perf_counter() - parsed, result

    parse_s, apply_s, first = run(data)
    total = parse_s + apply_s
    again_parse, again_apply, second = run(data)
    # A new preferred name for every child: the slowest kind of import, every row an update.
    changed_parse, changed_apply, third = run(synthetic_csv(options.rows, variant=1))
    with scope(organisation=organisation):
        stored = Child.objects.count()

    print(f"rows:               {options.rows:,} ({len(data) / 1e6:.1f} MB)")
    print(f"preview (parse):    {parse_s:.2f} s")
    print(f"apply:              {apply_s:.2f} s  ({first.added:,} added)")
    print(f"total:              {total:.2f} s  (target < {TARGET_SECONDS:.0f} s)")
    print(
        f"re-import:          {again_parse + again_apply:.2f} s  "
        f"({second.added} added, {second.changed} changed, {second.unchanged:,} unchanged)"
    )
    print(f"every row changed:  {changed_parse + changed_apply:.2f} s  ({third.changed:,} changed)")
    ok = total < TARGET_SECONDS and stored == options.rows and second.added == second.changed == 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
