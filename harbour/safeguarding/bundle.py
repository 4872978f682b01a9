"""The child-protection file as a separate, self-describing bundle (KCSIE: the CP file
moves with the child, separately from the main pupil file).

Machine-readable JSON with a schema version, the child's identity, every concern with its
actions, the referrals, and a SHA-256 of the content so the receiver can tell the file
arrived whole. The human-readable half is a PDF of the same chronology (WeasyPrint, as for
support plans; `views.cp_pdf`). `transfer_zip` puts both in one download with a README,
and `parse_bundle` reads either that .zip or the bare JSON.

`cp_chronology` is the one ordered reading of a file, used by the page, the print and the
test that a file exported from one setting and imported into another reads the same.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from harbour.children.models import Child
from harbour.safeguarding.models import Concern, ConcernAction

FORMAT = "harbour.child-protection-file"
SCHEMA_VERSION = 1
DESCRIPTION = (
    "A child-protection file exported from Harbour. Confidential: for the designated "
    "safeguarding lead of the receiving setting only. 'concerns' lists every safeguarding "
    "concern with the discussions, decisions, actions and referrals recorded about it, in "
    "order; times are ISO 8601 with their UTC offset; 'content_hash' is the SHA-256 of this "
    "document without that field, as compact JSON with sorted keys."
)


MAX_JSON_BYTES = 5 * 1024 * 1024

README = """\
Child-protection file sent by {sender} to {sent_to} on {sent_on}, by {sent_by}.

CONFIDENTIAL. For the designated safeguarding lead of the receiving setting only. Keep it
separately from the main pupil file.

What is in this folder
- {stem}.pdf: the file to read and print. Every safeguarding concern, with the
  discussions, decisions, actions and referrals recorded about it, oldest first.
- {stem}.json: the same file for computers. A setting that uses Harbour imports
  it under Safeguarding, Import a CP file (this .zip can be imported as it is). Other
  systems can read it too: its "description" explains the fields.
- README.txt: this note.

Please confirm receipt
{sender} needs to know the file arrived, within 5 school days. If you use Harbour,
import the file and choose "Confirm receipt": {sender} is told at once. If not, please
tell their designated safeguarding lead by a secure route, such as secure email.

Checking the files arrived whole
SHA-256 of {stem}.json: {json_sha256}
SHA-256 of {stem}.pdf: {pdf_sha256}
The JSON also carries its own "content_hash", which Harbour checks when it imports it.
"""


class BundleError(ValueError):
    """The uploaded file is not a Harbour child-protection file this version can read."""


@dataclass(frozen=True)
class CPEntry:
    when: datetime.datetime
    kind: str
    text: str
    by: str
    concern_id: int
    reasons: str = ""


def cp_chronology(child: Child) -> list[CPEntry]:
    """Every concern and every action about the child, oldest first (two queries)."""
    concerns = list(
        Concern.objects.filter(organisation_id=child.organisation_id, child=child).order_by(
            "raised_at", "id"
        )
    )
    actions = ConcernAction.objects.filter(
        organisation_id=child.organisation_id, concern__in=[c.pk for c in concerns]
    ).order_by("at", "id")
    found = [
        CPEntry(c.raised_at, "concern", f"{c.summary}\n{c.details}".strip(), c.raised_by_name, c.pk)
        for c in concerns
    ]
    for a in actions:
        text = a.text
        if a.referred_to:
            text = f"{text} (referred to {a.referred_to}" + (
                f", reference {a.reference})" if a.reference else ")"
            )
        found.append(CPEntry(a.at, a.kind, text, a.by_name, a.concern_id, a.reasons))
    found.sort(key=lambda e: (e.when, 0 if e.kind == "concern" else 1, e.concern_id))
    return found


def content_hash(document: dict[str, Any]) -> str:
    body = {k: v for k, v in document.items() if k != "content_hash"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _iso(value: datetime.datetime | datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def build_bundle(
    *, child: Child, sender: str, token: str, sent_on: datetime.date, sent_to: str, sent_by: str
) -> dict[str, Any]:
    concerns = list(
        Concern.objects.filter(organisation_id=child.organisation_id, child=child).order_by(
            "raised_at", "id"
        )
    )
    actions: dict[int, list[dict[str, Any]]] = {c.pk: [] for c in concerns}
    for a in ConcernAction.objects.filter(
        organisation_id=child.organisation_id, concern__in=list(actions)
    ).order_by("at", "id"):
        actions[a.concern_id].append(
            {
                "kind": a.kind,
                "text": a.text,
                "reasons": a.reasons,
                "referred_to": a.referred_to,
                "reference": a.reference,
                "by": a.by_name,
                "at": _iso(a.at),
            }
        )
    from harbour.pathways.models import Referral

    referrals = [
        {
            "service": r.service.name,
            "sent_on": _iso(r.sent_on),
            "by": r.by_name,
            "status": r.status,
            "outcome": r.outcome,
        }
        for r in Referral.objects.filter(organisation_id=child.organisation_id, child=child)
        .select_related("service")
        .order_by("sent_on", "id")
    ]
    document: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "description": DESCRIPTION,
        "transfer": {
            "token": token,
            "sender": sender,
            "sent_on": _iso(sent_on),
            "sent_to": sent_to,
            "sent_by": sent_by,
        },
        "child": {
            "upn": child.upn,
            "legal_first_name": child.legal_first_name,
            "legal_last_name": child.legal_last_name,
            "preferred_name": child.preferred_name,
            "date_of_birth": _iso(child.date_of_birth),
            "year_group": child.year_group,
        },
        "concerns": [
            {
                "raised_at": _iso(c.raised_at),
                "raised_by": c.raised_by_name,
                "summary": c.summary,
                "details": c.details,
                "status": c.status,
                "closed_at": _iso(c.closed_at),
                "first_recorded_at": c.imported_from,
                "actions": actions[c.pk],
            }
            for c in concerns
        ],
        "referrals": referrals,
    }
    document["content_hash"] = content_hash(document)
    return document


def transfer_zip(*, document: dict[str, Any], pdf: bytes, stem: str) -> bytes:
    """One download for the receiving setting: the JSON, the PDF and a README saying what
    each is and how to confirm receipt."""
    data = json.dumps(document, indent=2, ensure_ascii=False).encode()
    transfer = document["transfer"]
    sent_on = datetime.date.fromisoformat(transfer["sent_on"])
    readme = README.format(
        sender=transfer["sender"],
        sent_to=transfer["sent_to"],
        sent_on=f"{sent_on.day} {sent_on:%B %Y}",
        sent_by=transfer["sent_by"] or "their designated safeguarding lead",
        stem=stem,
        json_sha256=hashlib.sha256(data).hexdigest(),
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", readme)
        archive.writestr(f"{stem}.json", data)
        archive.writestr(f"{stem}.pdf", pdf)
    return buffer.getvalue()


def _json_from_zip(raw: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise BundleError("This .zip file is damaged; ask the sender to send it again.") from None
    with archive:
        found = [i for i in archive.infolist() if i.filename.endswith(".json") and not i.is_dir()]
        if len(found) != 1:
            raise BundleError("This .zip does not hold one Harbour child-protection file.")
        # Read no more than the limit, whatever the archive claims the size is.
        try:
            with archive.open(found[0]) as member:
                data = member.read(MAX_JSON_BYTES + 1)
        except (RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error, OSError):
            # Password-protected (often the case by secure email) or damaged.
            raise BundleError(
                "This .zip can't be opened: it is password-protected or damaged. Ask the "
                "sender for the file from Harbour without a password, or unzip it and "
                "upload the .json inside."
            ) from None
    if len(data) > MAX_JSON_BYTES:
        raise BundleError("The file is too large to be a child-protection file.")
    return data


def parse_bundle(raw: bytes) -> dict[str, Any]:
    """Read and check an uploaded bundle (the .zip of `transfer_zip`, or the JSON alone);
    raise BundleError with words a person can act on."""
    if raw.startswith(b"PK\x03\x04"):
        raw = _json_from_zip(raw)
    if len(raw) > MAX_JSON_BYTES:
        raise BundleError("The file is too large to be a child-protection file.")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError("This is not a Harbour child-protection file (not JSON).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError("This is not a Harbour child-protection file.")
    if document.get("schema_version") != SCHEMA_VERSION:
        raise BundleError("This file was made by a newer Harbour; ask the sender to re-export.")
    if document.get("content_hash") != content_hash(document):
        raise BundleError("The file has been changed or damaged since it was exported.")
    try:
        child = document["child"]
        datetime.date.fromisoformat(child["date_of_birth"])
        for concern in document["concerns"]:
            datetime.datetime.fromisoformat(concern["raised_at"])
            for action in concern["actions"]:
                datetime.datetime.fromisoformat(action["at"])
        document["transfer"]["token"]
    except (KeyError, TypeError, ValueError):
        raise BundleError("The file is incomplete.") from None
    return document
