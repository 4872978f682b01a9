"""Fixtures for Harbour's Django tests.

Imports of Django models happen inside the fixtures, so the pure-Python test folders
(coach, guidance, cores) still run without Django (`pytest -p no:django`).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def world(db: None) -> Any:
    from tests.world import build_world

    return build_world()


@pytest.fixture
def client_for(world: Any) -> Any:
    from tests.world import signed_in_client

    def make(role: str) -> Any:
        return signed_in_client(world.members[role])

    return make
