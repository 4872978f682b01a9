"""`harbour coach` and `python -m harbour.coach`: the coach on the command line.

Shared by the Django management command and ``__main__`` so that both behave
the same, and so the coach can run where Django settings are not available.
"""

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from harbour.coach.analyser import Analysis, analyse
from harbour.coach.labels import AGE_STAGES, SITUATIONS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="what the adult said or plans to say")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"text": ...} lines on standard input, write one JSON object per line',
    )
    parser.add_argument("--age-stage", choices=sorted(AGE_STAGES), default=None)
    parser.add_argument("--situation", choices=sorted(SITUATIONS), default=None)


def format_analysis(analysis: Analysis) -> str:
    """A readable report for a person at a terminal."""
    lines = [f"Text: {analysis.text}", "", "PACE elements:"]
    for name, score in analysis.elements.items():
        mark = "  <- present" if name in analysis.present else ""
        lines.append(f"  {name:<12} {score:.2f}{mark}")
    lines.append("")
    if analysis.flags:
        lines.append("Worth reconsidering:")
        for flag in analysis.flags:
            lines.append(f'  [{flag.code}] "{flag.span}" ({flag.start}-{flag.end})')
            lines.append(f"    {flag.explanation}")
    else:
        lines.append("Nothing the guidance warns against.")
    if analysis.suggestions:
        lines += ["", "You might try:"]
        lines += [f"  - {suggestion}" for suggestion in analysis.suggestions]
    return "\n".join(lines)


def _analyse_line(line: str, age_stage: str | None, situation: str | None) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return {"error": f"not valid JSON: {error.msg} at column {error.colno}"}
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return {"error": 'each line must be a JSON object with a string "text"'}
    try:
        analysis = analyse(
            record["text"],
            age_stage=record.get("age_stage") or age_stage,
            situation=record.get("situation") or situation,
        )
    except ValueError as error:
        return {"error": str(error)}
    return analysis.to_dict()


def stream_jsonl(
    lines: Iterable[str], out: TextIO, *, age_stage: str | None = None, situation: str | None = None
) -> int:
    """Answer each input line as soon as it arrives; bad lines get an error object."""
    errors = 0
    for line in lines:
        if not line.strip():
            continue
        result = _analyse_line(line, age_stage, situation)
        errors += "error" in result
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return errors


def run(options: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    if options.jsonl:
        # Errors are reported in-line; the exit status stays 0 so that a
        # pipeline keeps going past a bad line.
        stream_jsonl(stdin, stdout, age_stage=options.age_stage, situation=options.situation)
        return 0
    if not options.text:
        stderr.write('give the words to check, e.g. harbour coach "Why did you push her?"\n')
        return 2
    analysis = analyse(options.text, age_stage=options.age_stage, situation=options.situation)
    stdout.write(format_analysis(analysis) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m harbour.coach", description="Check words to a child against PACE."
    )
    add_arguments(parser)
    return run(parser.parse_args(argv), sys.stdin, sys.stdout, sys.stderr)
