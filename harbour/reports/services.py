"""Writes of the reports app: only the audit of downloads that name children."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest

from harbour.accounts.models import Organisation, User
from harbour.audit.services import audit_record


def report_export_downloaded(
    *,
    organisation: Organisation,
    actor: User | None,
    figure: str,
    child_ids: list[int],
    request: HttpRequest | None = None,
) -> None:
    """A list of named children left Harbour as a file: that is a read of their data."""
    with transaction.atomic():
        for child_id in child_ids:  # one entry per child, so each child's trail shows it
            audit_record(
                organisation=organisation,
                actor=actor,
                action="reports.export.downloaded",
                child_id=child_id,
                changes={"figure": figure},
                request=request,
            )
