"""Every URL pattern in Harbour, with the kwargs to fill it from the test world."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from harbour.coach.scenarios import SCENARIOS
from tests.world import World


@dataclass(frozen=True)
class Route:
    name: str  # namespaced view name, as in harbour.permissions.URL_ACCESS
    params: tuple[str, ...]


def walk(patterns: list, namespace: str = "") -> Iterator[Route]:  # type: ignore[type-arg]
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, ns)
        elif isinstance(entry, URLPattern):
            if entry.name is None:
                raise AssertionError(f"URL pattern {entry.pattern} has no name")
            yield Route(f"{namespace}{entry.name}", tuple(entry.pattern.converters))


def all_routes() -> list[Route]:
    return list(walk(get_resolver().url_patterns))


# Which test-world object fills each URL parameter. A new parameter name fails the suite
# until it is added here, so no URL escapes the access tests.
def param_values(world: World) -> dict[str, object]:
    assert world.child_a and world.key_adult_a
    return {
        "child_id": world.child_a.pk,
        "key_adult_id": world.key_adult_a.pk,
        "intervention_id": world.intervention_a.pk,
        "observation_id": world.observation_a.pk,
        "profile_id": world.profile_a.pk,
        "concern_id": world.concern_a.pk,
        "service_id": world.service_a.pk,
        "referral_id": world.referral_a.pk,
        "group_id": world.group_a.pk,
        # No one in the world views a group, so the group pages answer 404 to every role
        # (tests/reports/test_group.py covers a real group viewer).
        "group_slug": "alder-trust",
        "slug": "dysregulated",
        "item_id": "prompt.dysregulated.i-can-see",
        "key": "prompts.dysregulated",
        "scenario_id": SCENARIOS[0].id,
        "uidb64": "MQ",
        "token": "set-password",
    }


def url_for(route: Route, world: World) -> str:
    values = param_values(world)
    missing = [p for p in route.params if p not in values]
    if missing:
        raise AssertionError(
            f"{route.name}: add a test value for URL parameter(s) {missing} in tests/access/urls.py"
        )
    return reverse(route.name, kwargs={p: values[p] for p in route.params})


# Parameters that point at one child's record: for an outsider these must answer 404.
OBJECT_PARAMS = {
    "child_id",
    "key_adult_id",
    "intervention_id",
    "observation_id",
    "profile_id",
    "concern_id",
    "service_id",
    "referral_id",
    "group_id",
}
# Parameters naming a trust or local authority: only its group viewers find it (404 otherwise,
# whatever their role in an organisation).
GROUP_PARAMS = {"group_slug"}
