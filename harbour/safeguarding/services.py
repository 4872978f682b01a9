"""Every write to a safeguarding concern or a child-protection file, and every read.

Each function runs in one transaction and writes its audit entry in it. Reads of concerns,
of the CP chronology and of the retention pages are audited too (`concern_viewed`,
`cp_file_viewed`, `retention_viewed`). No entry ever holds what was written: codes, ids
and statuses only.
"""

from __future__ import annotations

import datetime
import secrets
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.actors import actor_name, saved_actor
from harbour.accounts.models import Organisation, User
from harbour.audit.services import audit_record
from harbour.children.models import Child
from harbour.notifications.models import Kind as NotificationKind
from harbour.notifications.services import notify_designated
from harbour.safeguarding import retention
from harbour.safeguarding.bundle import build_bundle
from harbour.safeguarding.models import (
    ClosurePeriod,
    Concern,
    ConcernAction,
    CPImport,
    CPTransfer,
    DestructionLog,
    LegalHold,
    RetentionReview,
)


def _link_base(request: HttpRequest | None) -> str:
    return f"{request.scheme}://{request.get_host()}" if request is not None else ""


def concern_raise(
    *,
    organisation: Organisation,
    actor: User | None,
    child: Child,
    summary: str,
    details: str = "",
    observation: Any = None,
    notify: bool = True,
    request: HttpRequest | None = None,
) -> Concern:
    """Record a concern and tell every designated member at once (no name, no content)."""
    if child.organisation_id != organisation.pk:
        raise ValueError("The child must belong to the organisation.")
    summary = " ".join(summary.split())[:200]
    if not summary:
        raise ValueError("Say in a few words what the concern is.")
    with transaction.atomic():
        concern = Concern.objects.create(
            organisation=organisation,
            child=child,
            raised_by=saved_actor(actor),
            raised_by_name=actor_name(actor),
            summary=summary,
            details=details.strip(),
            observation=observation,
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="safeguarding.concern.raised",
            obj=concern,
            child_id=child.pk,
            changes={"status": [None, Concern.Status.OPEN]},
            request=request,
        )
        if notify:
            notify_designated(
                organisation=organisation,
                kind=NotificationKind.SAFEGUARDING_CONCERN,
                url=reverse("safeguarding:concern", kwargs={"concern_id": concern.pk}),
                link_base=_link_base(request),
            )
    return concern


def concern_viewed(
    *, concern: Concern, actor: User | None, request: HttpRequest | None = None
) -> None:
    """Record that someone read a concern."""
    audit_record(
        organisation=concern.organisation,
        actor=actor,
        action="safeguarding.concern.viewed",
        obj=concern,
        child_id=concern.child_id,
        request=request,
    )


def concerns_listed(
    *, organisation: Organisation, actor: User | None, request: HttpRequest | None = None
) -> None:
    """Record that someone read the list of concerns (which children, when, by whom)."""
    audit_record(
        organisation=organisation,
        actor=actor,
        action="safeguarding.concerns.listed",
        request=request,
    )


def cp_file_viewed(*, child: Child, actor: User | None, request: HttpRequest | None = None) -> None:
    """Record that someone read a child's child-protection chronology."""
    audit_record(
        organisation=child.organisation,
        actor=actor,
        action="safeguarding.cp_file.viewed",
        obj=child,
        child_id=child.pk,
        request=request,
    )


def concern_action_record(
    *,
    concern: Concern,
    actor: User | None,
    kind: str,
    text: str,
    reasons: str = "",
    referred_to: str = "",
    reference: str = "",
    request: HttpRequest | None = None,
) -> ConcernAction:
    """A discussion, decision, action or external referral, with its reasons, in writing."""
    if kind not in ConcernAction.Kind.values or kind == ConcernAction.Kind.CLOSED:
        raise ValueError(f"Unknown kind {kind!r}.")
    if not text.strip():
        raise ValueError("Write what was discussed, decided or done.")
    if kind == ConcernAction.Kind.DECISION and not reasons.strip():
        raise ValueError("A decision is recorded with its reasons.")
    if kind == ConcernAction.Kind.REFERRAL and not referred_to.strip():
        raise ValueError("Say who the referral went to.")
    with transaction.atomic():
        action = ConcernAction.objects.create(
            organisation_id=concern.organisation_id,
            concern=concern,
            kind=kind,
            text=text.strip(),
            reasons=reasons.strip(),
            referred_to=referred_to.strip()[:200],
            reference=reference.strip()[:100],
            by=saved_actor(actor),
            by_name=actor_name(actor),
        )
        audit_record(
            organisation=concern.organisation,
            actor=actor,
            action="safeguarding.concern.action.recorded",
            obj=concern,
            child_id=concern.child_id,
            changes={"kind": [None, kind]},
            request=request,
        )
    return action


def concern_close(
    *, concern: Concern, actor: User | None, reasons: str, request: HttpRequest | None = None
) -> Concern:
    """Close a concern, with the reasons in writing (they join the chronology)."""
    if not reasons.strip():
        raise ValueError("Closing a concern is a decision: write the reasons.")
    with transaction.atomic():
        now = timezone.now()
        updated = Concern.objects.filter(
            pk=concern.pk, organisation_id=concern.organisation_id, status=Concern.Status.OPEN
        ).update(status=Concern.Status.CLOSED, closed_at=now)
        if not updated:
            raise ValueError("This concern is already closed.")
        ConcernAction.objects.create(
            organisation_id=concern.organisation_id,
            concern=concern,
            kind=ConcernAction.Kind.CLOSED,
            text="Concern closed.",
            reasons=reasons.strip(),
            by=saved_actor(actor),
            by_name=actor_name(actor),
            at=now,
        )
        audit_record(
            organisation=concern.organisation,
            actor=actor,
            action="safeguarding.concern.closed",
            obj=concern,
            child_id=concern.child_id,
            changes={"status": [Concern.Status.OPEN, Concern.Status.CLOSED]},
            request=request,
        )
        concern.refresh_from_db()
    return concern


# --- Moving the file with the child ------------------------------------------------------


def transfer_export(
    *,
    child: Child,
    actor: User | None,
    sent_to: str,
    sent_on: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> tuple[CPTransfer, dict[str, Any]]:
    """Record that the CP file is sent to `sent_to`, and return the bundle to send."""
    sent_to = " ".join(sent_to.split())[:200]
    if not sent_to:
        raise ValueError("Say which setting the file is going to.")
    with transaction.atomic():
        token = secrets.token_urlsafe(32)
        sent_on = sent_on or timezone.localdate()
        document = build_bundle(
            child=child,
            sender=child.organisation.name,
            token=token,
            sent_on=sent_on,
            sent_to=sent_to,
            sent_by=actor_name(actor),
        )
        transfer = CPTransfer.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            sent_on=sent_on,
            sent_to=sent_to,
            sent_by=saved_actor(actor),
            sent_by_name=actor_name(actor),
            token=token,
            content_hash=document["content_hash"],
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="safeguarding.transfer.exported",
            obj=transfer,
            child_id=child.pk,
            request=request,
        )
    return transfer, document


def _find_or_create_child(organisation: Organisation, data: dict[str, Any]) -> Child:
    dob = datetime.date.fromisoformat(data["date_of_birth"])
    children = Child.objects.filter(organisation_id=organisation.pk)
    found = None
    if data.get("upn"):
        found = children.filter(upn=data["upn"]).first()
    if found is None:
        found = children.filter(
            legal_first_name__iexact=data["legal_first_name"],
            legal_last_name__iexact=data["legal_last_name"],
            date_of_birth=dob,
        ).first()
    if found is not None:
        return found
    return Child.objects.create(
        organisation=organisation,
        upn=data.get("upn") or "",
        legal_first_name=data["legal_first_name"],
        legal_last_name=data["legal_last_name"],
        preferred_name=data.get("preferred_name") or "",
        date_of_birth=dob,
        year_group=data.get("year_group"),
        placement_start=timezone.localdate(),
    )


def transfer_import(
    *,
    organisation: Organisation,
    actor: User | None,
    document: dict[str, Any],
    request: HttpRequest | None = None,
) -> CPImport:
    """Import a checked bundle (see `bundle.parse_bundle`): the child, then every concern
    and action with their original times and authors' names. Importing twice is refused."""
    token = document["transfer"]["token"]
    if CPImport.objects.filter(organisation_id=organisation.pk, token=token).exists():
        raise ValueError("This file has already been imported here.")
    sender = str(document["transfer"]["sender"])[:200]
    with transaction.atomic():
        child = _find_or_create_child(organisation, document["child"])
        for data in document["concerns"]:
            concern = Concern.objects.create(
                organisation=organisation,
                child=child,
                raised_by_name=data["raised_by"],
                raised_at=datetime.datetime.fromisoformat(data["raised_at"]),
                summary=data["summary"],
                details=data["details"],
                status=data["status"],
                closed_at=datetime.datetime.fromisoformat(data["closed_at"])
                if data.get("closed_at")
                else None,
                imported_from=data.get("first_recorded_at") or sender,
            )
            ConcernAction.objects.bulk_create(
                [
                    ConcernAction(
                        organisation=organisation,
                        concern=concern,
                        kind=a["kind"],
                        text=a["text"],
                        reasons=a["reasons"],
                        referred_to=a["referred_to"],
                        reference=a["reference"],
                        by_name=a["by"],
                        at=datetime.datetime.fromisoformat(a["at"]),
                    )
                    for a in data["actions"]
                ]
            )
        received = CPImport.objects.create(
            organisation=organisation,
            child=child,
            token=token,
            content_hash=document["content_hash"],
            sender_name=sender,
            imported_by=saved_actor(actor),
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="safeguarding.transfer.imported",
            obj=received,
            child_id=child.pk,
            changes={"concerns": [None, len(document["concerns"])]},
            request=request,
        )
    return received


def transfer_confirm(
    *, received: CPImport, actor: User | None, request: HttpRequest | None = None
) -> bool:
    """Confirm receipt. When the sender uses Harbour, its transfer is marked confirmed
    (found by the bundle's secret token, the only link between the two settings).
    Returns whether the sender's record was found."""
    with transaction.atomic():
        now = timezone.now()
        CPImport.objects.filter(pk=received.pk, organisation_id=received.organisation_id).update(
            confirmed_at=now
        )
        audit_record(
            organisation=received.organisation,
            actor=actor,
            action="safeguarding.transfer.receipt_confirmed",
            obj=received,
            child_id=received.child_id,
            request=request,
        )
        with scopes_disabled():  # the sender is another organisation, found by secret token
            sent = (
                CPTransfer.objects.filter(token=received.token)
                .select_related("organisation")
                .first()
            )
            if sent is None:
                return False
            if sent.confirmed_at is not None:
                return True  # the sender already recorded a confirmation made another way
            CPTransfer.objects.filter(pk=sent.pk).update(
                confirmed_at=now,
                confirmed_on=timezone.localdate(now),
                confirmed_how="Imported into Harbour by the receiving setting",
                confirmed_by_name=actor_name(actor),
                confirmed_by_organisation=received.organisation.name,
            )
            audit_record(
                organisation=sent.organisation,
                actor=actor,
                action="safeguarding.transfer.confirmed",
                obj=sent,
                child_id=sent.child_id,
                request=request,
            )
    return True


def transfer_confirm_outside(
    *,
    transfer: CPTransfer,
    actor: User | None,
    confirmed_by: str,
    confirmed_on: datetime.date,
    how: str,
    request: HttpRequest | None = None,
) -> CPTransfer:
    """The sending DSL records that the receiving setting confirmed receipt by other means
    (it does not use Harbour, or confirmed before importing): who, on what day, how.
    The overdue-confirmation alert then clears, as for a confirmation made in Harbour."""
    confirmed_by = " ".join(confirmed_by.split())[:200]
    how = " ".join(how.split())[:200]
    if not confirmed_by:
        raise ValueError("Say who confirmed receipt, for example their DSL's name.")
    if not how:
        raise ValueError("Say how they confirmed it, for example by secure email.")
    if confirmed_on < transfer.sent_on:
        raise ValueError("Receipt can't be confirmed before the file was sent.")
    if confirmed_on > timezone.localdate():
        raise ValueError("The day of confirmation can't be in the future.")
    with transaction.atomic():
        updated = CPTransfer.objects.filter(
            pk=transfer.pk, organisation_id=transfer.organisation_id, confirmed_at__isnull=True
        ).update(
            confirmed_at=timezone.now(),
            confirmed_on=confirmed_on,
            confirmed_by_name=confirmed_by,
            confirmed_by_organisation=transfer.sent_to,
            confirmed_how=how,
            confirmation_recorded_by_name=actor_name(actor),
        )
        if not updated:
            raise ValueError("Receipt of this file has already been confirmed.")
        audit_record(
            organisation=transfer.organisation,
            actor=actor,
            action="safeguarding.transfer.confirmed_outside",
            obj=transfer,
            child_id=transfer.child_id,
            changes={"confirmed": [False, True]},
            request=request,
        )
        transfer.refresh_from_db()
    return transfer


# --- Closure days (not school days) ------------------------------------------------------

MAX_CLOSURE_DAYS = 366


def closure_period_add(
    *,
    organisation: Organisation,
    actor: User | None,
    start: datetime.date,
    end: datetime.date,
    label: str,
    request: HttpRequest | None = None,
) -> ClosurePeriod:
    """Record days the setting is closed (first and last day included), so deadlines
    counted in school days skip them."""
    label = " ".join(label.split())[:100]
    if not label:
        raise ValueError("Give the closure a name, for example Autumn half-term.")
    if end < start:
        raise ValueError("The last day can't be before the first day.")
    if (end - start).days >= MAX_CLOSURE_DAYS:
        raise ValueError("A closure lasts a year at most; add long closures one year at a time.")
    with transaction.atomic():
        period = ClosurePeriod.objects.create(
            organisation=organisation, start=start, end=end, label=label
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="safeguarding.closure.added",
            obj=period,
            changes={"start": [None, str(start)], "end": [None, str(end)]},
            request=request,
        )
    return period


def closure_period_remove(
    *, period: ClosurePeriod, actor: User | None, request: HttpRequest | None = None
) -> None:
    """Remove a closure period added by mistake: its days count as school days again."""
    with transaction.atomic():
        deleted, _ = ClosurePeriod.objects.filter(
            pk=period.pk, organisation_id=period.organisation_id
        ).delete()
        if not deleted:
            raise ValueError("This closure has already been removed.")
        audit_record(
            organisation=period.organisation,
            actor=actor,
            action="safeguarding.closure.removed",
            obj=period,
            changes={"start": [str(period.start), None], "end": [str(period.end), None]},
            request=request,
        )


# --- Retention ---------------------------------------------------------------------------


def retention_overview_viewed(
    *, organisation: Organisation, actor: User | None, request: HttpRequest | None = None
) -> None:
    """Record that someone read the retention overview (names, review dates, holds)."""
    audit_record(
        organisation=organisation,
        actor=actor,
        action="retention.overview.viewed",
        request=request,
    )


def retention_viewed(
    *, child: Child, actor: User | None, request: HttpRequest | None = None
) -> None:
    """Record that someone read a child's retention page (reviews and legal holds)."""
    audit_record(
        organisation=child.organisation,
        actor=actor,
        action="retention.viewed",
        obj=child,
        child_id=child.pk,
        request=request,
    )


def legal_hold_place(
    *, child: Child, actor: User | None, reason: str, request: HttpRequest | None = None
) -> LegalHold:
    """Stop the child's records being destroyed while an inquiry, claim or request lasts."""
    reason = " ".join(reason.split())[:200]
    if not reason:
        raise ValueError("Say why the records must be kept, for example an inquiry.")
    with transaction.atomic():
        Child.objects.select_for_update().filter(pk=child.pk).first()  # see cp_file_destroy
        hold = LegalHold.objects.create(
            organisation_id=child.organisation_id, child=child, reason=reason
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="safeguarding.legal_hold.placed",
            obj=hold,
            child_id=child.pk,
            request=request,
        )
    return hold


def legal_hold_lift(
    *, hold: LegalHold, actor: User | None, reason: str, request: HttpRequest | None = None
) -> LegalHold:
    """End a legal hold, with the reason in writing; the retention dates apply again."""
    reason = " ".join(reason.split())[:200]
    if not reason:
        raise ValueError("Say why the hold can end, for example that the inquiry has closed.")
    with transaction.atomic():
        # Only an active hold is lifted, so two people lifting at once record one lift.
        updated = LegalHold.objects.filter(
            pk=hold.pk, organisation_id=hold.organisation_id, lifted_at__isnull=True
        ).update(lifted_at=timezone.now(), lift_reason=reason)
        if not updated:
            raise ValueError("This legal hold has already been lifted.")
        audit_record(
            organisation=hold.organisation,
            actor=actor,
            action="safeguarding.legal_hold.lifted",
            obj=hold,
            child_id=hold.child_id,
            request=request,
        )
        hold.refresh_from_db()
    return hold


def retention_review_record(
    *,
    child: Child,
    actor: User | None,
    record_type: str,
    keep_until: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> RetentionReview:
    """A person reviewed the record: keep it until a later date, or let it be destroyed."""
    retention.RULES[record_type]  # noqa: B018 - raises KeyError for an unknown type
    with transaction.atomic():
        review = RetentionReview.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            record_type=record_type,
            keep_until=keep_until,
            reviewed_by_name=actor_name(actor),
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="retention.reviewed",
            obj=review,
            child_id=child.pk,
            changes={"keep_until": [None, str(keep_until) if keep_until else None]},
            request=request,
        )
    return review


def cp_file_destroy(
    *,
    child: Child,
    actor: User | None,
    today: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> DestructionLog:
    """Destroy a child's CP file (concerns and actions), only when `retention.can_destroy`
    allows it: reviewed, past the date, no legal hold. Logged without content."""
    from harbour.safeguarding.reporting import retained_cp_file

    today = today or timezone.localdate()
    with transaction.atomic():
        # Decided under the child's row lock, which placing a legal hold also takes: a hold
        # placed a moment ago is seen, and one being placed waits for this to finish.
        Child.objects.select_for_update().filter(pk=child.pk).first()
        allowed, why = retention.can_destroy(retained_cp_file(child), today)
        if not allowed:
            raise ValueError(why)
        concerns = Concern.objects.filter(organisation_id=child.organisation_id, child=child)
        count = concerns.count()
        ConcernAction.objects.filter(
            organisation_id=child.organisation_id, concern__child=child
        ).delete()
        concerns.delete()
        log = DestructionLog.objects.create(
            organisation_id=child.organisation_id,
            record_type="child_protection_file",
            record_ref=f"child {child.pk}: {count} concern(s)",
            reason=why,
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="retention.destroyed",
            obj=log,
            child_id=child.pk,
            changes={"concerns": [count, 0]},
            request=request,
        )
    return log
