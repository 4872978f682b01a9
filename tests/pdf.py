"""Reading generated PDFs back as text.

WeasyPrint compresses its content streams, so searching a PDF's bytes for words finds
nothing (and so proves nothing). Tests extract the text first.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pdf_text(content: bytes) -> str:
    """Every page's text, in order, with runs of whitespace (line breaks too) as one space."""
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text).strip()
