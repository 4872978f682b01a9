"""Importing children from a school information system (MIS) CSV export: upload, preview, apply.

Between the preview and the apply the uploaded file waits on the server, in
``DATA_DIR/imports/org<id>-user<id>-<random>.csv`` (readable by Harbour only). The session
holds just the random part, the organisation and the fingerprint of the plan the person saw;
the browser never sends a file name or a plan back, so nobody can apply a file they did not
preview, or another organisation's. Apply re-reads the file, makes a fresh plan, and imports
only if it is still the plan that was previewed. Files are deleted after the import, and any
left over (a preview never applied) after a day.
"""

from __future__ import annotations

import datetime
import re
import secrets
import time
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from harbour.children import importing, services

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
SHOWN = 200  # rows listed per section of the preview; the counts cover every row
SESSION_KEY = "children_import"
KEEP_SECONDS = 24 * 60 * 60
SAMPLE = Path(__file__).resolve().parent / "sample_import.csv"
COLUMN_NOTES = {
    "upn": "Checked with its check letter.",
    "date_of_birth": "Day first, like 04/05/2016, or 2016-05-04.",
    "year_group": "R or Reception, or 1 to 13 (3, Y3 or Year 3 all work).",
    "age": "Instead of a year group; checked against the date of birth.",
    "group": "Harbour creates any class it does not have yet.",
    "placement_start": "Children's homes. Dates as for the date of birth.",
}


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="Exported from your school information system, saved as CSV UTF-8. Up to 20 MB.",
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            size = upload.size / (1024 * 1024)
            raise forms.ValidationError(
                f"This file is {size:.1f} MB; Harbour accepts files up to 20 MB. Export only "
                "the columns Harbour reads (listed on this page), or split the file in two."
            )
        if upload.size == 0:
            raise forms.ValidationError("This file is empty. Export the children again.")
        return upload


def _imports_dir() -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _pending_path(request: HttpRequest, token: str) -> Path | None:
    # The token only ever comes from the server-side session; checked all the same.
    if not re.fullmatch(r"[0-9a-f]{32}", token):
        return None
    org_id = request.organisation.pk  # type: ignore[attr-defined]
    return _imports_dir() / f"org{org_id}-user{request.user.pk}-{token}.csv"


def _forget_pending(request: HttpRequest) -> None:
    pending = request.session.pop(SESSION_KEY, None)
    if isinstance(pending, dict):
        path = _pending_path(request, str(pending.get("token", "")))
        if path is not None:
            path.unlink(missing_ok=True)


def _sweep_old_files() -> None:
    cutoff = time.time() - KEEP_SECONDS
    for path in _imports_dir().glob("org*-user*-*.csv"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
        except OSError:  # another request removed it first
            continue


def _keep_for_apply(request: HttpRequest, data: bytes, name: str, plan: Any) -> None:
    _forget_pending(request)
    _sweep_old_files()
    token = secrets.token_hex(16)
    path = _pending_path(request, token)
    assert path is not None
    path.touch(mode=0o600)
    path.write_bytes(data)
    request.session[SESSION_KEY] = {
        "token": token,
        "organisation": request.organisation.pk,  # type: ignore[attr-defined]
        "fingerprint": plan.fingerprint,
        "name": name,
    }


def _show(value: object, field: str) -> str:
    if value is None or value == "":
        return "—"
    if field == "year_group":
        return "Reception" if value == 0 else f"Year {value}"
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _preview(
    request: HttpRequest, plan: importing.ImportPlan, name: str, *, status: int = 200
) -> HttpResponse:
    changes = [
        {
            "row": change.record.row,
            "name": change.record.name,
            "differences": [
                {
                    "label": d.label,
                    "old": _show(d.old, d.field),
                    "new": _show(d.new, d.field),
                }
                for d in change.differences
            ],
        }
        for change in plan.to_change[:SHOWN]
    ]
    adds = [
        {
            "row": r.row,
            "name": r.name,
            "upn": r.upn or "—",
            "dob": _show(r.date_of_birth, "date_of_birth"),
            "year": _show(r.year_group, "year_group"),
            "group": r.group or "—",
        }
        for r in plan.to_add[:SHOWN]
    ]
    return render(
        request,
        "children/import_preview.html",
        {
            "plan": plan,
            "name": name,
            "adds": adds,
            "changes": changes,
            "unchanged": plan.unchanged[:SHOWN],
            "shown": SHOWN,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def child_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        plan = services.children_import_preview(
            organisation=request.organisation,  # type: ignore[attr-defined]
            data=data,
        )
        if plan.ok:
            _keep_for_apply(request, data, upload.name, plan)
        else:
            _forget_pending(request)
        return _preview(request, plan, upload.name)
    is_school = request.organisation.kind == "school"  # type: ignore[attr-defined]
    needed = set(importing.REQUIRED) | ({"upn"} if is_school else set())
    columns = [
        {
            "label": label[0].upper() + label[1:],
            "names": ", ".join(names),
            "needed": name in needed,
            "note": COLUMN_NOTES.get(name, ""),
        }
        for name, (label, names) in importing.COLUMNS.items()
    ]
    return render(
        request,
        "children/import.html",
        {"form": form, "columns": columns, "is_school": is_school},
        status=400 if form.errors else 200,
    )


@require_POST
def child_import_apply(request: HttpRequest) -> HttpResponse:
    pending = request.session.get(SESSION_KEY)
    organisation = request.organisation  # type: ignore[attr-defined]
    path = (
        _pending_path(request, str(pending.get("token", "")))
        if isinstance(pending, dict) and pending.get("organisation") == organisation.pk
        else None
    )
    if path is None or not path.is_file():
        messages.error(
            request, "There is no previewed file waiting to be imported. Upload it again."
        )
        return redirect("children:import")
    assert isinstance(pending, dict)
    data, name = path.read_bytes(), str(pending.get("name", ""))
    plan = services.children_import_preview(organisation=organisation, data=data)
    try:
        # The form carries the fingerprint of the preview it was shown with, so a preview
        # left open in another tab cannot apply a newer upload it never showed.
        seen = request.POST.get("fingerprint", "")
        if seen != pending.get("fingerprint") or plan.fingerprint != seen:
            raise services.ImportRosterChanged()
        result = services.children_import_apply(
            organisation=organisation, actor=request.user, plan=plan, request=request
        )
    except (services.ImportRosterChanged, ValueError) as problem:
        # Show what the file would do now, so the person can check it and apply again.
        messages.error(request, str(problem))
        if plan.ok:
            _keep_for_apply(request, data, name, plan)
        else:
            _forget_pending(request)
        return _preview(request, plan, name, status=409)
    _forget_pending(request)
    if result.added or result.changed:
        messages.success(
            request,
            f"Imported: {result.added} added, {result.changed} changed, "
            f"{result.unchanged} already up to date.",
        )
    else:
        messages.success(request, "Nothing needed changing: every child is already up to date.")
    return redirect("children:list")


@require_http_methods(["GET"])
def child_import_sample(request: HttpRequest) -> HttpResponse:
    # A small file: sent whole rather than streamed, like every other page.
    response = HttpResponse(SAMPLE.read_bytes(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="harbour-sample-import.csv"'
    return response
