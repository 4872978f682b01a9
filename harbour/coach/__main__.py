"""`python -m harbour.coach`: the coach without Django settings."""

import sys

from harbour.coach.cli import main

if __name__ == "__main__":
    sys.exit(main())
