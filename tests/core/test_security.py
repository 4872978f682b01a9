"""Secure by default: headers, production checks, the scope guard."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django_scopes import ScopeError, scope

from harbour.accounts.roles import Role
from harbour.children.models import Child

ROOT = Path(__file__).resolve().parents[2]


def test_signed_in_pages_carry_the_security_headers(world, client_for) -> None:
    response = client_for(Role.STAFF).get("/home/")
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_public_pages_carry_them_too(db) -> None:
    response = Client().get("/accounts/login/")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "no-store" in response["Cache-Control"]


def test_no_page_has_inline_script(world, client_for) -> None:
    for url in ("/", "/accounts/login/", "/home/", "/children/"):
        body = client_for(Role.LEAD).get(url, follow=True).content
        assert b"<script>" not in body and b"onclick=" not in body, url


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("HARBOUR_", "DJANGO_"))}
    return subprocess.run(
        [sys.executable, "-m", "harbour", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_passes_with_production_settings(tmp_path) -> None:
    env = {
        "HARBOUR_SECRET_KEY": secrets.token_urlsafe(64),
        "HARBOUR_ALLOWED_HOSTS": "harbour.example.org",
        "HARBOUR_DATA_DIR": str(tmp_path),
    }
    result = _run(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "env, message",
    [
        ({"HARBOUR_ALLOWED_HOSTS": "h.example"}, "HARBOUR_SECRET_KEY"),
        ({"HARBOUR_SECRET_KEY": "x" * 60}, "HARBOUR_ALLOWED_HOSTS"),
        ({"HARBOUR_SECRET_KEY": "short", "HARBOUR_ALLOWED_HOSTS": "h"}, "at least 50"),
        ({"HARBOUR_DEBUG": "perhaps"}, "HARBOUR_DEBUG must be"),
    ],
)
def test_bad_settings_fail_loudly(tmp_path, env: dict[str, str], message: str) -> None:
    result = _run({**env, "HARBOUR_DATA_DIR": str(tmp_path)}, "check")
    assert result.returncode != 0
    assert message in result.stderr


def test_debug_is_off_unless_asked_for() -> None:
    from django.conf import settings

    assert settings.DEBUG is False
    assert "*" not in settings.ALLOWED_HOSTS


def test_a_query_that_forgets_the_organisation_fails_loudly(world) -> None:
    with pytest.raises(ScopeError):
        list(Child.objects.all())
    with scope(organisation=world.org_a):
        names = {c.legal_first_name for c in Child.objects.all()}
    assert "Ada" in names


def test_sqlite_is_set_up_for_durability(db) -> None:
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    options = connection.settings_dict["OPTIONS"]
    assert "synchronous=FULL" in options["init_command"]
    assert "journal_mode=WAL" in options["init_command"]
    assert options["transaction_mode"] == "IMMEDIATE"


def test_the_stylesheet_and_icon_are_served(db) -> None:
    for path in ("/static/harbour/harbour.css", "/static/harbour/favicon.svg"):
        response = Client().get(path)
        assert response.status_code == 200, path


def test_every_page_carries_the_security_headers(world, client_for, settings) -> None:
    """Every GET URL without parameters, for a signed-in lead, over HTTPS as in production."""
    from tests.access.urls import all_routes, url_for

    settings.SECURE_SSL_REDIRECT = False  # the test client asks for https itself
    settings.SECURE_HSTS_SECONDS = 31_536_000
    client = client_for(Role.LEAD)
    checked = []
    for route in all_routes():
        if route.params:
            continue
        url = url_for(route, world)
        response = client.get(url, secure=True)
        headers = response.headers
        assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", ""), url
        assert headers.get("X-Frame-Options") == "DENY", url
        assert headers.get("X-Content-Type-Options") == "nosniff", url
        assert "no-store" in headers.get("Cache-Control", ""), url
        assert headers.get("Strict-Transport-Security", "").startswith("max-age=31536000"), url
        checked.append(url)
    assert "/api/v1/children" in checked and "/home/" in checked
