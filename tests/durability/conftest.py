from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def harbour_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A production-like environment for a child process, on the database given in `extra`."""
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HARBOUR_", "DJANGO_")) and k != "DATABASE_URL"
    }
    return {
        **base,
        "HARBOUR_SECRET_KEY": secrets.token_urlsafe(64),
        "HARBOUR_ALLOWED_HOSTS": "localhost",
        "HARBOUR_DATA_DIR": str(tmp_path),
        "PYTHONPATH": str(ROOT),
        **extra,
    }


def harbour(
    env: dict[str, str], *args: str, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harbour", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
