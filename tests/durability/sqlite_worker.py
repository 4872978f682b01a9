"""A separate process that writes to a SQLite file through Harbour's real settings.

    python sqlite_worker.py threads N M   N threads x M writes; prints a JSON summary
    python sqlite_worker.py loop          writes forever, printing each acknowledged id

The database is the file named by HARBOUR_SQLITE_PATH, opened with the connection options
in harbour/settings.py (WAL, synchronous=FULL, IMMEDIATE transactions, busy timeout).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "harbour.settings")
import django  # noqa: E402

django.setup()
from django.db import OperationalError, connection, transaction  # noqa: E402

TABLE = "CREATE TABLE IF NOT EXISTS durability_write (id INTEGER PRIMARY KEY, worker INTEGER, n INTEGER, body TEXT)"


def write(worker: int, n: int) -> int:
    with transaction.atomic(), connection.cursor() as cursor:
        # Read, then write, in one transaction: the pattern that deadlocks with DEFERRED.
        cursor.execute("SELECT COUNT(*) FROM durability_write WHERE worker = %s", [worker])
        cursor.execute(
            "INSERT INTO durability_write (worker, n, body) VALUES (%s, %s, %s)",
            [worker, n, "x" * 200],
        )
        return int(cursor.lastrowid)


def threads(count: int, writes: int) -> None:
    with connection.cursor() as cursor:
        cursor.execute(TABLE)
    connection.close()
    errors: list[str] = []

    def run(worker: int) -> None:
        try:
            for n in range(writes):
                try:
                    write(worker, n)
                except OperationalError as exc:
                    errors.append(str(exc))
        finally:
            connection.close()

    started = time.perf_counter()
    pool = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM durability_write")
        rows = cursor.fetchone()[0]
    print(
        json.dumps(
            {"errors": errors[:5], "error_count": len(errors), "rows": rows, "seconds": elapsed}
        )
    )


def loop() -> None:
    with connection.cursor() as cursor:
        cursor.execute(TABLE)
    n = 0
    while True:
        row_id = write(0, n)
        # Printed only after COMMIT returned: an acknowledged write.
        sys.stdout.write(f"{row_id}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    if sys.argv[1] == "threads":
        threads(int(sys.argv[2]), int(sys.argv[3]))
    else:
        loop()
