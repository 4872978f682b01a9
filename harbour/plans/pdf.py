"""Printable documents, made with WeasyPrint from ordinary templates and one print stylesheet.

WeasyPrint (HTML and CSS to PDF) needs Debian's Pango; it is imported only when a document
is asked for, so the rest of Harbour never pays for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.template.loader import render_to_string

PRINT_CSS = Path(__file__).resolve().parent.parent / "static" / "harbour" / "plan-print.css"


def render_pdf(template: str, context: dict[str, Any]) -> bytes:
    import weasyprint

    html = render_to_string(template, context)
    # No base URL: every document is self-contained, so nothing is fetched while rendering.
    document = weasyprint.HTML(string=html)
    return document.write_pdf(stylesheets=[weasyprint.CSS(filename=str(PRINT_CSS))])
