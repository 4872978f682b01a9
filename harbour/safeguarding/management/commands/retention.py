"""`harbour retention`: which records are due for retention review, and destruction.

Lists, for every organisation (or one, with --organisation SLUG), the CP files whose
review date (date of birth + 25 years, see `harbour.safeguarding.retention`) has come and
that nobody has reviewed since; then, for each other record type in `retention.RULES`
(support plans, profiles, observations, ...), the children whose records of that type are
due, and how many come up in the next 12 months.

`--destroy` destroys only CP files whose review is recorded, whose retention period is
over and that carry no legal hold; each destruction is logged (DestructionLog) and
audited. The other record types are listed for review only: Harbour does not destroy
them, so destroy them by hand under your records-management policy. Nothing is
destroyed without --destroy.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.models import Organisation
from harbour.safeguarding import retention, services
from harbour.safeguarding.reporting import retained_cp_files, retention_by_type


class Command(BaseCommand):
    help = (
        "List records due for retention review: child-protection files, then each other "
        "record type. --destroy destroys reviewed child-protection files only; other record "
        "types are listed for review and destroyed by hand."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--organisation", help="an organisation's slug (default: all)")
        parser.add_argument("--today", help="YYYY-MM-DD (default: today)")
        parser.add_argument(
            "--destroy",
            action="store_true",
            help=(
                "destroy child-protection files that were reviewed, are past their date and "
                "have no legal hold (other record types are never destroyed here)"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        today = (
            datetime.date.fromisoformat(options["today"])
            if options["today"]
            else timezone.localdate()
        )
        with scopes_disabled():
            orgs = Organisation.objects.all().order_by("name")
            if options["organisation"]:
                orgs = orgs.filter(slug=options["organisation"])
            for org in orgs:
                self._organisation(org, today, destroy=options["destroy"])

    def _organisation(self, org: Organisation, today: datetime.date, *, destroy: bool) -> None:
        files = retained_cp_files(org.pk)
        children = {child.pk: child for child, _record in files}
        records = {record.id: record for _child, record in files}
        due = retention.due_for_review(records.values(), today)
        self.stdout.write(f"{org.name}: {len(due)} child-protection file(s) due for review")
        for item in due:
            hold = " (legal hold)" if item.held else ""
            self.stdout.write(
                f"  child {item.record.id}: review due {item.review_on.isoformat()}{hold}"
            )
        self._other_types(org, today)
        if not destroy:
            return
        for key, record in records.items():
            allowed, why = retention.can_destroy(record, today)
            if allowed:
                services.cp_file_destroy(child=children[int(key)], actor=None, today=today)
                self.stdout.write(f"  destroyed the CP file of child {key}: {why}")

    def _other_types(self, org: Organisation, today: datetime.date) -> None:
        self.stdout.write(
            f"{org.name}: other records (listed for review only; destroy them by hand)"
        )
        for report in retention_by_type(org, today):
            label = report.summary.rule.label
            if report.not_kept:
                self.stdout.write(f"  {label}: not kept in Harbour here. {report.not_kept}")
                continue
            self.stdout.write(
                f"  {label}: {len(report.summary.due)} due for review, "
                f"{report.summary.coming_up} coming up in the next 12 months"
            )
            for item in report.summary.due:
                hold = " (legal hold)" if item.held else ""
                self.stdout.write(
                    f"    child {item.record.id}, {report.record_type}: "
                    f"review due {item.review_on.isoformat()}{hold}"
                )
