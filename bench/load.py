"""County-scale load run: p50/p95 per page at one-school and at county scale.

Run:  .venv/bin/python bench/load.py --build smoke      # build both databases, run, drop
      .venv/bin/python bench/load.py --build county     # by hand: 16 million observations
      .venv/bin/python bench/load.py                    # run on databases already built

For each scale (a one-school database and a county database, built by bench/county.py):
1. in process, with Django's test client, one request of each page while capturing its
   queries (count), then the same SQL statements replayed directly with psycopg in a
   transaction that is rolled back (the bare SQL time for the same rows);
2. Harbour under gunicorn (2 sync workers) on 127.0.0.1 with production settings
   (HARBOUR_HTTPS=0, a throwaway key), 20 signed-in staff (sessions made in the database,
   as after password + TOTP), and an asyncio httpx client: each user goes round the seven
   pages (caseload, child overview, chronology, plan, dashboard = their own home, the
   setting dashboard read with their setting's lead's session, quick log POST) with a
   short think time, for a bounded duration. Loopback only; the server is stopped after.

Prints a table per scale and the checks against the targets (issue 11); asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.county import ADMIN_URL, SCALES, db_url, drop_database  # noqa: E402

PAGES = [
    "caseload",
    "child",
    "chronology",
    "plan",
    "dashboard",
    "setting dashboard",
    "quick log POST",
]
# Read with the lead's session of the same setting; every other page with the staff member's.
LEAD_PAGES = {"setting dashboard"}
TARGET_P95_MS = 150.0
TARGET_RATIO = 1.5
TARGET_QUERIES = 20


def page_urls(child: int, plan_child: int) -> dict[str, str]:
    return {
        "caseload": "/children/",
        "child": f"/children/{child}/",
        "chronology": f"/observations/child/{child}/",
        "plan": f"/plans/children/{plan_child}/",
        "dashboard": "/home/",
        "setting dashboard": "/reports/",
        "quick log POST": "/observations/log/",
    }


def post_data(child: int) -> dict[str, str]:
    return {
        "children": str(child),
        "what_happened": "Found the bell hard and went to the calm corner (benchmark).",
        "setting": "classroom",
        "feelings": "anxiety",
        "intensity": "2",
        "how_responded": "I wonder if that felt loud. I'm here.",
        "outcome": "calmer",
    }


# --- In process: sessions, queries per page, bare SQL time ---------------------------------


def prepare(database: str, users: int) -> dict[str, Any]:
    from bench.county import setup_django

    setup_django(db_url(database))
    import psycopg
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from django_scopes import scopes_disabled

    from harbour.accounts.middleware import AUTH_AT_KEY, ORG_KEY
    from harbour.accounts.models import Membership
    from harbour.children.access import visible_children
    from harbour.plans.models import Plan

    def signed_in(membership: Membership) -> str:
        client = Client()
        client.force_login(membership.user)
        session = client.session
        device, _ = TOTPDevice.objects.get_or_create(
            user=membership.user, confirmed=True, defaults={"name": "bench"}
        )
        session["otp_device_id"] = device.persistent_id
        session[AUTH_AT_KEY] = timezone.now().timestamp()
        session[ORG_KEY] = membership.organisation_id
        session.save()
        return str(session.session_key)

    with scopes_disabled():
        staff = list(Membership.objects.filter(role="staff").select_related("user").order_by("id"))
        leads = {
            m.organisation_id: m
            for m in Membership.objects.filter(role="lead").select_related("user").order_by("-id")
        }
        step = max(1, len(staff) // users)
        chosen = [staff[(i * step) % len(staff)] for i in range(users)]
        sessions = []
        lead_cookies: dict[int, str] = {}
        for membership in chosen:
            cookie = signed_in(membership)
            org = membership.organisation_id
            if org not in lead_cookies:
                lead_cookies[org] = signed_in(leads[org])
            children = list(visible_children(membership).values_list("id", flat=True))
            planned = list(
                Plan.objects.filter(child_id__in=children).values_list("child_id", flat=True)
            )
            sessions.append(
                {
                    "cookie": cookie,
                    "lead_cookie": lead_cookies[org],
                    "children": children,
                    "planned": planned or children,
                }
            )

    first = sessions[0]
    client = Client()
    client.cookies["sessionid"] = first["cookie"]
    lead = Client()
    lead.cookies["sessionid"] = first["lead_cookie"]
    urls = page_urls(first["children"][0], first["planned"][0])

    def request(page: str) -> Any:
        if page == "quick log POST":
            return client.post(urls[page], post_data(first["children"][0]))
        return (lead if page in LEAD_PAGES else client).get(urls[page])

    queries: dict[str, int] = {}
    sql_ms: dict[str, float] = {}
    inproc_ms: dict[str, float] = {}
    with psycopg.connect(db_url(database)) as raw:
        for page in PAGES:
            request(page)  # warm caches (templates, guidance library)
            # Rolled back, so the replay below can insert the same rows again.
            with transaction.atomic(), CaptureQueriesContext(connection) as captured:
                response = request(page)
                transaction.set_rollback(True)
            expected = 302 if page == "quick log POST" else 200
            if response.status_code != expected:
                raise SystemExit(f"{page}: status {response.status_code} in process")
            statements = [q["sql"] for q in captured.captured_queries]
            queries[page] = len(statements)
            times = []
            for _ in range(7):
                begin = time.perf_counter()
                with raw.cursor() as cur:
                    for sql in statements:
                        cur.execute(sql.encode(), prepare=False)
                        if cur.description is not None:
                            cur.fetchall()
                raw.rollback()
                times.append((time.perf_counter() - begin) * 1000)
            sql_ms[page] = statistics.median(times)
            times = []
            for _ in range(7):
                begin = time.perf_counter()
                request(page)
                times.append((time.perf_counter() - begin) * 1000)
            inproc_ms[page] = statistics.median(times)
    return {"sessions": sessions, "queries": queries, "sql_ms": sql_ms, "inproc_ms": inproc_ms}


# --- Over HTTP: gunicorn and an asyncio client ---------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(database: str, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DATABASE_URL=db_url(database),
        HARBOUR_HTTPS="0",
        PYTHONPATH=str(ROOT),
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "--workers", "2", "--bind", f"127.0.0.1:{port}", "--timeout", "60"]
        + ["--log-level", "warning", "harbour.wsgi:application"],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit("gunicorn did not start") from None
            time.sleep(0.2)
    stop_server(server)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


async def one_user(
    n: int, base: str, session: dict[str, Any], deadline: float, think: float, out: list[Any]
) -> None:
    import httpx

    rng = random.Random(n)
    async with (
        httpx.AsyncClient(
            base_url=base, cookies={"sessionid": session["cookie"]}, timeout=30
        ) as client,
        httpx.AsyncClient(
            base_url=base, cookies={"sessionid": session["lead_cookie"]}, timeout=30
        ) as lead,
    ):
        form = await client.get("/observations/log/")
        match = TOKEN.search(form.text)
        token = match.group(1) if match else ""
        i = n
        while time.monotonic() < deadline:
            page = PAGES[i % len(PAGES)]
            i += 1
            child = rng.choice(session["children"])
            url = page_urls(child, rng.choice(session["planned"]))[page]
            begin = time.perf_counter()
            if page == "quick log POST":
                data = post_data(child) | {"csrfmiddlewaretoken": token}
                response = await client.post(url, data=data)
                ok = response.status_code == 302
            else:
                response = await (lead if page in LEAD_PAGES else client).get(url)
                ok = response.status_code == 200
            out.append((page, (time.perf_counter() - begin) * 1000, ok))
            await asyncio.sleep(rng.uniform(0, 2 * think))


async def load(port: int, sessions: list[dict[str, Any]], seconds: float, think: float) -> Any:
    out: list[Any] = []
    deadline = time.monotonic() + seconds
    base = f"http://127.0.0.1:{port}"
    await asyncio.gather(
        *(one_user(n, base, s, deadline, think, out) for n, s in enumerate(sessions))
    )
    return out


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run_scale(label: str, database: str, options: argparse.Namespace) -> dict[str, Any]:
    print(f"\n== {label}: database {database}", flush=True)
    prepared = subprocess.run(
        [sys.executable, __file__, "--prepare", database, "--users", str(options.users)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    info = json.loads(prepared.stdout.strip().splitlines()[-1])
    port = free_port()
    server = start_server(database, port)
    try:
        # Warm-up (not measured): each worker imports views and loads the guidance library.
        asyncio.run(load(port, info["sessions"], options.warmup, options.think))
        began = time.perf_counter()
        samples = asyncio.run(load(port, info["sessions"], options.duration, options.think))
        elapsed = time.perf_counter() - began
    finally:
        stop_server(server)
    rows = {}
    print(
        f"{len(samples):,} requests in {elapsed:.1f} s ({len(samples) / elapsed:.1f}/s), "
        f"{options.users} users, think time about {options.think * 1000:.0f} ms"
    )
    header = f"{'page':<16} {'n':>5} {'err':>4} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}"
    print(header + f" {'SQL ms':>8} {'page/SQL':>9} {'in-proc ms':>11}")
    for page in PAGES:
        times = [ms for p, ms, _ in samples if p == page]
        errors = sum(1 for p, _, ok in samples if p == page and not ok)
        p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
        sql = info["sql_ms"][page]
        rows[page] = {"p50": p50, "p95": p95, "queries": info["queries"][page], "sql": sql}
        print(
            f"{page:<16} {len(times):>5} {errors:>4} {p50:>8.1f} {p95:>8.1f} "
            f"{info['queries'][page]:>8} {sql:>8.1f} {p50 / max(sql, 1e-6):>9.1f} "
            f"{info['inproc_ms'][page]:>11.1f}"
        )
    return rows


def checks(school: dict[str, Any], county: dict[str, Any]) -> None:
    print("\n== Targets (issue 11), county against one school")
    print(f"{'page':<16} {'p95 ≤150':>10} {'ratio ≤1.5':>12} {'queries ≤20, same':>19}")
    failed = 0
    for page in PAGES:
        c, s = county[page], school[page]
        ratio = c["p95"] / max(s["p95"], 1e-6)
        p95_ok = c["p95"] <= TARGET_P95_MS
        ratio_ok = ratio <= TARGET_RATIO
        q_ok = c["queries"] <= TARGET_QUERIES and c["queries"] == s["queries"]
        failed += not (p95_ok and ratio_ok and q_ok)
        print(
            f"{page:<16} {c['p95']:>6.0f} {'PASS' if p95_ok else 'FAIL':<4}"
            f" {ratio:>6.2f} {'PASS' if ratio_ok else 'FAIL':<5}"
            f" {s['queries']:>3}/{c['queries']:<3} {'PASS' if q_ok else 'FAIL'}"
        )
    print(f"{len(PAGES) - failed} of {len(PAGES)} pages meet every target.")


def postgres_reachable() -> bool:
    import psycopg

    try:
        psycopg.connect(ADMIN_URL, connect_timeout=5).close()
    except Exception as exc:
        print(f"bench: PostgreSQL not reachable at {ADMIN_URL} ({exc}); skipped.")
        return False
    return True


def build(scale: str, county_db: str, school_db: str) -> None:
    orgs, children, per_child = SCALES[scale]
    county = [sys.executable, str(ROOT / "bench" / "county.py"), "--obs-per-child", str(per_child)]
    subprocess.run(
        county + ["--db", school_db, "--orgs", "1", "--children", str(children // orgs)],
        check=True,
    )
    subprocess.run(
        county + ["--db", county_db, "--orgs", str(orgs), "--children", str(children)],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", choices=sorted(SCALES), help="build both databases first")
    parser.add_argument("--keep", action="store_true", help="keep the databases after --build")
    parser.add_argument("--county-db", default="harbour_bench")
    parser.add_argument("--school-db", default="harbour_bench_school")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=None, help="seconds per scale")
    parser.add_argument("--warmup", type=float, default=5.0, help="unmeasured seconds first")
    parser.add_argument("--think", type=float, default=0.5, help="mean think time, seconds")
    parser.add_argument("--prepare", metavar="DB", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.prepare:
        print(json.dumps(prepare(options.prepare, options.users)))
        return 0
    if not postgres_reachable():
        return 0
    if options.duration is None:
        options.duration = 10.0 if options.build == "smoke" else 30.0
    try:
        if options.build:
            build(options.build, options.county_db, options.school_db)
        school = run_scale("one school", options.school_db, options)
        county = run_scale("county", options.county_db, options)
        checks(school, county)
    finally:
        if options.build and not options.keep:
            drop_database(options.county_db)
            drop_database(options.school_db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
