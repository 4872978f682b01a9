"""`harbour plan_reminders`: the daily job that emails plan review reminders."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from harbour.plans.reminders import send_review_reminders


class Command(BaseCommand):
    help = "Email key adults and designated staff about support plan reviews due (run daily)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--link-base", default="", help="e.g. https://harbour.example")

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_review_reminders(link_base=options["link_base"].rstrip("/"))
        self.stdout.write(f"Sent {sent} reminder email(s).")
