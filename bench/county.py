"""Build a synthetic county in its own PostgreSQL database, fast, with COPY.

Run: .venv/bin/python bench/county.py --scale smoke|school|mid|county [--db harbour_bench]
     .venv/bin/python bench/county.py --orgs N --children N --obs-per-child N

Creates (drops first) the database, migrates it, loads the guidance, then bulk-loads in
foreign-key order: organisations, users and memberships (a lead, a designated lead and a
teacher plus a teaching assistant per class of 25), class groups, children, key adults,
observations with their children and their audit entries (one `observation.created` per
child, as `observation_create` writes), `child.created` audit entries, skills profiles
with ratings, plans with versions and reviews, services, referrals and need decisions.
All names are invented. The benchmark users (staff and leads) get a confirmed TOTP device.

Left out on purpose: safeguarding concerns (every observation has safeguarding=False, so
no concern would be raised), revisions, notifications and other audit actions (profile,
plan, referral): the six benchmarked pages don't read them.

Loading runs with `session_replication_role = replica`, so foreign-key triggers are not
fired row by row; the generator makes every key itself, consistent by construction.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ADMIN_URL = os.environ.get("HARBOUR_BENCH_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
SCALES = {
    # orgs, children (total), observations per child
    "smoke": (3, 150, 20),
    "school": (1, 267, 200),
    "mid": (30, 8_000, 200),
    "county": (300, 80_000, 200),
}
CLASS_SIZE = 25
FIRST = [
    "Amari",
    "Isla",
    "Theo",
    "Zainab",
    "Freya",
    "Kofi",
    "Ruby",
    "Oskar",
    "Maryam",
    "Niamh",
    "Idris",
    "Lena",
    "Tobiah",
    "Ebun",
]
LAST = [
    "Okafor",
    "Penrose",
    "Lindqvist",
    "Farouk",
    "Hollis",
    "Mensah",
    "Castellano",
    "Nowicki",
    "Quarrie",
    "Aldane",
]
PLACES = [
    "Brackwater",
    "Fennick",
    "Holloway",
    "Marram",
    "Oxley",
    "Pellow",
    "Rushmere",
    "Tansy",
    "Wexcombe",
]
HAPPENED = [
    "Seemed overwhelmed when the bell rang and hid under the table.",
    "Shouted at a friend during the game, then walked off alone.",
    "Helped a younger child find their coat without being asked.",
    "Found the change of teacher hard and would not come in.",
    "Laughed and joined in the story, keen to read aloud.",
    "Pushed the chair over when asked to stop drawing.",
    "Sat quietly and told me about the weekend at dad's.",
    "Shared snacks with the group and waited for a turn.",
]
NEEDS = ["To feel safe", "Time and space to calm", "Connection with a trusted adult", ""]
SAID = [
    "I wonder if that felt really hard. I'm here, we can sort it together.",
    "I noticed you helped; that was kind.",
    "",
]
FEELINGS = ["distress", "anxiety", "anger", "shame", "sadness", "fear", "frustration"]
GOOD_FEELINGS = ["calm", "happy", "proud", "safe"]
RESPONSES = ["playfulness", "acceptance", "curiosity", "empathy", "co_regulation"]
OUTCOMES = ["calmer", "repaired", "escalated", "other", ""]
GROUPINGS = [
    "thriving",
    "getting-advice",
    "getting-help",
    "getting-more-help",
    "getting-risk-support",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Progress:
    """A one-line progress bar on stderr with rows per second."""

    def __init__(self, name: str, total: int) -> None:
        self.name, self.total, self.done = name, max(total, 1), 0
        self.started = self.last = time.perf_counter()

    def add(self, rows: int) -> None:
        self.done += rows
        now = time.perf_counter()
        if now - self.last > 0.5:
            self.last = now
            self._draw(now)

    def _draw(self, now: float, end: str = "\r") -> None:
        share = min(self.done / self.total, 1.0)
        bar = "#" * int(share * 30)
        rate = self.done / max(now - self.started, 1e-9)
        print(
            f"  {self.name:<22} [{bar:<30}] {self.done:>11,} rows {rate:>10,.0f} rows/s",
            end=end,
            file=sys.stderr,
            flush=True,
        )

    def close(self) -> float:
        now = time.perf_counter()
        self._draw(now, end="\n")
        return now - self.started


def db_url(name: str) -> str:
    base = ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


def recreate_database(name: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


class Loader:
    """COPY rows into one table after another, committing every chunk."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.conn = psycopg.connect(url)
        self.conn.execute("SET session_replication_role = replica")
        self.conn.execute("SET synchronous_commit = off")
        self.timings: dict[str, tuple[int, float]] = {}

    def copy(self, model: Any, columns: list[str], rows: Iterable[tuple[Any, ...]]) -> int:
        return self.copy_table(model._meta.db_table, columns, rows, model=model)

    def copy_table(
        self,
        table: str,
        columns: list[str],
        rows: Iterable[tuple[Any, ...]],
        *,
        model: Any = None,
        total: int = 0,
    ) -> int:
        if model is not None:
            check_columns(model, columns)
        bar = Progress(table, total)
        count = 0
        chunk = 200_000
        iterator = iter(rows)
        while True:
            written = 0
            sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            with self.conn.cursor() as cur, cur.copy(sql) as copy:
                for row in iterator:
                    copy.write_row(row)
                    written += 1
                    if written % 5_000 == 0:
                        bar.add(5_000)
                    if written >= chunk:
                        break
            bar.add(written % 5_000)
            self.conn.commit()
            count += written
            if written < chunk:
                break
        seconds = bar.close()
        before = self.timings.get(table, (0, 0.0))
        self.timings[table] = (before[0] + count, before[1] + seconds)
        return count

    def fix_sequences(self, tables: Iterable[str]) -> None:
        with self.conn.cursor() as cur:
            for table in tables:
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                )
        self.conn.commit()


def check_columns(model: Any, columns: list[str]) -> None:
    """Every NOT NULL column of the model is given (Django sets no database defaults)."""
    known = {f.column for f in model._meta.concrete_fields}
    unknown = set(columns) - known
    missing = {
        f.column for f in model._meta.concrete_fields if not f.null and f.column not in columns
    }
    if unknown or missing:
        raise SystemExit(f"{model.__name__}: unknown {sorted(unknown)}, missing {sorted(missing)}")


def build(orgs: int, children: int, obs_per_child: int, *, seed: int, audit: bool) -> Loader:
    from django.contrib.auth.hashers import make_password

    from harbour.accounts.models import Membership, Organisation, OrganisationGroup, User
    from harbour.audit.models import AuditEntry
    from harbour.children.models import Child, Group, KeyAdult
    from harbour.observations.models import Observation, ObservationChild
    from harbour.observations.vocabulary import DEFAULTS
    from harbour.pathways.models import NeedDecision, Referral, Service
    from harbour.plans.models import Plan, PlanReview, PlanVersion
    from harbour.profiles.frameworks import current_version, load_framework
    from harbour.profiles.models import Profile, Rating

    rng = random.Random(seed)
    loader = Loader(os.environ["DATABASE_URL"])
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    today = now.date()
    password = make_password(None)  # unusable: benchmark users are signed in by session
    framework = current_version()
    skills = sorted(load_framework(framework).skill_ids)
    settings_slugs = [slug for slug, _ in DEFAULTS[Organisation.Kind.SCHOOL]]

    per_org = [children // orgs + (1 if n < children % orgs else 0) for n in range(orgs)]
    loader.copy(
        OrganisationGroup,
        ["id", "name", "kind", "slug"],
        [(1, "Brackwater County Council", "local_authority", "brackwater-county")],
    )
    loader.copy(
        Organisation,
        ["id", "name", "slug", "kind", "group_id", "locality", "created_at"],
        (
            (o + 1, f"{PLACES[o % 9]} School {o + 1}", f"bench-{o + 1}", "school", 1, "", now)
            for o in range(orgs)
        ),
    )

    # Staff: a lead, a designated lead, then a teacher and a TA per class of 25.
    users: list[tuple[Any, ...]] = []
    members: list[tuple[Any, ...]] = []
    groups: list[tuple[Any, ...]] = []
    group_staff: list[tuple[Any, ...]] = []
    class_staff: dict[int, list[int]] = {}  # group id -> membership ids
    member_user: dict[int, int] = {}
    org_groups: dict[int, list[int]] = {}
    for o in range(orgs):
        org = o + 1
        classes = max(1, -(-per_org[o] // CLASS_SIZE))
        roles = ["lead", "designated"] + ["staff"] * (2 * classes)
        staff_ids = []
        for n, role in enumerate(roles):
            uid = len(users) + 1
            name = f"{FIRST[uid % 14]} {LAST[(uid // 14) % 10]}"
            users.append(
                (uid, password, False, f"{role}{n}@org{org}.bench.example", name, True, False)
                + (now, False)
            )
            members.append((uid, uid, org, role, role.title(), True, now))
            member_user[uid] = uid
            if role == "staff":
                staff_ids.append(uid)
        org_groups[org] = []
        for c in range(classes):
            gid = len(groups) + 1
            groups.append((gid, org, f"Class {c + 1}", "class"))
            org_groups[org].append(gid)
            class_staff[gid] = staff_ids[2 * c : 2 * c + 2]
            for mid in class_staff[gid]:
                group_staff.append((len(group_staff) + 1, gid, mid))
    loader.copy(
        User,
        ["id", "password", "is_superuser", "email", "full_name", "is_active", "is_staff"]
        + ["date_joined", "is_demo"],
        users,
    )
    loader.copy(
        Membership,
        ["id", "user_id", "organisation_id", "role", "job_title", "is_active", "created_at"],
        members,
    )
    loader.copy(Group, ["id", "organisation_id", "name", "kind"], groups)
    loader.copy_table("children_group_staff", ["id", "group_id", "membership_id"], group_staff)

    # Children, each in one class, with one of the class's adults as key adult.
    child_rows: list[tuple[Any, ...]] = []
    child_group: list[tuple[Any, ...]] = []
    key_adults: list[tuple[Any, ...]] = []
    child_org: list[int] = [0]
    child_class: list[int] = [0]
    class_children: dict[int, list[int]] = {}
    for o in range(orgs):
        org = o + 1
        for n in range(per_org[o]):
            cid = len(child_rows) + 1
            gid = org_groups[org][n // CLASS_SIZE]
            year = rng.randrange(0, 7)
            dob = today.replace(year=today.year - 5 - year) - datetime.timedelta(rng.randrange(300))
            child_rows.append(
                (cid, org, "", FIRST[cid % 14], f"{LAST[cid % 10]}{cid}", "", dob, year)
                + ("The reading corner", "Squeezing a cushion", 1, now, now)
            )
            child_group.append((cid, cid, gid))
            key_adults.append((cid, org, cid, rng.choice(class_staff[gid]), today))
            child_org.append(org)
            child_class.append(gid)
            class_children.setdefault(gid, []).append(cid)
    total_children = len(child_rows)
    loader.copy(
        Child,
        ["id", "organisation_id", "upn", "legal_first_name", "legal_last_name", "preferred_name"]
        + ["date_of_birth", "year_group", "safe_place", "what_helps_me_calm", "version"]
        + ["created_at", "updated_at"],
        child_rows,
    )
    loader.copy_table("children_child_groups", ["id", "child_id", "group_id"], child_group)
    loader.copy(
        KeyAdult, ["id", "organisation_id", "child_id", "membership_id", "since"], key_adults
    )
    del child_rows, child_group, key_adults

    # Observations, their children and their audit entries, in chunks of children.
    year_seconds = 365 * 24 * 3600
    obs_cols = ["id", "organisation_id", "occurred_at", "setting", "what_happened", "feelings"]
    obs_cols += ["intensity", "needs", "responses", "how_responded", "outcome", "is_positive"]
    obs_cols += ["safeguarding", "recorded_by_id", "created_at", "updated_at", "version"]
    link_cols = ["id", "organisation_id", "observation_id", "child_id", "role"]
    audit_cols = ["id", "at", "organisation_id", "actor_id", "actor_label", "action"]
    audit_cols += ["object_type", "object_id", "child_id", "changes"]
    check_columns(Observation, obs_cols)
    check_columns(ObservationChild, link_cols)
    check_columns(AuditEntry, audit_cols)
    feelings_json = [json.dumps([f]) for f in FEELINGS] + [json.dumps([f]) for f in GOOD_FEELINGS]
    responses_json = [json.dumps(RESPONSES[i : i + 2]) for i in range(4)]
    labels = {uid: f"{FIRST[uid % 14]} {LAST[(uid // 14) % 10]}" for uid in member_user}
    counters = {"obs": 0, "link": 0, "audit": 0}
    obs_total = total_children * obs_per_child
    bars = {
        "obs": Progress("observations", obs_total),
        "link": Progress("observation links", int(obs_total * 1.15)),
        "audit": Progress("audit entries", int(obs_total * 1.15) + total_children),
    }
    started = {k: 0.0 for k in bars}
    batch = max(1, 100_000 // max(obs_per_child, 1))
    random_ = rng.random
    for first in range(1, total_children + 1, batch):
        obs, links, audits = [], [], []
        for cid in range(first, min(first + batch, total_children + 1)):
            org, gid = child_org[cid], child_class[cid]
            mates, adults = class_children[gid], class_staff[gid]
            for _ in range(obs_per_child):
                counters["obs"] += 1
                oid = counters["obs"]
                at = now - datetime.timedelta(seconds=int(random_() * year_seconds))
                positive = random_() < 0.3
                by = adults[int(random_() * len(adults))]
                obs.append(
                    (oid, org, at, settings_slugs[oid % 10], HAPPENED[oid % 8])
                    + (feelings_json[(7 + oid % 4) if positive else oid % 7],)
                    + (None if positive else 1 + oid % 5, NEEDS[oid % 4])
                    + (responses_json[oid % 4], SAID[oid % 3], OUTCOMES[oid % 5], positive)
                    + (False, by, at, at, 1)
                )
                involved = [(cid, "focus")]
                if random_() < 0.15 and len(mates) > 1:
                    other = mates[int(random_() * len(mates))]
                    if other != cid:
                        involved.append((other, "involved"))
                for child_id, role in involved:
                    counters["link"] += 1
                    links.append((counters["link"], org, oid, child_id, role))
                    if audit:
                        counters["audit"] += 1
                        audits.append(
                            (counters["audit"], at, org, by, labels[by], "observation.created")
                            + ("observations.observation", str(oid), child_id, "{}")
                        )
        for key, model, cols, rows in (
            ("obs", Observation, obs_cols, obs),
            ("link", ObservationChild, link_cols, links),
            ("audit", AuditEntry, audit_cols, audits),
        ):
            if not rows:
                continue
            begin = time.perf_counter()
            sql = f"COPY {model._meta.db_table} ({', '.join(cols)}) FROM STDIN"
            with loader.conn.cursor() as cur, cur.copy(sql) as cp:
                for row in rows:
                    cp.write_row(row)
            loader.conn.commit()
            started[key] += time.perf_counter() - begin
            bars[key].add(len(rows))
    for key, model in (("obs", Observation), ("link", ObservationChild), ("audit", AuditEntry)):
        bars[key].close()
        loader.timings[model._meta.db_table] = (bars[key].done, started[key])

    # child.created audit entries: the chronology's "record changes" read these.
    first_audit = counters["audit"]
    loader.copy(
        AuditEntry,
        audit_cols,
        (
            (first_audit + cid, now - datetime.timedelta(days=400), child_org[cid], None)
            + ("system", "child.created", "children.child", str(cid), cid, "{}")
            for cid in range(1, total_children + 1)
        ),
    )

    # Two complete skills profiles per child, every skill rated.
    loader.copy(
        Profile,
        ["id", "organisation_id", "child_id", "framework_version", "kind", "status", "age_stage"]
        + ["observed_on", "notes", "created_at", "created_by_id", "completed_at"]
        + ["completed_by_id"],
        (
            (2 * (cid - 1) + n + 1, child_org[cid], cid, framework, "full", "complete", "middle")
            + _profile_tail(now, n, class_staff[child_class[cid]][0])
            for cid in range(1, total_children + 1)
            for n in range(2)
        ),
    )
    loader.copy_table(
        Rating._meta.db_table,
        ["id", "organisation_id", "profile_id", "item_id", "value"],
        (
            (
                (pid - 1) * len(skills) + s + 1,
                child_org[(pid + 1) // 2],
                pid,
                skill,
                (pid + s) % 4,
            )
            for pid in range(1, 2 * total_children + 1)
            for s, skill in enumerate(skills)
        ),
        model=Rating,
        total=2 * total_children * len(skills),
    )

    # A plan for 40% of children: three versions and two reviews each.
    plan_children = [cid for cid in range(1, total_children + 1) if cid % 5 in (0, 2)]
    content = json.dumps(
        {
            "strengths": ["Kind to younger children", "Loves stories"],
            "areas": ["Managing big feelings at transitions"],
            "goals": ["Uses the calm corner when the bell rings", "Names one feeling a day"],
            "key_adults": "Class teacher and TA",
            "safe_place": "The reading corner",
            "calming": "Squeezing a cushion",
            "parent_voice": "Mornings are hard at home too.",
            "child_voice": {"know_about_me": "I like dogs.", "helps_me": "A quiet word."},
            "strategies": [
                {"item_id": None, "text": "Warn before transitions.", "from_suggestion": False}
            ],
        }
    )
    loader.copy(
        Plan,
        ["id", "organisation_id", "child_id", "status", "current_version"]
        + ["review_interval_days", "next_review_on", "created_at", "updated_at"],
        (
            (n + 1, child_org[cid], cid, "active", 3, 42)
            + (today + datetime.timedelta(days=(cid % 70) - 10), now, now)
            for n, cid in enumerate(plan_children)
        ),
    )
    loader.copy(
        PlanVersion,
        ["id", "organisation_id", "plan_id", "number", "content", "note", "saved_by_id"]
        + ["saved_at"],
        (
            (3 * n + v + 1, child_org[cid], n + 1, v + 1, content, "Updated after review")
            + (class_staff[child_class[cid]][0], now - datetime.timedelta(days=90 - 40 * v))
            for n, cid in enumerate(plan_children)
            for v in range(3)
        ),
    )
    goal_progress = json.dumps([{"goal": "Uses the calm corner when the bell rings", "rating": 3}])
    loader.copy(
        PlanReview,
        ["id", "organisation_id", "plan_id", "plan_version", "held_on", "attended"]
        + ["goal_progress", "what_changed", "child_views", "parent_views", "next_review_on"]
        + ["recorded_by_id", "recorded_at"],
        (
            (2 * n + r + 1, child_org[cid], n + 1, r + 1, today - datetime.timedelta(84 - 42 * r))
            + ("Class teacher, parent", goal_progress, "Calmer mornings", "Likes the corner")
            + ("Pleased", today + datetime.timedelta(days=42 * r))
            + (class_staff[child_class[cid]][0], now)
            for n, cid in enumerate(plan_children)
            for r in range(2)
        ),
    )

    # Five services per organisation; a referral for 10% of children.
    loader.copy(
        Service,
        ["id", "organisation_id", "guidance_id", "name", "offers", "groupings"]
        + ["how_to_refer", "contact", "website", "locality", "timescale_days", "is_active"],
        (
            (5 * o + s + 1, o + 1, "", f"{PLACES[s]} Family Service", "Family support")
            + (json.dumps([GROUPINGS[s]]), "Email the team", "team@service.example", "", "")
            + (20, True)
            for o in range(orgs)
            for s in range(5)
        ),
    )
    referred = [cid for cid in range(1, total_children + 1) if cid % 10 == 3]
    loader.copy(
        Referral,
        ["id", "organisation_id", "child_id", "service_id", "sent_on", "due_by", "by_id"]
        + ["by_name", "reason", "status", "outcome", "updated_at"],
        (
            (n + 1, child_org[cid], cid, 5 * (child_org[cid] - 1) + cid % 5 + 1)
            + (today - datetime.timedelta(days=30), today - datetime.timedelta(days=10))
            + (class_staff[child_class[cid]][0], "Class teacher", "Worries at home", "sent", "")
            + (now,)
            for n, cid in enumerate(referred)
        ),
    )
    decided = [cid for cid in range(1, total_children + 1) if cid % 10 in (1, 4, 7)]
    loader.copy(
        NeedDecision,
        ["id", "organisation_id", "child_id", "grouping", "rationale", "suggested_grouping"]
        + ["suggested_reasons", "decided_by_id", "decided_by_name", "decided_at"],
        (
            (2 * n + d + 1, child_org[cid], cid, GROUPINGS[(cid + d) % 5], "Agreed at review")
            + (GROUPINGS[(cid + d) % 5], "[]", class_staff[child_class[cid]][0], "Lead")
            + (now - datetime.timedelta(days=120 - 100 * d),)
            for n, cid in enumerate(decided)
            for d in range(2)
        ),
    )

    models = [OrganisationGroup, Organisation, User, Membership, Group, Child, KeyAdult]
    models += [Observation, ObservationChild, AuditEntry, Profile, Rating, Plan, PlanVersion]
    models += [PlanReview, Service, Referral, NeedDecision]
    loader.fix_sequences([m._meta.db_table for m in models])
    loader.fix_sequences(["children_group_staff", "children_child_groups"])
    return loader


def _profile_tail(now: datetime.datetime, n: int, by: int) -> tuple[Any, ...]:
    when = now - datetime.timedelta(days=200 - 150 * n)
    return (when.date(), "", when, by, when, by)


def add_devices() -> int:
    """A confirmed TOTP device for every staff member and lead (the benchmark users)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from harbour.accounts.models import Membership

    users = Membership.objects.filter(role__in=("staff", "lead")).values_list("user_id", flat=True)
    TOTPDevice.objects.bulk_create(
        [TOTPDevice(user_id=uid, name="bench", confirmed=True) for uid in users],
        batch_size=2_000,
    )
    return len(users)


def run(options: argparse.Namespace) -> int:
    orgs, children, per_child = SCALES[options.scale] if options.scale else (3, 150, 20)
    orgs = options.orgs or orgs
    children = options.children or children
    per_child = options.obs_per_child if options.obs_per_child is not None else per_child
    url = db_url(options.db)
    log(
        f"Building {options.db}: {orgs:,} organisations, {children:,} children, "
        f"{per_child} observations per child ({children * per_child:,} observations)"
    )
    began = time.perf_counter()
    recreate_database(options.db)
    setup_django(url)
    from django.core.management import call_command

    step = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("guidance", "load", verbosity=0)
    log(f"  migrate + guidance load   {time.perf_counter() - step:.1f} s")
    loader = build(orgs, children, per_child, seed=options.seed, audit=not options.no_audit)
    step = time.perf_counter()
    devices = add_devices()
    loader.conn.execute("SET session_replication_role = origin")
    loader.conn.commit()
    loader.conn.autocommit = True
    loader.conn.execute("VACUUM ANALYZE")
    analyse = time.perf_counter() - step
    size = loader.conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
    size_text = size.fetchone()[0]  # type: ignore[index]
    loader.conn.close()
    total = time.perf_counter() - began
    print(f"\nBuild of {options.db} ({orgs} orgs, {children} children, {per_child} obs/child)")
    print(f"{'table':<32} {'rows':>12} {'seconds':>9} {'rows/s':>11}")
    for table, (rows, seconds) in loader.timings.items():
        print(f"{table:<32} {rows:>12,} {seconds:>9.1f} {rows / max(seconds, 1e-9):>11,.0f}")
    print(f"TOTP devices for {devices} staff and leads; VACUUM ANALYZE {analyse:.1f} s")
    print(f"total build {total:.1f} s; database size {size_text}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default=None)
    parser.add_argument("--orgs", type=int)
    parser.add_argument("--children", type=int)
    parser.add_argument("--obs-per-child", type=int)
    parser.add_argument("--db", default="harbour_bench")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-audit", action="store_true", help="leave out observation audit")
    parser.add_argument("--drop", action="store_true", help="only drop the database")
    options = parser.parse_args(argv)
    if options.drop:
        drop_database(options.db)
        return 0
    return run(options)


if __name__ == "__main__":
    raise SystemExit(main())
