"""Writes for children's and parents' voices. Each is audited in the same transaction."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from harbour.accounts.models import Membership, User
from harbour.accounts.roles import Role
from harbour.audit.services import audit_record, masked_changes
from harbour.children.models import Child, KeyAdult, ParentLink
from harbour.notifications.models import Kind
from harbour.notifications.services import notify_members
from harbour.voices.feelings import BY_VALUE
from harbour.voices.models import CheckIn, ParentInvitation, ParentView

INVITATION_DAYS = 7


class InvitationError(Exception):
    """The link has expired, was already used, or never existed: said kindly to the parent."""


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def checkin_create(
    *,
    child: Child,
    feeling: int,
    why: str = "",
    wants_to_talk: bool = False,
    via: str,
    actor: User | None,
    request: HttpRequest | None = None,
) -> CheckIn:
    """Save a child's check-in; if they want to talk, tell their key adults (without content)."""
    if feeling not in BY_VALUE:
        raise ValueError("A feeling is a point on the five-point scale.")
    with transaction.atomic():
        checkin = CheckIn.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            feeling=feeling,
            why=why.strip(),
            wants_to_talk=wants_to_talk,
            via=CheckIn.Via(via),
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="child.checkin.created",
            obj=checkin,
            child_id=child.pk,
            changes=masked_changes(None, {"feeling": feeling, "why": checkin.why}),
            request=request,
        )
        if wants_to_talk:
            adults = [
                k.membership
                for k in KeyAdult.objects.filter(
                    organisation_id=child.organisation_id, child=child
                ).select_related("membership__user")
                if k.membership.is_active
            ]
            notify_members(
                organisation=child.organisation,
                recipients=adults,
                kind=Kind.WANTS_TO_TALK,
                url=reverse("voices:child_checkins", kwargs={"child_id": child.pk}),
            )
    return checkin


def parent_invitation_create(
    *,
    child: Child,
    email: str,
    relationship: str = "",
    actor: User,
    link_base: str = "",
    request: HttpRequest | None = None,
) -> tuple[ParentInvitation, str]:
    """Invite a parent or carer; returns the invitation and the one-time token (never stored)."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        invitation = ParentInvitation.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            email=email.strip().lower(),
            relationship=relationship.strip(),
            token_hash=_token_hash(token),
            expires_at=timezone.now() + datetime.timedelta(days=INVITATION_DAYS),
            created_by=actor,
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="parent.invitation.created",
            obj=invitation,
            child_id=child.pk,
            changes=masked_changes(None, {"email": invitation.email}),
            request=request,
        )
        link = f"{link_base}{reverse('voices:accept', kwargs={'token': token})}"
        body = (
            f"{child.organisation.name} has invited you to Harbour, where you can see how "
            "they are supporting your child and share your views.\n\n"
            f"Open this link within {INVITATION_DAYS} days to set up your account:\n{link}\n\n"
            "The link works once. If you weren't expecting this, you can ignore it."
        )
        recipient = invitation.email
        transaction.on_commit(
            lambda: send_mail(
                "Harbour: an invitation from your child's school or home",
                body,
                settings.DEFAULT_FROM_EMAIL,
                [recipient],
            )
        )
    return invitation, token


def invitation_for_token(token: str) -> ParentInvitation:
    invitation = (
        ParentInvitation.objects.filter(token_hash=_token_hash(token))
        .select_related("organisation", "child")
        .first()
    )
    if invitation is None:
        raise InvitationError("This link isn't one we recognise.")
    if invitation.accepted_at is not None:
        raise InvitationError("This link has already been used.")
    if invitation.expires_at <= timezone.now():
        raise InvitationError("This link has expired.")
    return invitation


def parent_invitation_accept(
    *,
    token: str,
    full_name: str,
    password: str,
    request: HttpRequest | None = None,
) -> User:
    """Make (or link) the parent's account, their membership and the link to their child.

    A new account gets the password chosen here. An existing account keeps its own password:
    whoever holds a link must not be able to take over someone's account with it.
    """
    with transaction.atomic():
        invitation = invitation_for_token(token)
        invitation = ParentInvitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise InvitationError("This link has already been used.")
        user = User.objects.filter(email=invitation.email).first()
        if user is None:
            user = User.objects.create_user(invitation.email, password, full_name=full_name.strip())
        membership, _ = Membership.objects.get_or_create(
            user=user,
            organisation=invitation.organisation,
            defaults={"role": Role.PARENT, "job_title": "Parent or carer"},
        )
        if membership.role != Role.PARENT:
            raise InvitationError("This email address already belongs to someone who works here.")
        ParentLink.objects.get_or_create(
            organisation=invitation.organisation,
            child=invitation.child,
            membership=membership,
            defaults={"relationship": invitation.relationship},
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
        audit_record(
            organisation=invitation.organisation,
            actor=user,
            action="parent.invitation.accepted",
            obj=invitation,
            child_id=invitation.child_id,
            request=request,
        )
    return user


def parent_views_submit(
    *,
    membership: Membership,
    child: Child,
    going_well: str = "",
    worries: str = "",
    would_help: str = "",
    request: HttpRequest | None = None,
) -> ParentView:
    """A parent's views before a review, for the adults who plan with the child."""
    if not ParentLink.objects.filter(
        organisation_id=child.organisation_id, child=child, membership=membership
    ).exists():
        raise PermissionError("Only a linked parent or carer can give views on this child.")
    with transaction.atomic():
        view = ParentView.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            membership=membership,
            going_well=going_well.strip(),
            worries=worries.strip(),
            would_help=would_help.strip(),
        )
        audit_record(
            organisation=child.organisation,
            actor=membership.user,
            action="parent.views.submitted",
            obj=view,
            child_id=child.pk,
            changes=masked_changes(
                None,
                {
                    "going_well": view.going_well,
                    "worries": view.worries,
                    "would_help": view.would_help,
                },
            ),
            request=request,
        )
    return view
