from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from harbour.accounts.models import Membership

AUTH_AT_KEY = "harbour_auth_at"
ORG_KEY = "harbour_org"
ENDED_KEY = "harbour_session_ended"
# When this session last passed the second factor: reading the CP file needs a recent one.
OTP_AT_KEY = "harbour_otp_at"


# An active session is written back (its 30-minute idle expiry pushed on) at most this
# often, not on every request: a session ends 29 to 30 minutes after the last request,
# never later, and a busy page makes no write.
SEEN_KEY = "harbour_seen"
RENEW_EVERY_SECONDS = 60


class SessionLifetimeMiddleware:
    """Ends every session 12 hours after sign-in, however active it has been.

    The 30-minute idle timeout is the stored session's own expiry (SESSION_COOKIE_AGE),
    pushed on when the session is saved: at least once a minute while it is in use.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            started = request.session.get(AUTH_AT_KEY)
            now = timezone.now().timestamp()
            if started is None or now - float(started) > settings.HARBOUR_SESSION_ABSOLUTE_SECONDS:
                logout(request)
                request.session[ENDED_KEY] = True
        response = self.get_response(request)
        if request.user.is_authenticated:
            now = timezone.now().timestamp()
            seen = request.session.get(SEEN_KEY)
            if seen is None or now - float(seen) >= RENEW_EVERY_SECONDS:
                request.session[SEEN_KEY] = now  # modified: saved with a fresh expiry
        return response


class OrganisationMiddleware:
    """Decides the one organisation this request acts in.

    A person with several memberships picks one (kept in the session); everything the
    request reads or writes is then scoped to it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.memberships = []  # type: ignore[attr-defined]
        request.membership = None  # type: ignore[attr-defined]
        request.organisation = None  # type: ignore[attr-defined]
        if request.user.is_authenticated:
            memberships = list(
                Membership.objects.active()
                .filter(user=request.user)
                .select_related("organisation")
                .order_by(F("last_chosen_at").desc(nulls_last=True), "organisation__name")
            )
            chosen = None
            wanted = request.session.get(ORG_KEY)
            for membership in memberships:
                if membership.organisation_id == wanted:
                    chosen = membership
            if chosen is None and memberships:
                chosen = memberships[0]
                request.session[ORG_KEY] = chosen.organisation_id
            request.memberships = memberships  # type: ignore[attr-defined]
            request.membership = chosen  # type: ignore[attr-defined]
            request.organisation = chosen.organisation if chosen else None  # type: ignore[attr-defined]
        return self.get_response(request)
