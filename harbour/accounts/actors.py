"""Who did something, as records keep it: the account (if any) and a name that outlives it."""

from __future__ import annotations

from harbour.accounts.models import User


def actor_name(actor: User | None) -> str:
    """The name kept beside a record, so it still says who acted if the account goes."""
    return (actor.full_name or actor.email) if actor is not None and actor.pk else "system"


def saved_actor(actor: User | None) -> User | None:
    """The account to link, or None for the system or an unsaved user."""
    return actor if actor is not None and actor.pk else None
