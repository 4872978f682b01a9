"""`manage.py coach` (and `harbour coach`): the PACE coach on the command line."""

import sys
from argparse import ArgumentParser, Namespace
from typing import Any, TextIO, cast

from django.core.management.base import BaseCommand, CommandError

from harbour.coach.cli import add_arguments, run


class Command(BaseCommand):
    help = 'Check words to a child against PACE: coach "text", or --jsonl on standard input.'
    # The coach never touches the database, so skip the checks that need it.
    requires_system_checks: list[str] = []
    requires_migrations_checks = False
    stealth_options = ("stdin",)

    def add_arguments(self, parser: ArgumentParser) -> None:
        add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        namespace = Namespace(
            text=options.get("text"),
            jsonl=options.get("jsonl", False),
            age_stage=options.get("age_stage"),
            situation=options.get("situation"),
        )
        # Tests may hand in their own stdin through call_command(stdin=...).
        stdin = cast(TextIO, options.get("stdin") or sys.stdin)
        status = run(namespace, stdin, cast(TextIO, self.stdout), cast(TextIO, self.stderr))
        if status:
            raise CommandError("nothing to check", returncode=status)
