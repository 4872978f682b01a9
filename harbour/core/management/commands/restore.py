from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from harbour.core.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup from PATH into an empty, migrated database (--force to replace)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--force", action="store_true", help="Replace the data already in the database."
        )

    def handle(self, *args: Any, path: Path, force: bool, **options: Any) -> None:
        try:
            counts = restore(path, force=force)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Restored {sum(counts.values())} rows in {len(counts)} tables from {path}"
        )
