from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django_scopes import scopes_disabled

from harbour.accounts.models import Organisation
from harbour.core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, _totp_key, build_demo


class Command(BaseCommand):
    help = "Build the fictional demo trust (synthetic data). Safe to run again."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the database already has organisations (used by `make run`).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with scopes_disabled():
            if options["if_empty"] and Organisation.objects.exists():
                self.stdout.write("Demo data already present; leaving it as it is.")
                return
        from harbour.guidance.loading import load_guidance

        loaded = load_guidance()
        self.stdout.write(f"Guidance content version {loaded.version} loaded.")
        counts = build_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {counts['organisations']} organisations, {counts['users']} people and "
                f"{counts['children']} children added (existing records left as they were)."
            )
        )
        self.stdout.write(f"\nEvery demo account's password: {DEMO_PASSWORD}")
        self.stdout.write(
            "Second factor: run `harbour demo_code EMAIL` for the current 6-digit code, or add "
            "the secret below to an authenticator app. (Demo only: never print real secrets.)\n"
        )
        import base64

        for account in DEMO_ACCOUNTS:
            secret = base64.b32encode(bytes.fromhex(_totp_key(account.email))).decode()
            note = "no second factor (young person)" if account.role == "young_person" else secret
            self.stdout.write(f"  {account.email:34} {account.job_title:32} {note}")
