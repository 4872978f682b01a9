"""The lead's page for API tokens: make one (its secret is shown once), revoke one."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from harbour.api import services
from harbour.api.models import SCOPES, ApiToken


class TokenForm(forms.Form):
    name = forms.CharField(max_length=80, help_text="Which system will use it, e.g. 'MIS sync'.")
    scopes = forms.MultipleChoiceField(
        choices=list(SCOPES.items()), widget=forms.CheckboxSelectMultiple
    )
    expires_in_days = forms.IntegerField(
        min_value=1, max_value=730, required=False, help_text="Leave empty for no expiry."
    )


@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    form = TokenForm()
    secret = None
    if request.method == "POST" and request.POST.get("action") == "revoke":
        token = ApiToken.objects.filter(
            organisation=organisation,
            pk=request.POST.get("token_id", "")
            if request.POST.get("token_id", "").isdigit()
            else 0,
        ).first()
        if token is not None:
            services.api_token_revoke(token=token, actor=request.user)  # type: ignore[arg-type]
            messages.success(request, f"Revoked “{token.name}”. It stops working at once.")
        return redirect("api:tokens")
    if request.method == "POST":
        form = TokenForm(request.POST)
        if form.is_valid():
            days = form.cleaned_data["expires_in_days"]
            _token, secret = services.api_token_create(
                organisation=organisation,
                actor=request.user,  # type: ignore[arg-type]
                name=form.cleaned_data["name"],
                scopes=form.cleaned_data["scopes"],
                expires_at=timezone.now() + datetime.timedelta(days=days) if days else None,
            )
            form = TokenForm()
    return render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "secret": secret,
            "tokens": ApiToken.objects.filter(organisation=organisation),
            "now": timezone.now(),
        },
    )
