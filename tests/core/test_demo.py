"""`harbour demo` is safe to run again: a second run adds, removes and duplicates nothing."""

from __future__ import annotations

import pytest
from django.apps import apps
from django_scopes import scopes_disabled

# The records a newcomer meets in the demo, each of which a careless re-run would duplicate.
SHOWN_IN_THE_DEMO = [
    "accounts.Organisation",
    "accounts.User",
    "accounts.Membership",
    "children.Child",
    "children.KeyAdult",
    "children.ChildShare",
    "children.ParentLink",
    "observations.Observation",
    "profiles.Profile",
    "profiles.FactorRecord",
    "plans.Plan",
    "safeguarding.Concern",
    "safeguarding.LegalHold",
    "safeguarding.ClosurePeriod",
    "voices.CheckIn",
]


def _counts() -> dict[str, int]:
    """Rows in every table Harbour owns, plus the demo's authenticator devices."""
    with scopes_disabled():
        return {
            model._meta.label: model._default_manager.count()
            for model in apps.get_models()
            if model.__module__.startswith("harbour.") or model._meta.label == "otp_totp.TOTPDevice"
        }


@pytest.mark.slow
def test_a_second_demo_run_changes_no_count_in_any_table(db) -> None:
    from harbour.core.demo import build_demo
    from harbour.guidance.loading import load_guidance

    load_guidance()
    first = build_demo()
    after_first = _counts()
    second = build_demo()
    after_second = _counts()

    assert [label for label in SHOWN_IN_THE_DEMO if not after_first[label]] == []
    assert after_second == after_first
    assert first["children"] == 58 and first["plans"] > 0
    assert second == {key: 0 for key in second}, "the second run reports nothing added"
