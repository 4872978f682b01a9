"""`harbour retention`: which child-protection files are due for review, and destruction.

Lists, for every organisation (or one, with --organisation SLUG), the CP files whose
review date (date of birth + 25 years, see `harbour.safeguarding.retention`) has come and
that nobody has reviewed since. `--destroy` destroys only the files whose review is
recorded, whose retention period is over and that carry no legal hold; each destruction
is logged (DestructionLog) and audited. Nothing is destroyed without --destroy.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.models import Organisation
from harbour.safeguarding import retention, services
from harbour.safeguarding.reporting import retained_cp_files


class Command(BaseCommand):
    help = "List child-protection files due for retention review; --destroy the reviewed ones."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--organisation", help="an organisation's slug (default: all)")
        parser.add_argument("--today", help="YYYY-MM-DD (default: today)")
        parser.add_argument(
            "--destroy",
            action="store_true",
            help="destroy files that were reviewed, are past their date and have no legal hold",
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
        if not destroy:
            return
        for key, record in records.items():
            allowed, why = retention.can_destroy(record, today)
            if allowed:
                services.cp_file_destroy(child=children[int(key)], actor=None, today=today)
                self.stdout.write(f"  destroyed the CP file of child {key}: {why}")
