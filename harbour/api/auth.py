"""Who is calling the API: the live token whose hash matches the bearer secret."""

from __future__ import annotations

import datetime
import hashlib

from django.http import HttpRequest
from django.utils import timezone
from django_scopes import scopes_disabled
from ninja.security import HttpBearer

from harbour.api.models import ApiToken

TOKEN_PREFIX = "hbr_"  # noqa: S105 (a public marker, not a secret)


def token_hash(secret: str) -> str:
    # The secret is 256 random bits, so a fast hash is enough: nothing to brute-force.
    return hashlib.sha256(secret.encode()).hexdigest()


def token_for_secret(secret: str) -> ApiToken | None:
    """The live token with this secret, or None (unknown, revoked or expired)."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    with scopes_disabled():  # the token decides the organisation, so no scope exists yet
        token = (
            ApiToken.objects.select_related("organisation")
            .filter(token_hash=token_hash(secret))
            .first()
        )
    now = timezone.now()
    if token is None or not token.is_live(now):
        return None
    if token.last_used_at is None or now - token.last_used_at > datetime.timedelta(minutes=1):
        with scopes_disabled():
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`; anything else, or a dead token, answers 401."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        return token_for_secret(token)
