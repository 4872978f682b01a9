"""The shared test world: one person per role in organisation A, and an outsider organisation B.

Organisation B's records carry a unique marker string (CANARY) so tests can prove that
nothing of B ever reaches a member of A.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from harbour.accounts.middleware import AUTH_AT_KEY, ORG_KEY
from harbour.accounts.models import Membership, Organisation, User
from harbour.accounts.roles import Role
from harbour.children.models import Child, ChildShare, Group, KeyAdult, ParentLink
from harbour.children.upn import make_upn
from harbour.guidance.loading import load_guidance
from harbour.guidance.models import Intervention

CANARY = "Zqxcanary"

# Random per-response values (CSRF tokens, CSP nonces) can spell a short name
# such as "Ben" by chance; leak checks look at a page with them taken out.
_RANDOM_VALUES = re.compile(r'(name="csrfmiddlewaretoken" value|nonce)="[^"]*"')


def page_queries(captured: Any) -> list[str]:
    """The SQL a request ran for its page, less the session's own bookkeeping.

    An active session is written back at most once a minute (accounts.middleware), so
    whether a request also saves the session depends on the clock, not on the page.
    """
    return [
        q["sql"]
        for q in captured.captured_queries
        if "django_session" not in q["sql"] and "SAVEPOINT" not in q["sql"]
    ]


def without_random_tokens(body: str) -> str:
    """A page's HTML with its CSRF tokens and nonces blanked, for leak checks."""
    return _RANDOM_VALUES.sub(r'\1=""', body)


PASSWORD = "a-long-test-password-1"


@dataclass
class World:
    org_a: Organisation
    org_b: Organisation
    members: dict[str, Membership] = field(default_factory=dict)
    outsider: Membership | None = None
    child_a: Child | None = None
    child_a2: Child | None = None
    child_b: Child | None = None
    key_adult_a: KeyAdult | None = None
    group_a: Group | None = None
    intervention_a: Any = None
    observation_a: Any = None
    profile_a: Any = None
    concern_a: Any = None  # safeguarding and pathways records: tests/safeguarding_world.py
    service_a: Any = None
    referral_a: Any = None

    def user(self, role: str) -> User:
        return self.members[role].user


def make_member(org: Organisation, role: str, email: str, name: str) -> Membership:
    user = User.objects.create_user(email, PASSWORD, full_name=name)
    TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    expires = (
        timezone.localdate() + datetime.timedelta(days=30) if role == Role.PROFESSIONAL else None
    )
    return Membership.objects.create(
        user=user, organisation=org, role=role, job_title=name, expires_on=expires
    )


def build_world() -> World:
    with scopes_disabled():
        org_a = Organisation.objects.create(name="Alder School", slug="alder", kind="school")
        org_b = Organisation.objects.create(name=f"{CANARY} Academy", slug="canary", kind="school")
        world = World(org_a=org_a, org_b=org_b)
        for role in Role.values:
            world.members[role] = make_member(
                org_a, role, f"{role}@alder.example", f"{role.title()} Person"
            )
        world.outsider = make_member(org_b, Role.LEAD, "lead@canary.example", f"{CANARY} Outsider")
        dob = timezone.localdate().replace(year=timezone.localdate().year - 8)
        world.child_a = Child.objects.create(
            organisation=org_a,
            legal_first_name="Ada",
            legal_last_name="Alder",
            date_of_birth=dob,
            year_group=3,
            upn=make_upn(123, 4567, 18, 1),
            account=world.user(Role.YOUNG_PERSON),
        )
        world.child_a2 = Child.objects.create(
            organisation=org_a,
            legal_first_name="Ben",
            legal_last_name="Birch",
            date_of_birth=dob,
            year_group=3,
        )
        world.child_b = Child.objects.create(
            organisation=org_b,
            legal_first_name=CANARY,
            legal_last_name=f"{CANARY}son",
            preferred_name=CANARY,
            date_of_birth=dob,
            year_group=3,
            safe_place=f"{CANARY} room",
            upn=make_upn(123, 4567, 18, 1),
        )
        world.group_a = Group.objects.create(organisation=org_a, name="Year 3 Oak")
        world.key_adult_a = KeyAdult.objects.create(
            organisation=org_a, child=world.child_a, membership=world.members[Role.STAFF]
        )
        ChildShare.objects.create(
            organisation=org_a,
            child=world.child_a,
            membership=world.members[Role.PROFESSIONAL],
            expires_on=timezone.localdate() + datetime.timedelta(days=30),
        )
        ParentLink.objects.create(
            organisation=org_a, child=world.child_a, membership=world.members[Role.PARENT]
        )
        Group.objects.create(organisation=org_b, name=f"{CANARY} class")
        from harbour.observations.services import observation_create

        world.observation_a = observation_create(
            organisation=org_a,
            actor=world.user(Role.STAFF),
            children=[(world.child_a, "focus")],
            data={
                "what_happened": "Ada seemed overwhelmed when the bell rang.",
                "setting": "lunch",
            },
        )
        observation_create(
            organisation=org_b,
            actor=world.outsider.user,
            children=[(world.child_b, "focus")],
            data={"what_happened": f"{CANARY} moment", "needs": CANARY, "setting": "lunch"},
        )
        load_guidance()
        world.profile_a = make_profile(world.child_a, world.user(Role.STAFF), value=2)
        make_profile(world.child_b, world.outsider.user, value=1, notes=f"{CANARY} notes")
        world.intervention_a = Intervention.objects.create(
            organisation=org_a,
            slug="nurture-group",
            title="Nurture group",
            sections={"introduction": "Small group time with two adults."},
        )
        Intervention.objects.create(
            organisation=org_b,
            slug="canary",
            title=f"{CANARY} circle",
            sections={"introduction": f"{CANARY} sessions"},
        )
        from tests.safeguarding_world import add_safeguarding

        add_safeguarding(world)
    return world


def make_profile(child: Child, actor: User, *, value: int, notes: str = "") -> Any:
    """A finished skills profile with every skill rated `value`."""
    from harbour.profiles import services
    from harbour.profiles.frameworks import current_version, load_framework

    profile = services.profile_create(child=child, actor=actor)
    skills = load_framework(current_version()).skill_ids
    services.profile_rate(
        profile=profile, actor=actor, ratings=dict.fromkeys(skills, value), notes=notes
    )
    return services.profile_complete(profile=profile, actor=actor)


def current_code(user: User) -> str:
    device = TOTPDevice.objects.get(user=user, confirmed=True)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def signed_in_client(membership: Membership) -> Client:
    """A client that has passed both factors and acts in the membership's organisation."""
    client = Client()
    client.force_login(membership.user)
    session = client.session
    device = TOTPDevice.objects.get(user=membership.user, confirmed=True)
    session["otp_device_id"] = device.persistent_id
    session[AUTH_AT_KEY] = timezone.now().timestamp()
    session[ORG_KEY] = membership.organisation_id
    session.save()
    return client
