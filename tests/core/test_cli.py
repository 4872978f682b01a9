"""The `harbour` command as an operator meets it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_harbour_coach_streams_jsonl_without_any_settings() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HARBOUR_", "DJANGO_"))}
    lines = '{"text": "Why did you do that?"}\nnot json\n{"text": "I wonder how that felt."}\n'
    result = subprocess.run(
        [sys.executable, "-c", "from harbour.cli import main; main()", "coach", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 3
    assert list(out[0]) == ["text", "elements", "flags", "suggestions"]
    assert out[0]["flags"][0]["code"] == "why_demand"
    assert "error" in out[1]
    assert out[2]["elements"]["curiosity"] >= 0.5
