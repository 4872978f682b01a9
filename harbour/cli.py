"""The `harbour` command: Django's management commands under Harbour's name.

`harbour demo`, `harbour migrate`, `harbour coach "…"`, `harbour runserver` and so on.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    if args[:1] == ["coach"]:
        # The coach is pure Python: it runs without settings, a secret key or a database, so
        # `harbour coach --jsonl` works anywhere Harbour is installed.
        from harbour.coach.cli import main as coach_main

        sys.exit(coach_main(args[1:]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "harbour.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["harbour", *args])


if __name__ == "__main__":
    main()
