"""`python -m harbour.coach` and the `coach` management command."""

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from harbour.coach.cli import stream_jsonl

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def test_jsonl_writes_one_ordered_object_per_line_and_reports_bad_lines() -> None:
    out = io.StringIO()
    lines = ['{"text": "Calm down!"}\n', "not json\n", "\n", '{"text": "I wonder."}\n']
    errors = stream_jsonl(lines, out)
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert errors == 1
    assert len(answers) == 3
    assert list(answers[0]) == ["text", "elements", "flags", "suggestions"]
    assert answers[0]["flags"][0]["code"] == "dismissing"
    assert "error" in answers[1]
    assert answers[2]["flags"] == []


def test_jsonl_uses_age_and_situation_from_each_line() -> None:
    out = io.StringIO()
    stream_jsonl(['{"text": "Stop crying.", "age_stage": "nope"}\n'], out)
    assert "age stage" in json.loads(out.getvalue())["error"]


def test_module_streams_an_answer_before_the_next_line_arrives() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "harbour.coach", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        for text in ["Why did you push her?", "That sounds really hard."]:
            process.stdin.write(json.dumps({"text": text}) + "\n")
            process.stdin.flush()
            # Reading before closing stdin proves the answer was flushed.
            answer = json.loads(process.stdout.readline())
            assert answer["text"] == text
    finally:
        process.stdin.close()
        process.wait(timeout=30)
    assert process.returncode == 0


def test_module_prints_a_readable_analysis() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "harbour.coach", "Why did you push her?", "--age-stage", "early"],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        check=True,
    )
    assert "why_demand" in result.stdout
    assert "You might try:" in result.stdout


def test_management_command_runs_without_a_database() -> None:
    script = textwrap.dedent(
        """
        import io, django
        from django.conf import settings
        settings.configure(INSTALLED_APPS=["harbour.coach"])
        django.setup()
        from django.core.management import call_command
        out = io.StringIO()
        call_command("coach", "--jsonl", stdin=io.StringIO('{"text": "Calm down!"}\\n'), stdout=out)
        print(out.getvalue(), end="")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(result.stdout)["flags"][0]["code"] == "dismissing"
