"""The `harbour` command: Django's management commands under Harbour's name.

`harbour demo`, `harbour migrate`, `harbour coach "…"`, `harbour runserver` and so on.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "harbour.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["harbour", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":
    main()
