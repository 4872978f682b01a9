"""Shared fixtures for the guidance tests: the loaded library and the seed texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from harbour.guidance.library import Library, load_library

# The seeds live beside the repository (../shared/seeds), not inside it: they are
# the source documents, not part of the product. HARBOUR_SEEDS_DIR overrides.
SEEDS_DIR = Path(
    os.environ.get("HARBOUR_SEEDS_DIR", Path(__file__).resolve().parents[3] / "shared" / "seeds")
)


def normalise(text: str) -> str:
    """One space between words and straight apostrophes, for comparing with the seeds."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """Seed number ("000", "001", "002") -> whitespace-normalised text."""
    found = sorted(SEEDS_DIR.glob("[0-9][0-9][0-9]_*.txt")) if SEEDS_DIR.is_dir() else []
    if not found:
        pytest.skip(f"seed files not found in {SEEDS_DIR}; set HARBOUR_SEEDS_DIR")
    # The glob guarantees each name starts with the three-digit seed number.
    return {p.name[:3]: normalise(p.read_text(encoding="utf-8")) for p in found}
