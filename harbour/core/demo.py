"""`harbour demo`: a fictional trust with believable, entirely synthetic data.

Every name here is invented. Re-running is safe: each record is found by a stable key
before it is created, so nothing is duplicated.
"""

from __future__ import annotations

import datetime
import hashlib
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from harbour.accounts.models import (
    GroupViewer,
    Membership,
    Organisation,
    OrganisationGroup,
    User,
)
from harbour.accounts.roles import Role
from harbour.children import services as child_services
from harbour.children.models import Child, ChildShare, Group, KeyAdult, ParentLink
from harbour.children.upn import make_upn

DEMO_PASSWORD = "harbour-demo-2026"  # noqa: S105 - printed for the demo, never used elsewhere


@dataclass(frozen=True)
class DemoAccount:
    email: str
    name: str
    org: str  # organisation slug
    role: str
    job_title: str
    extra_orgs: tuple[tuple[str, str, str], ...] = ()  # (slug, role, job title)
    # A group viewer (no organisation, no role): the group slug whose figures they see.
    views_group: str = ""

    @property
    def role_label(self) -> str:
        return str(Role(self.role).label) if self.role else self.job_title


DEMO_ACCOUNTS: list[DemoAccount] = [
    DemoAccount(
        "lead@riverbend.example", "Helen Marsh", "riverbend-primary", Role.LEAD, "Head teacher"
    ),
    DemoAccount(
        "dsl@riverbend.example",
        "Tom Okafor",
        "riverbend-primary",
        Role.DESIGNATED,
        "Designated safeguarding lead",
        extra_orgs=(("kestrel-academy", Role.DESIGNATED, "Trust safeguarding lead"),),
    ),
    DemoAccount(
        "teacher@riverbend.example",
        "Priya Shah",
        "riverbend-primary",
        Role.STAFF,
        "Year 3 class teacher",
    ),
    DemoAccount(
        "ta@riverbend.example", "Jamie Rowe", "riverbend-primary", Role.STAFF, "Teaching assistant"
    ),
    DemoAccount(
        "psychologist@demo.example",
        "Dr Aisha Bell",
        "riverbend-primary",
        Role.PROFESSIONAL,
        "Clinical psychologist",
        extra_orgs=(("willow-house", Role.PROFESSIONAL, "Clinical psychologist"),),
    ),
    DemoAccount(
        "governor@riverbend.example",
        "Graham Lowe",
        "riverbend-primary",
        Role.GOVERNOR,
        "Chair of governors",
    ),
    DemoAccount("parent@demo.example", "Sam Fielding", "riverbend-primary", Role.PARENT, "Parent"),
    DemoAccount(
        "head@kestrel.example", "Ruth Adeyemi", "kestrel-academy", Role.LEAD, "Head teacher"
    ),
    DemoAccount(
        "tutor@kestrel.example", "Owen Price", "kestrel-academy", Role.STAFF, "Year 9 tutor"
    ),
    DemoAccount(
        "manager@willowhouse.example",
        "Carla Nunes",
        "willow-house",
        Role.LEAD,
        "Registered manager",
    ),
    DemoAccount(
        "carer@willowhouse.example",
        "Dev Patel",
        "willow-house",
        Role.STAFF,
        "Residential care worker",
    ),
    DemoAccount(
        "young.person@demo.example",
        "Jordan Fielding-Lee",
        "willow-house",
        Role.YOUNG_PERSON,
        "Young person",
    ),
    DemoAccount(
        "head@northfield.example", "Ian Cole", "northfield-community", Role.LEAD, "Head teacher"
    ),
    DemoAccount(
        "commissioner@county.example",
        "Maya Lindqvist",
        "",
        "",
        "Local authority commissioner",
        views_group="riverbend-trust",
    ),
]

ORGANISATIONS = [
    # slug, name, kind, in the trust?, locality, LA code, establishment number
    (
        "riverbend-primary",
        "Riverbend Primary School",
        Organisation.Kind.SCHOOL,
        True,
        "Riverbend",
        908,
        2101,
    ),
    ("kestrel-academy", "Kestrel Academy", Organisation.Kind.SCHOOL, True, "Riverbend", 908, 4102),
    ("willow-house", "Willow House", Organisation.Kind.CHILDRENS_HOME, True, "Lowmoor", 908, 0),
    (
        "northfield-community",
        "Northfield Community School",
        Organisation.Kind.SCHOOL,
        False,
        "Northfield",
        909,
        2203,
    ),
]

FIRST_NAMES = [
    "Ava",
    "Noah",
    "Isla",
    "Leo",
    "Mia",
    "Oscar",
    "Ruby",
    "Arlo",
    "Freya",
    "Theo",
    "Zara",
    "Kai",
    "Ella",
    "Finn",
    "Amara",
    "Reuben",
    "Poppy",
    "Ezra",
    "Nia",
    "Callum",
    "Lily",
    "Yusuf",
    "Grace",
    "Alfie",
    "Hana",
    "Rowan",
    "Esme",
    "Tariq",
    "Maisie",
    "Dylan",
    "Aleena",
    "Jude",
    "Sofia",
    "Harvey",
    "Ivy",
    "Mason",
    "Layla",
    "Bodhi",
    "Orla",
    "Ibrahim",
    "Skye",
    "Jasper",
    "Willow",
    "Lucas",
    "Aria",
    "Elliot",
    "Eden",
    "Rory",
    "Chloe",
    "Kian",
    "Daisy",
    "Milo",
    "Anaya",
    "Sonny",
    "Phoebe",
    "Ronan",
    "Talia",
    "Aiden",
    "Beau",
    "Keira",
]
LAST_NAMES = [
    "Ashby",
    "Brennan",
    "Carver",
    "Dunmore",
    "Ellison",
    "Fairley",
    "Garside",
    "Hallam",
    "Ingleby",
    "Jessop",
    "Kendal",
    "Lomas",
    "Moorcroft",
    "Nettleton",
    "Oakes",
    "Pennock",
    "Quarry",
    "Redfern",
    "Stainton",
    "Thwaite",
    "Underhill",
    "Varley",
    "Wragg",
    "Yeadon",
    "Ackroyd",
    "Birtwistle",
    "Cawthorne",
    "Dewhirst",
    "Eastwood",
    "Fothergill",
]

SAFE_PLACES = [
    "The reading corner in class",
    "The nurture room",
    "The quiet bench by the library",
    "The sensory room",
    "The garden bench with their key adult",
    "Their bedroom with the door ajar",
]
CALMING_WORDS = [
    '"Squeezing my stress ball and counting to ten with someone."',
    '"Going for a walk round the field with my grown-up."',
    '"Drawing on my own for a bit, then talking."',
    '"Having a drink of water and sitting somewhere quiet."',
    '"Music in my headphones, then a chat."',
    "",
]

PRIMARY_CLASSES = ["Robins", "Wrens", "Finches", "Oak", "Ash", "Rowan", "Cedar"]


def _totp_key(email: str) -> str:
    # A fixed secret per demo account, so the codes survive a re-run. Demo only.
    return hashlib.sha256(f"harbour-demo:{email}".encode()).hexdigest()[:40]


def _dob_for_year_group(year_group: int, today: datetime.date, rng: random.Random) -> datetime.date:
    # A child in Year N on 1 September is N + 5 by the following 31 August.
    academic_start = today.year if today.month >= 9 else today.year - 1
    born_year = academic_start - (year_group + 5)
    start = datetime.date(born_year, 9, 1)
    return start + datetime.timedelta(days=rng.randrange(365))


@transaction.atomic
def build_demo(*, stdout: object | None = None) -> dict[str, int]:
    rng = random.Random(20261123)  # noqa: S311 - synthetic data, not security
    today = timezone.localdate()
    counts = {"organisations": 0, "users": 0, "children": 0}
    with scopes_disabled():
        trust, _ = OrganisationGroup.objects.get_or_create(
            slug="riverbend-trust",
            defaults={"name": "Riverbend Learning Trust", "kind": OrganisationGroup.Kind.TRUST},
        )
        orgs: dict[str, Organisation] = {}
        for slug, name, kind, in_trust, locality, _la, _estab in ORGANISATIONS:
            org, created = Organisation.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "kind": kind,
                    "group": trust if in_trust else None,
                    "locality": locality,
                },
            )
            orgs[slug] = org
            counts["organisations"] += int(created)

        members: dict[str, Membership] = {}
        for account in DEMO_ACCOUNTS:
            user = User.objects.filter(email=account.email).first()
            if user is None:
                user = User.objects.create_user(
                    account.email, DEMO_PASSWORD, full_name=account.name, is_demo=True
                )
                counts["users"] += 1
            if account.role != Role.YOUNG_PERSON:
                TOTPDevice.objects.get_or_create(
                    user=user,
                    name="Demo authenticator",
                    defaults={"key": _totp_key(account.email), "confirmed": True},
                )
            if account.views_group:
                GroupViewer.objects.get_or_create(
                    user=user,
                    group=OrganisationGroup.objects.get(slug=account.views_group),
                    defaults={"title": account.job_title},
                )
            main = [(account.org, account.role, account.job_title)] if account.org else []
            placements = [*main, *account.extra_orgs]
            for index, (slug, role, title) in enumerate(placements):
                expires = (
                    today + datetime.timedelta(days=120) if role == Role.PROFESSIONAL else None
                )
                membership, _ = Membership.objects.get_or_create(
                    user=user,
                    organisation=orgs[slug],
                    defaults={"role": role, "job_title": title, "expires_on": expires},
                )
                if index == 0 and membership.last_chosen_at is None and account.extra_orgs:
                    # A person in several settings starts in their main one.
                    Membership.objects.filter(pk=membership.pk).update(
                        last_chosen_at=timezone.now()
                    )
                members[f"{account.email}@{slug}"] = membership

        _build_children(orgs, members, rng, today, counts)
        from harbour.observations.demo import build_demo_observations

        counts["observations"] = build_demo_observations(orgs, members, today)
        from harbour.profiles.demo import build_profiles  # the profiles app's own demo data

        counts["profiles"] = build_profiles(orgs, today)
        from harbour.staff.demo import build_demo_staff
        from harbour.voices.demo import build_demo_voices

        counts["checkins"] = build_demo_voices(orgs, members, today)
        counts["staff_development"] = build_demo_staff(orgs, today)
        from harbour.safeguarding.demo import build_safeguarding_demo  # concerns, needs, referrals

        counts["concerns"] = build_safeguarding_demo(orgs, today)
        from harbour.plans.demo import build_plans  # after profiles: plans start from them

        counts["plans"] = build_plans(orgs, today)
    return counts


def _add_child(
    org: Organisation,
    la: int,
    estab: int,
    serial: int,
    first: str,
    last: str,
    dob: datetime.date,
    year_group: int | None,
    rng: random.Random,
    **extra: object,
) -> tuple[Child, bool]:
    upn = make_upn(la, estab, (dob.year + 4) % 100, serial) if estab else ""
    # Draw every random value before looking for an existing record, so a re-run consumes
    # the same random sequence and finds the same children.
    safe_place = rng.choice(SAFE_PLACES)
    calming = rng.choice(CALMING_WORDS)
    existing = Child.objects.filter(
        organisation=org, legal_first_name=first, legal_last_name=last
    ).first()
    if existing:
        return existing, False
    data: dict[str, object] = {
        "upn": upn,
        "legal_first_name": first,
        "legal_last_name": last,
        "date_of_birth": dob,
        "year_group": year_group,
        "safe_place": safe_place,
        "what_helps_me_calm": calming,
        **extra,
    }
    return child_services.child_create(organisation=org, actor=None, data=data), True


def _build_children(
    orgs: dict[str, Organisation],
    members: dict[str, Membership],
    rng: random.Random,
    today: datetime.date,
    counts: dict[str, int],
) -> None:
    names = [(f, LAST_NAMES[i % len(LAST_NAMES)]) for i, f in enumerate(FIRST_NAMES)]
    rng.shuffle(names)
    name_iter = iter(names)
    org_info = {slug: (la, estab) for slug, _n, _k, _t, _l, la, estab in ORGANISATIONS}

    def next_name() -> tuple[str, str]:
        return next(name_iter)

    # Riverbend Primary: Reception to Year 6, four children a year group.
    primary = orgs["riverbend-primary"]
    teacher = members["teacher@riverbend.example@riverbend-primary"]
    ta = members["ta@riverbend.example@riverbend-primary"]
    dsl = members["dsl@riverbend.example@riverbend-primary"]
    psychologist = members["psychologist@demo.example@riverbend-primary"]
    parent = members["parent@demo.example@riverbend-primary"]
    la, estab = org_info["riverbend-primary"]
    serial = 1
    for year_group, class_name in enumerate(PRIMARY_CLASSES):
        label = "Reception" if year_group == 0 else f"Year {year_group}"
        group, _ = Group.objects.get_or_create(
            organisation=primary,
            name=f"{label} · {class_name}",
            defaults={"kind": Group.Kind.CLASS},
        )
        if year_group == 3:
            group.staff.add(teacher, ta)
        for _ in range(4):
            first, last = next_name()
            dob = _dob_for_year_group(year_group, today, rng)
            child, created = _add_child(
                primary, la, estab, serial, first, last, dob, year_group, rng
            )
            serial += 1
            counts["children"] += int(created)
            child.groups.add(group)
            key = teacher if year_group == 3 else (ta if year_group in (2, 4) else dsl)
            KeyAdult.objects.get_or_create(organisation=primary, child=child, membership=key)
    year3 = Child.objects.filter(organisation=primary, year_group=3).order_by("id")
    for child in year3[:2]:
        ChildShare.objects.get_or_create(
            organisation=primary,
            child=child,
            membership=psychologist,
            defaults={
                "expires_on": today + datetime.timedelta(days=90),
                "reason": "Consultation on emotional regulation",
            },
        )
    first_child = year3.first()
    if first_child:
        ParentLink.objects.get_or_create(
            organisation=primary,
            child=first_child,
            membership=parent,
            defaults={"relationship": "Parent"},
        )

    # Kestrel Academy: Years 7 to 11, four children a year group.
    kestrel = orgs["kestrel-academy"]
    tutor = members["tutor@kestrel.example@kestrel-academy"]
    la, estab = org_info["kestrel-academy"]
    serial = 1
    for year_group in range(7, 12):
        group, _ = Group.objects.get_or_create(
            organisation=kestrel, name=f"{year_group}K", defaults={"kind": Group.Kind.TUTOR}
        )
        if year_group == 9:
            group.staff.add(tutor)
        for _ in range(4):
            first, last = next_name()
            dob = _dob_for_year_group(year_group, today, rng)
            child, created = _add_child(
                kestrel, la, estab, serial, first, last, dob, year_group, rng
            )
            serial += 1
            counts["children"] += int(created)
            child.groups.add(group)

    # Willow House: six young people aged 9 to 17, one of them with their own sign-in.
    home = orgs["willow-house"]
    carer = members["carer@willowhouse.example@willow-house"]
    manager = members["manager@willowhouse.example@willow-house"]
    young_person = members["young.person@demo.example@willow-house"]
    home_psych = members["psychologist@demo.example@willow-house"]
    caseload, _ = Group.objects.get_or_create(
        organisation=home, name="Willow House", defaults={"kind": Group.Kind.CASELOAD}
    )
    caseload.staff.add(carer)
    for index, age in enumerate([9, 12, 13, 15, 16, 17]):
        first, last = next_name()
        if index == 3:
            first, last = "Jordan", "Fielding-Lee"
        dob = today.replace(year=today.year - age) - datetime.timedelta(days=rng.randrange(300))
        child, created = _add_child(
            home,
            0,
            0,
            0,
            first,
            last,
            dob,
            None,
            rng,
            placement_start=today - datetime.timedelta(days=rng.randrange(60, 700)),
        )
        counts["children"] += int(created)
        child.groups.add(caseload)
        KeyAdult.objects.get_or_create(
            organisation=home, child=child, membership=carer if index % 2 else manager
        )
        if index == 3 and child.account_id is None:
            Child.objects.filter(pk=child.pk).update(account=young_person.user)
        if index in (1, 3):
            ChildShare.objects.get_or_create(
                organisation=home,
                child=child,
                membership=home_psych,
                defaults={
                    "expires_on": today + datetime.timedelta(days=120),
                    "reason": "Direct therapeutic support",
                },
            )

    # Northfield: an unrelated school, so a newcomer can see that isolation holds.
    north = orgs["northfield-community"]
    la, estab = org_info["northfield-community"]
    for serial, year_group in enumerate([2, 4, 6, 5], start=1):
        first, last = next_name()
        dob = _dob_for_year_group(year_group, today, rng)
        _child, created = _add_child(north, la, estab, serial, first, last, dob, year_group, rng)
        counts["children"] += int(created)
