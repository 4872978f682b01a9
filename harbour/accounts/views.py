from __future__ import annotations

import base64
from typing import Any

import segno
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from harbour.accounts.forms import TokenForm
from harbour.accounts.mfa import mfa_required, mfa_satisfied
from harbour.accounts.middleware import AUTH_AT_KEY, ENDED_KEY, ORG_KEY, OTP_AT_KEY
from harbour.accounts.models import Membership, OrganisationGroup


def _next_url(request: HttpRequest, default: str = "core:home") -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse(default)


def _with_next(url_name: str, nxt: str) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': nxt})}"


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated and mfa_satisfied(request):
        return redirect("core:home")
    session_ended = request.session.pop(ENDED_KEY, False)
    form = AuthenticationForm(request, data=request.POST if request.method == "POST" else None)
    form.fields["username"].label = "Email address"
    if request.method == "POST" and form.is_valid():
        auth_login(request, form.get_user())
        request.session[AUTH_AT_KEY] = timezone.now().timestamp()
        nxt = _next_url(request)
        return redirect(_with_next("accounts:mfa_verify", nxt))
    return render(
        request,
        "accounts/login.html",
        {"form": form, "next": request.GET.get("next", ""), "session_ended": session_ended},
    )


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The key failures are counted under: the email as typed, in lower case."""
    raw = (credentials or {}).get("username") or request.POST.get("username", "")
    return str(raw).strip().lower()


def locked_out(request: HttpRequest, response: Any = None, credentials: Any = None) -> HttpResponse:
    """Shown after 5 failed attempts; identical whether or not the account exists."""
    return render(request, "accounts/locked_out.html", status=429)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    auth_logout(request)
    messages.info(request, "You have signed out.")
    return redirect("accounts:login")


@require_http_methods(["GET", "POST"])
def mfa_verify(request: HttpRequest) -> HttpResponse:
    """Second step of sign-in: a 6-digit code from the person's authenticator app."""
    nxt = _next_url(request)
    # reverify=1: the page asks for a fresh code even in a verified session, because the
    # next page (a child-protection file) needs a recent second factor.
    reverify = (request.GET.get("reverify") or request.POST.get("reverify")) == "1"
    if (request.user.is_verified() and not reverify) or not mfa_required(request):
        return redirect(nxt)
    devices = list(devices_for_user(request.user, confirmed=True))
    if not devices:
        return redirect(_with_next("accounts:mfa_setup", nxt))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"]
        for device in devices:
            if device.verify_is_allowed()[0] and device.verify_token(token):
                otp_login(request, device)
                request.session[OTP_AT_KEY] = timezone.now().timestamp()
                return redirect(nxt)
        form.add_error(
            "token",
            "That code did not match. Check the time on your device and try the newest code.",
        )
    return render(
        request, "accounts/mfa_verify.html", {"form": form, "next": nxt, "reverify": reverify}
    )


@require_http_methods(["GET", "POST"])
def mfa_setup(request: HttpRequest) -> HttpResponse:
    """First sign-in: link an authenticator app by scanning a QR code."""
    nxt = _next_url(request)
    if list(devices_for_user(request.user, confirmed=True)):
        return redirect(_with_next("accounts:mfa_verify", nxt))
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name="Authenticator app", confirmed=False
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            request.session[OTP_AT_KEY] = timezone.now().timestamp()
            messages.success(request, "Your authenticator app is linked.")
            return redirect(nxt)
        form.add_error(
            "token", "That code did not match. Scan the code again and enter the newest 6 digits."
        )
    qr_svg = segno.make(device.config_url, error="m").svg_inline(
        scale=4, title="QR code for your authenticator app"
    )
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "accounts/mfa_setup.html",
        {"form": form, "qr_svg": qr_svg, "secret": secret, "next": nxt},
    )


@require_POST
def switch_organisation(request: HttpRequest) -> HttpResponse:
    wanted = request.POST.get("organisation")
    for membership in request.memberships:  # type: ignore[attr-defined]
        if str(membership.organisation_id) == wanted:
            request.session[ORG_KEY] = membership.organisation_id
            Membership.objects.filter(pk=membership.pk).update(last_chosen_at=timezone.now())
            messages.info(request, f"You are now working in {membership.organisation.name}.")
            return redirect("core:home")
    messages.error(request, "You are not a member of that organisation.")
    return redirect("core:home")


def no_membership(request: HttpRequest) -> HttpResponse:
    if getattr(request, "membership", None) is not None:
        return redirect("core:home")
    # A trust's or local authority's viewer has no organisation role, only group figures.
    groups = OrganisationGroup.objects.filter(
        viewers__user=request.user, viewers__is_active=True
    ).order_by("name")
    return render(request, "accounts/no_membership.html", {"groups": groups})
