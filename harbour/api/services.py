"""Creating and revoking API tokens, each audited."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from harbour.accounts.models import Organisation, User
from harbour.api.auth import TOKEN_PREFIX, token_hash
from harbour.api.models import SCOPES, ApiToken
from harbour.audit.services import audit_record


def api_token_create(
    *,
    organisation: Organisation,
    actor: User,
    name: str,
    scopes: Iterable[str],
    expires_at: datetime.datetime | None = None,
) -> tuple[ApiToken, str]:
    """Make a token; return it with its secret, which is shown once and never kept."""
    wanted = sorted(set(scopes))
    unknown = set(wanted) - set(SCOPES)
    if unknown or not wanted:
        raise ValueError(f"Choose one or more of the scopes {sorted(SCOPES)}.")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            organisation=organisation,
            name=name.strip()[:80],
            prefix=secret[:10],
            token_hash=token_hash(secret),
            scopes=wanted,
            created_by=actor,
            expires_at=expires_at,
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="api.token.created",
            obj=token,
            changes={"scopes": [None, ", ".join(wanted)]},
        )
    return token, secret


def api_token_revoke(*, token: ApiToken, actor: User) -> ApiToken:
    with transaction.atomic():
        if token.revoked_at is None:
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
            audit_record(
                organisation=token.organisation, actor=actor, action="api.token.revoked", obj=token
            )
    return token
