"""Protective and risk factors, ACEs and warning signs never leave through the API.

Every operation in the OpenAPI document is called with a token holding every scope, for a
child with every factor, ACE and warning sign recorded, and no response names any of them.
"""

from __future__ import annotations

import datetime
import json

from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.guidance.library import load_library
from harbour.profiles import factors as factor_lists
from harbour.profiles.models import FactorRecord
from harbour.profiles.services import factors_update, warning_sign_record

NOTE = {"what_happened": "Ada settled quickly after lunch.", "is_positive": True}
SIGN_NOTE = "Secretsign flinched at a raised voice"


def _record_everything(world) -> tuple[list[str], list[str]]:
    """Every factor, ACE and warning sign for Ada, with a note on each sign.

    Returns the ids and the words (titles, kind labels, the note) that must never leak.
    """
    library = load_library()
    factor_ids = sorted(factor_lists.factor_kinds(library))
    signs = factor_lists.warning_signs(library)
    lead = world.user(Role.LEAD)
    with scopes_disabled():
        factors_update(child=world.child_a, actor=lead, present=factor_ids)
        for sign in signs:
            warning_sign_record(
                child=world.child_a,
                actor=lead,
                sign_id=sign.id,
                observed_on=timezone.localdate() - datetime.timedelta(days=3),
                note=SIGN_NOTE,
            )
        kinds = {record.kind for record in FactorRecord.objects.filter(child=world.child_a)}
    assert kinds == {"protective", "risk", "ace"}, "factors, risks and ACEs are all recorded"
    items = [library.by_id[item_id] for item_id in factor_ids] + list(signs)
    ids = [item.id for item in items]
    words = [
        *(item.title for item in items),
        *(str(label) for label in FactorRecord.Kind.labels),
        SIGN_NOTE,
    ]
    return ids, words


def _operations() -> list[tuple[str, str]]:
    document = json.loads(Client().get("/api/v1/openapi.json").content)
    return [
        (method, path)
        for path, operations in document["paths"].items()
        for method in operations
        if method in ("get", "post", "put", "patch", "delete")
    ]


def _call_every_operation(client: Client, child_id: int) -> dict[str, str]:
    """Each operation's response body, lower-cased, keyed by "method url"."""
    operations = _operations()
    assert len(operations) >= 9, "the OpenAPI document lists the API's operations"
    bodies = {}
    for method, path in operations:
        url = path.replace("{child_id}", str(child_id))
        assert "{" not in url, f"fill the path parameter in {path}"
        if method == "get":
            response = client.get(url)
        else:
            response = getattr(client, method)(url, NOTE, content_type="application/json")
        assert response.status_code in (200, 201), (method, url, response.content[:200])
        bodies[f"{method} {url}"] = response.content.decode().lower()
    return bodies


def test_no_api_response_names_a_factor_an_ace_or_a_warning_sign(world, api, review_a) -> None:
    client = api()  # every scope
    # Some titles are also ordinary words of the skills framework ("Empathy" is a profile
    # domain as well as a protective factor), so a title leaks when recording the factors
    # makes it appear more often than before; an id or the note must never appear at all.
    before = _call_every_operation(client, world.child_a.pk)
    ids, words = _record_everything(world)
    after = _call_every_operation(client, world.child_a.pk)

    assert before.keys() == after.keys()
    leaks = [
        f"{call}: {item_id!r}" for call, body in after.items() for item_id in ids if item_id in body
    ]
    leaks += [
        f"{call}: {word!r}"
        for call, body in after.items()
        for word in words
        if body.count(word.lower()) > before[call].count(word.lower())
    ]
    assert not leaks, "\n".join(leaks)
    assert any(body.count("ada") for body in after.values()), "the responses are about Ada"
