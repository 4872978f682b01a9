from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_scopes import scope

from harbour.accounts.mfa import mfa_satisfied
from harbour.permissions import API, PUBLIC, SIGNED_IN, URL_ACCESS, VERIFIED

logger = logging.getLogger(__name__)


class AccessMiddleware:
    """Enforces the permission table and scopes every query to the request's organisation.

    Inside a request with an organisation, django-scopes makes any query on a child-related
    model that forgets the organisation raise, instead of quietly reading everyone's data.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        organisation = getattr(request, "organisation", None)
        if organisation is None:
            return self.get_response(request)
        with scope(organisation=organisation):
            return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], args: Any, kwargs: Any
    ) -> HttpResponse | None:
        match = request.resolver_match
        view_name = match.view_name if match else ""
        if request.user.is_authenticated:
            from harbour.voices.kiosk import kiosk_guard

            kiosk_response = kiosk_guard(request, view_name)
            if kiosk_response is not None:
                return kiosk_response
        rule = URL_ACCESS.get(view_name)
        if rule is None:
            logger.error("URL %s has no entry in harbour.permissions.URL_ACCESS", view_name)
            raise PermissionDenied("This page has no access rule.")
        if rule == PUBLIC:
            return None
        if rule == API:
            # The API authenticates each call by its bearer token and scopes it to the
            # token's organisation; the session (and its organisation) plays no part.
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if rule == SIGNED_IN:
            return None
        if not mfa_satisfied(request):
            return redirect(f"{reverse('accounts:mfa_verify')}?{urlencode({'next': request.path})}")
        if rule == VERIFIED:
            return None
        membership = getattr(request, "membership", None)
        if membership is None:
            return redirect("accounts:no_membership")
        assert isinstance(rule, frozenset)
        if membership.role not in rule:
            raise PermissionDenied("Your role does not include this page.")
        return None


class NoStoreMiddleware:
    """Pages about children must never sit in a shared computer's browser cache."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response["Cache-Control"] = "no-store, private"
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
