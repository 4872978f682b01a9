from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from harbour.safeguarding.reminders import send_safeguarding_reminders


class Command(BaseCommand):
    help = (
        "Daily job: email designated staff (or the lead) a content-free count of overdue "
        "referrals and CP files sent without confirmation after 5 school days. Safe to rerun."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--link-base", default="", help="e.g. https://harbour.example.org")

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_safeguarding_reminders(link_base=options["link_base"])
        self.stdout.write(f"{sent} safeguarding reminder email(s) sent.")
