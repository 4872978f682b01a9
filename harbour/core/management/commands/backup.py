from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from harbour.core.backup import BackupError, backup


class Command(BaseCommand):
    help = "Write a consistent backup of the database to PATH (SQLite file or Harbour JSON)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args: Any, path: Path, **options: Any) -> None:
        try:
            counts = backup(path)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Backed up {sum(counts.values())} rows in {len(counts)} tables to {path}"
        )
