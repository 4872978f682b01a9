"""A year of synthetic observations for the demo trust (called by `harbour demo`).

Every word is invented and written the way Harbour asks adults to write: what was seen and
heard, what the child may have felt or needed, never a label. A few children carry a
planted pattern, so the insight page has something real to find:

- Riverbend Primary, the first Year 3 child: difficult moments cluster at lunch and on
  Mondays;
- Kestrel Academy, the first Year 9 child: difficult moments cluster in corridors, at
  changeover;
- Willow House, Jordan: difficult moments cluster around contact visits.

Safe to run again: an organisation that already has observations is left alone. Each
child's values come from a random generator seeded with the child's own stable key, so
they are the same on every run whatever was created before.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone

from harbour.accounts.models import Membership, Organisation
from harbour.audit.models import AuditEntry
from harbour.audit.services import masked_changes
from harbour.children.models import Child, KeyAdult
from harbour.notifications.models import Kind, Notification
from harbour.notifications.services import designated_recipients
from harbour.observations.models import Observation, ObservationChild

DIFFICULT_FEELINGS = ("distress", "anxiety", "anger", "shame", "sadness", "fear", "frustration")
POSITIVE_FEELINGS = ("calm", "happy", "proud", "safe")

SCHOOL_DIFFICULT = [
    "Seemed overwhelmed when the room got noisy; put hands over ears and hid under the table.",
    "Left the line and ran to the fence when we moved to the hall.",
    "Tore up their work after a mistake; seemed to feel it wasn't good enough.",
    "Shouted at a friend during a game; seemed to feel left out when the teams were picked.",
    "Went very quiet and tearful after a change to the timetable nobody had mentioned.",
    "Pushed past others in the doorway; seemed to be trying to get out of a crowded space.",
    "Refused to come in from outside; seemed worried about what was happening next.",
    "Threw a pencil case when asked to stop; seemed frustrated and tired.",
    "Said 'everyone hates me' after a falling-out; seemed hurt and ashamed.",
    "Became unsettled when a supply adult arrived; kept asking where their usual adult was.",
]
SCHOOL_POSITIVE = [
    "Waited for a turn on the climbing frame and let a younger child go first.",
    "Noticed a friend was upset and sat with them until they felt better.",
    "Managed the change to the timetable calmly after a heads-up from their key adult.",
    "Asked for a break card instead of leaving the room, then came back ready.",
    "Kept trying with a tricky sum and said 'I can do hard things'.",
    "Helped tidy up without being asked and looked proud when thanked.",
    "Joined in the group game and laughed with the others.",
    "Told an adult they were feeling wobbly before it got too big.",
]
HOME_DIFFICULT = [
    "Slammed doors and shouted after the phone call; seemed hurt and let down.",
    "Would not come downstairs for tea; seemed low and wanted to be alone.",
    "Became very unsettled at bedtime; said the house felt too quiet.",
    "Argued with another young person over the remote; seemed to feel unheard.",
    "Came back from contact very quiet, then threw a cup in the kitchen.",
    "Stayed out past the agreed time and would not say where; seemed anxious when asked.",
    "Refused to get ready for school; seemed worried about something that happened yesterday.",
    "Said 'nobody wants me anyway' during a disagreement; seemed ashamed and sad.",
]
HOME_POSITIVE = [
    "Cooked tea with staff and laughed about the lumpy sauce.",
    "Talked about their week at contact and said it went well.",
    "Settled at bedtime after a story and a chat.",
    "Helped a younger young person with their homework.",
    "Came to find staff to talk when something was bothering them.",
    "Got ready for school on time and said goodbye with a smile.",
    "Chose a film for everyone and made sure others agreed.",
]
NEEDS = [
    "To feel safe and know what was coming next",
    "Some space and a calm adult nearby",
    "To be heard and to feel they mattered",
    "Help to manage a change of plan",
    "A way out of a crowded, noisy place",
    "Reassurance that the relationship was still OK",
    "Something to eat and a rest",
    "",
    "",
]
RESPONDED = [
    "I said 'I can see this is really hard right now. I'm here.' and waited with them.",
    "I got down to their level, kept my voice low and offered a walk to the safe place.",
    "I wondered aloud: 'I think that change might have felt like a big surprise.'",
    "I named the feeling and told them it was OK to feel cross, then we made a plan together.",
    "I made a gentle joke about my own muddle, which helped us both smile.",
    "I stayed nearby without talking until they were ready.",
    "I thanked them and said how much it helped the others.",
    "",
]
RESPONSES = (
    "playfulness",
    "acceptance",
    "curiosity",
    "empathy",
    "co_regulation",
    "connect_before_correct",
)
SAFEGUARDING_TEXT = (
    "Said something about home that worried me. I listened, did not ask leading questions, "
    "and have passed it to the designated safeguarding lead as our procedures say."
)

# (setting slug, weight, windows of (weekday-or-None, start "HH:MM", end "HH:MM")).
SCHOOL_PLACES: list[tuple[str, int, list[tuple[str, str]]]] = [
    ("classroom", 30, [("09:05", "11:55"), ("13:20", "15:00")]),
    ("playground", 12, [("10:30", "10:50"), ("12:35", "13:10")]),
    ("lunch", 12, [("12:00", "12:40")]),
    ("corridor", 8, [("08:50", "09:00"), ("10:50", "11:00"), ("13:10", "13:20")]),
    ("transition", 8, [("10:50", "11:00"), ("13:10", "13:20"), ("14:55", "15:05")]),
    ("home-time", 6, [("15:10", "15:30")]),
    ("pe", 6, [("13:30", "14:50")]),
    ("assembly", 4, [("09:00", "09:25")]),
    ("breakfast-club", 4, [("08:00", "08:40")]),
]
HOME_PLACES: list[tuple[str, int, list[tuple[str, str]]]] = [
    ("lounge", 20, [("16:00", "21:00")]),
    ("mealtime", 15, [("07:45", "08:15"), ("17:15", "18:00")]),
    ("bedroom", 12, [("21:00", "22:45"), ("07:00", "07:45")]),
    ("bedtime", 10, [("20:30", "22:00")]),
    ("evening", 12, [("18:00", "21:30")]),
    ("school-run", 10, [("08:00", "08:40"), ("15:15", "16:00")]),
    ("contact-visit", 6, [("14:00", "17:30")]),
    ("outing", 8, [("10:00", "16:30")]),
    ("online", 7, [("19:00", "22:00")]),
]


@dataclass(frozen=True)
class Plan:
    """One observation to create, decided before anything is looked up."""

    occurred_at: datetime.datetime
    setting: str
    difficult: bool
    text: str
    feelings: list[str]
    intensity: int | None
    needs: str
    responses: list[str]
    how_responded: str
    outcome: str
    recorder: int  # index into the organisation's recorder list
    other_child: int | None  # index into the child's group
    other_role: str
    safeguarding: bool


@dataclass(frozen=True)
class Planted:
    setting: str  # difficult moments go here most of the time
    weekday: int | None  # ... and lean towards this weekday


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _moment(
    rng: random.Random,
    today: datetime.date,
    places: Sequence[tuple[str, int, list[tuple[str, str]]]],
    setting: str,
    *,
    school: bool,
    recent: bool,
    weekday: int | None,
) -> datetime.datetime:
    windows = next(w for slug, _weight, w in places if slug == setting)
    start, end = rng.choice(windows)
    minute = rng.randrange(_minutes(start), _minutes(end) + 1)
    span = 41 if recent else 364
    while True:
        day = today - datetime.timedelta(days=rng.randrange(1, span + 1))
        if weekday is not None and rng.random() < 0.55:
            day -= datetime.timedelta(days=(day.weekday() - weekday) % 7)
            if (today - day).days < 1:
                continue
        if school and day.weekday() >= 5:
            continue
        if not school or (day.month, day.day) not in ((12, 25), (1, 1)):
            break
    tz = timezone.get_current_timezone()
    return datetime.datetime.combine(day, datetime.time(minute // 60, minute % 60), tzinfo=tz)


def plan_child(
    key: str, today: datetime.date, *, school: bool, group_size: int, planted: Planted | None
) -> list[Plan]:
    """Every observation for one child, from a generator seeded with the child's key."""
    rng = random.Random(f"harbour-demo-observations:{key}")  # noqa: S311 - synthetic data
    places = SCHOOL_PLACES if school else HOME_PLACES
    slugs = [slug for slug, _w, _win in places]
    weights = [weight for _s, weight, _win in places]
    count = 130 if planted else rng.randint(20, 120)
    difficult_texts = SCHOOL_DIFFICULT if school else HOME_DIFFICULT
    positive_texts = SCHOOL_POSITIVE if school else HOME_POSITIVE
    plans = []
    for index in range(count):
        difficult = rng.random() < (0.5 if planted else 0.55)
        recent = planted is not None and index < 40
        if planted and difficult and rng.random() < 0.7:
            setting = planted.setting
        elif planted and not difficult:
            others = [s for s in slugs if s != planted.setting]
            setting = rng.choices(
                others, [w for s, w in zip(slugs, weights, strict=True) if s != planted.setting]
            )[0]
        else:
            setting = rng.choices(slugs, weights)[0]
        weekday = planted.weekday if planted and difficult else None
        occurred_at = _moment(
            rng, today, places, setting, school=school, recent=recent, weekday=weekday
        )
        if difficult:
            feelings = rng.sample(DIFFICULT_FEELINGS, rng.choice((1, 1, 2)))
            intensity: int | None = rng.choices((1, 2, 3, 4, 5), (2, 4, 5, 3, 1))[0]
            outcome = rng.choices(("calmer", "repaired", "escalated", ""), (5, 3, 1, 2))[0]
        else:
            feelings = [rng.choice(POSITIVE_FEELINGS)]
            intensity = None
            outcome = rng.choice(("", "", "calmer"))
        with_other = difficult and group_size > 1 and rng.random() < 0.12
        plans.append(
            Plan(
                occurred_at=occurred_at,
                setting=setting,
                difficult=difficult,
                text=rng.choice(difficult_texts if difficult else positive_texts),
                feelings=feelings,
                intensity=intensity,
                needs=rng.choice(NEEDS) if difficult else "",
                responses=rng.sample(RESPONSES, rng.randint(1, 3)) if difficult else [],
                how_responded=rng.choice(RESPONDED),
                outcome=outcome,
                recorder=rng.randrange(3),
                other_child=rng.randrange(group_size) if with_other else None,
                other_role=rng.choice(("affected", "involved", "witness", "helped")),
                safeguarding=difficult and rng.random() < 0.01,
            )
        )
    return plans


def build_observations(
    organisation: Organisation,
    children: Sequence[Child],
    recorders: Sequence[Membership],
    *,
    planted: dict[int, Planted],
    today: datetime.date,
) -> int:
    """Create every child's planned observations in bulk, with their audit entries."""
    # Another child in an incident comes from the same year group (or the whole home).
    classmates = {
        child.pk: [c for c in children if c.year_group == child.year_group] for child in children
    }
    plans = {
        child.pk: plan_child(
            f"{organisation.slug}:{child.legal_first_name}:{child.legal_last_name}",
            today,
            school=organisation.kind == Organisation.Kind.SCHOOL,
            group_size=len(classmates[child.pk]),
            planted=planted.get(child.pk),
        )
        for child in children
    }
    if Observation.objects.filter(organisation_id=organisation.pk).exists():
        return 0
    key_adults = dict(
        KeyAdult.objects.filter(organisation_id=organisation.pk).values_list(
            "child_id", "membership__user_id"
        )
    )
    rows: list[tuple[Observation, Child, Plan]] = []
    for child in children:
        for plan in plans[child.pk]:
            pool = [key_adults.get(child.pk), *(m.user_id for m in recorders)]
            user_id = [u for u in pool if u][plan.recorder % len([u for u in pool if u])]
            logged = plan.occurred_at + datetime.timedelta(minutes=7 + plan.recorder * 11)
            observation = Observation(
                organisation=organisation,
                occurred_at=plan.occurred_at,
                setting=plan.setting,
                what_happened=SAFEGUARDING_TEXT if plan.safeguarding else plan.text,
                feelings=plan.feelings,
                intensity=plan.intensity,
                needs=plan.needs,
                responses=plan.responses,
                how_responded=plan.how_responded,
                outcome=plan.outcome,
                is_positive=not plan.difficult,
                safeguarding=plan.safeguarding,
                recorded_by_id=user_id,
                created_at=logged,
                updated_at=logged,
            )
            rows.append((observation, child, plan))
    Observation.objects.bulk_create([row[0] for row in rows], batch_size=500)
    links, entries = [], []
    for observation, child, plan in rows:
        parts = [(child.pk, "focus")]
        if plan.other_child is not None:
            other = classmates[child.pk][plan.other_child]
            if other.pk != child.pk:
                parts.append((other.pk, plan.other_role))
        for child_id, role in parts:
            links.append(
                ObservationChild(
                    organisation=organisation,
                    observation=observation,
                    child_id=child_id,
                    role=role,
                )
            )
            entries.append(
                AuditEntry(
                    at=observation.created_at,
                    organisation=organisation,
                    actor_id=observation.recorded_by_id,
                    actor_label="demo",
                    action="observation.created",
                    object_type=Observation._meta.label_lower,
                    object_id=str(observation.pk),
                    child_id=child_id,
                    changes=masked_changes(
                        None,
                        {
                            "what_happened": observation.what_happened,
                            "setting": observation.setting,
                            "is_positive": observation.is_positive,
                            "intensity": observation.intensity,
                        },
                    ),
                )
            )
    ObservationChild.objects.bulk_create(links, batch_size=500)
    AuditEntry.objects.bulk_create(entries, batch_size=500)
    recent = [
        o
        for o, _c, _p in rows
        if o.safeguarding and (today - timezone.localtime(o.occurred_at).date()).days <= 60
    ]
    recipients = designated_recipients(organisation)
    Notification.objects.bulk_create(
        [
            Notification(
                organisation=organisation,
                recipient=member,
                kind=Kind.SAFEGUARDING_CONCERN,
                url=f"/observations/{o.pk}/",
                created_at=o.created_at,
            )
            for o in recent
            for member in recipients
        ]
    )
    return len(rows)


def build_demo_observations(
    orgs: dict[str, Organisation], members: dict[str, Membership], today: datetime.date
) -> int:
    """The three trust settings; Northfield keeps an empty record on purpose."""

    def member(email: str, slug: str) -> Membership:
        return members[f"{email}@{slug}"]

    created = 0
    primary = orgs["riverbend-primary"]
    children = list(Child.objects.filter(organisation=primary).order_by("id"))
    year3 = [c for c in children if c.year_group == 3]
    planted = {year3[0].pk: Planted("lunch", 0)} if year3 else {}
    created += build_observations(
        primary,
        children,
        [
            member("teacher@riverbend.example", primary.slug),
            member("ta@riverbend.example", primary.slug),
            member("lead@riverbend.example", primary.slug),
        ],
        planted=planted,
        today=today,
    )
    kestrel = orgs["kestrel-academy"]
    children = list(Child.objects.filter(organisation=kestrel).order_by("id"))
    year9 = [c for c in children if c.year_group == 9]
    created += build_observations(
        kestrel,
        children,
        [
            member("tutor@kestrel.example", kestrel.slug),
            member("head@kestrel.example", kestrel.slug),
            member("dsl@riverbend.example", kestrel.slug),
        ],
        planted={year9[0].pk: Planted("corridor", None)} if year9 else {},
        today=today,
    )
    home = orgs["willow-house"]
    children = list(Child.objects.filter(organisation=home).order_by("id"))
    jordan = [c for c in children if c.legal_first_name == "Jordan"]
    created += build_observations(
        home,
        children,
        [
            member("carer@willowhouse.example", home.slug),
            member("manager@willowhouse.example", home.slug),
            member("carer@willowhouse.example", home.slug),
        ],
        planted={jordan[0].pk: Planted("contact-visit", None)} if jordan else {},
        today=today,
    )
    return created
