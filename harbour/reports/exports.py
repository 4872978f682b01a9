"""CSV and JSON downloads.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return, which some of them skip first) as a formula, so a child's name or a note typed as
``=HYPERLINK(...)`` could act when a colleague opens the file. Such cells get a leading
apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.http import HttpResponse, StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def escape_cell(value: object) -> str:
    """A cell that a spreadsheet will not run as a formula; a plain number (a negative
    change, say) stays a number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


class _Echo:
    """A file-like object whose write hands the line back, for streaming."""

    def write(self, value: str) -> str:
        return value


def csv_lines(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff"  # so spreadsheet programs read the file as UTF-8
    yield writer.writerow([escape_cell(h) for h in headers])
    for row in rows:
        yield writer.writerow([escape_cell(cell) for cell in row])


def csv_response(
    filename: str, headers: Sequence[str], rows: Iterable[Sequence[object]]
) -> StreamingHttpResponse:
    """Streamed, so a long export starts downloading at once and the browser shows progress."""
    response = StreamingHttpResponse(
        csv_lines(headers, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def small_csv_response(
    filename: str, headers: Sequence[str], rows: Iterable[Sequence[object]]
) -> HttpResponse:
    """A short table of figures, sent whole (no names, so no need to stream)."""
    response = HttpResponse(
        "".join(csv_lines(headers, rows)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def json_response(filename: str, data: Any) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
    return response
