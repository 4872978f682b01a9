"""Kiosk mode: a class tablet on which children check in, started by an adult.

The adult's session carries the kiosk (group, start, last activity). While it does, the
access middleware lets through only the kiosk's own pages (`KIOSK_ALLOWED` in
harbour.permissions) and sends anything else back to the names; after
`HARBOUR_KIOSK_IDLE_SECONDS` without a tap the whole session is signed out, so a tablet left
on a table never stays an adult's signed-in session. Each kiosk page also leaves for
`voices:kiosk_idle` by itself after that time without a touch (harbour/kiosk-idle.js, which
warns first; a refresh where scripts are off), so an untouched tablet clears the children's
names from its screen without waiting for the next tap. While a child is touching or typing,
the script tells the server (`voices:kiosk_still_here`, at most every 30 seconds), so both
clocks agree.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone

from harbour.accounts.middleware import ENDED_KEY
from harbour.permissions import KIOSK_ALLOWED

KIOSK_KEY = "harbour_kiosk"


def kiosk_state(request: HttpRequest) -> dict[str, Any] | None:
    session = getattr(request, "session", None)
    if session is None:
        return None
    state = session.get(KIOSK_KEY)
    return state if isinstance(state, dict) else None


def kiosk_start(request: HttpRequest, *, group_id: int) -> None:
    now = timezone.now().timestamp()
    request.session[KIOSK_KEY] = {"group": group_id, "started": now, "seen": now}


def kiosk_end(request: HttpRequest) -> None:
    """Ending the kiosk signs the session out: the adult signs in again on their own device."""
    logout(request)


def kiosk_guard(request: HttpRequest, view_name: str) -> HttpResponse | None:
    """None when no kiosk runs or the page is a kiosk page; otherwise where to go instead."""
    state = kiosk_state(request)
    if state is None:
        return None
    now = timezone.now().timestamp()
    if now - float(state.get("seen", 0)) > settings.HARBOUR_KIOSK_IDLE_SECONDS:
        logout(request)
        request.session[ENDED_KEY] = True
        return redirect("accounts:login")
    if view_name not in KIOSK_ALLOWED:
        return redirect("voices:kiosk_names")
    state["seen"] = now
    request.session[KIOSK_KEY] = state
    return None
