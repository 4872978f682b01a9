from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from harbour.guidance.library import ContentError, load_library


class Command(BaseCommand):
    help = "The guidance library: `load` copies the content files into the database, `dump` prints every item as JSON lines."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("action", choices=["load", "dump", "check"])

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            library = load_library()
        except ContentError as exc:
            raise CommandError(str(exc)) from exc
        if options["action"] == "dump":
            for record in library.to_jsonl_records():
                self.stdout.write(json.dumps(record, ensure_ascii=False))
            return
        if options["action"] == "check":
            self.stdout.write(
                f"Content version {library.content_version}: {len(library.items)} items, all valid."
            )
            return
        from harbour.guidance.loading import load_guidance

        result = load_guidance(library)
        self.stdout.write(
            f"Guidance content version {result.version}: {result.added} added, "
            f"{result.updated} updated, {result.retired} retired, "
            f"{result.interventions} built-in interventions."
        )
