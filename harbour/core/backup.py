"""Backup and restore for operators (`harbour backup PATH`, `harbour restore PATH`).

SQLite: the online backup API copies a consistent snapshot while Harbour keeps running, and
restoring copies it back in one step, so a failed restore leaves the database as it was.

PostgreSQL (or any other engine): every row of every app as JSON, written by Django's
serialisers, so it needs no database client programs on the machine. Timestamps keep their
microseconds (Django's own JSON encoder would cut them to milliseconds). Restoring is plain
INSERTs in one transaction: the append-only audit trail loads like any other table, and a
failure leaves nothing half-written.
"""

from __future__ import annotations

import datetime
import decimal
import json
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Model
from django_scopes import scopes_disabled

FORMAT = "harbour-backup"
VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
# Made again by `migrate`, or not worth keeping: never in a backup, never compared.
SKIPPED = {"contenttypes.contenttype", "auth.permission", "sessions.session"}


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why, for an operator."""


def backed_up_models() -> list[type[Model]]:
    models = [
        m
        # Many-to-many link tables are kept as tables of their own, ids and all.
        for m in apps.get_models(include_auto_created=True)
        if m._meta.label_lower not in SKIPPED and not m._meta.proxy and m._meta.managed
    ]
    app_list = {}
    for model in models:
        app_list.setdefault(model._meta.app_config, []).append(model)
    return serializers.sort_dependencies(app_list.items(), allow_cycles=True)


def _connection(alias: str = DEFAULT_DB_ALIAS) -> Any:
    return connections[alias]


# --- backup --------------------------------------------------------------------------------


def backup(path: Path, *, alias: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Write a backup to `path` (atomically: a temporary file renamed at the end)."""
    connection = _connection(alias)
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if connection.vendor == "sqlite":
            counts = _backup_sqlite(connection, partial)
        else:
            counts = _backup_json(alias, partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return counts


def _backup_sqlite(connection: Any, target: Path) -> dict[str, int]:
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
        # One self-contained file: no -wal beside it.
        destination.execute("PRAGMA journal_mode=DELETE")
        _check_sqlite_file(destination)
        counts = _sqlite_counts(destination)
    finally:
        destination.close()
    return counts


class _Encoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, datetime.datetime | datetime.date | datetime.time):
            return o.isoformat()
        if isinstance(o, datetime.timedelta):
            return o.total_seconds()
        if isinstance(o, decimal.Decimal | uuid.UUID):
            return str(o)
        if isinstance(o, bytes | memoryview):
            return bytes(o).hex()
        return super().default(o)


def _backup_json(alias: str, target: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with scopes_disabled(), transaction.atomic(using=alias), target.open("w") as out:
        if _connection(alias).vendor == "postgresql":
            # One consistent snapshot of every table, while writers carry on.
            with _connection(alias).cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        out.write(json.dumps({"format": FORMAT, "version": VERSION})[:-1] + ', "tables": {\n')
        for i, model in enumerate(backed_up_models()):
            rows = serializers.serialize(
                "python",
                model._base_manager.using(alias).order_by("pk").iterator(chunk_size=2000),
                use_natural_foreign_keys=True,
            )
            links = {f.name for f in model._meta.local_many_to_many}
            for row in rows:
                for name in links:
                    row["fields"].pop(name, None)
            counts[model._meta.db_table] = len(rows)
            sep = "," if i else ""
            out.write(
                f"{sep}{json.dumps(model._meta.label_lower)}: {json.dumps(rows, cls=_Encoder)}\n"
            )
        out.write("}}\n")
    return counts


# --- restore -------------------------------------------------------------------------------


def restore(path: Path, *, force: bool = False, alias: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"No backup file at {path}.")
    with path.open("rb") as f:
        head = f.read(len(SQLITE_MAGIC))
    connection = _connection(alias)
    if head == SQLITE_MAGIC:
        if connection.vendor != "sqlite":
            raise BackupError(
                "This is a SQLite backup; it can only be restored into a SQLite database."
            )
        return _restore_sqlite(connection, path, force=force)
    if head[:1] == b"{":
        return _restore_json(alias, path, force=force)
    raise BackupError(f"{path} is not a Harbour backup (neither a SQLite file nor Harbour JSON).")


def _check_sqlite_file(db: sqlite3.Connection) -> None:
    try:
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The backup file is damaged: {exc}.") from exc
    if result != "ok":
        raise BackupError(f"The backup file is damaged: integrity check says {result!r}.")
    if not {"django_migrations", "accounts_user", "audit_auditentry"} <= tables:
        raise BackupError("The file is a SQLite database, but not a Harbour backup.")


def _sqlite_counts(db: sqlite3.Connection) -> dict[str, int]:
    counts = {}
    for model in backed_up_models():
        table = model._meta.db_table
        try:
            counts[table] = db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]  # noqa: S608 (table names from Django's models)
        except sqlite3.OperationalError:
            counts[table] = 0
    return counts


def _restore_sqlite(connection: Any, path: Path, *, force: bool) -> dict[str, int]:
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        _check_sqlite_file(source)
        if not force and _has_data(connection.alias):
            raise BackupError("The database already holds data; use --force to replace it.")
        connection.close()
        connection.ensure_connection()
        # One step (pages=-1): the target changes all at once or not at all.
        source.backup(connection.connection)
        connection.close()
        return _sqlite_counts(source)
    finally:
        source.close()


def _has_data(alias: str) -> bool:
    with scopes_disabled():
        for model in backed_up_models():
            if model._meta.label_lower.startswith("axes."):
                continue
            try:
                if model._base_manager.using(alias).exists():
                    return True
            except Exception:  # noqa: BLE001 (a table missing before migrate is empty)
                return False
    return False


def _read_json(path: Path) -> dict[str, list[dict[str, Any]]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError(f"The backup file is damaged or cut short: {exc}.") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError(f"{path} is JSON, but not a Harbour backup.")
    if document.get("version") != VERSION:
        raise BackupError(f"Backup format version {document.get('version')} is not supported.")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise BackupError("The backup file has no tables.")
    return tables


def _restore_json(alias: str, path: Path, *, force: bool) -> dict[str, int]:
    tables = _read_json(path)
    models = {m._meta.label_lower: m for m in backed_up_models()}
    unknown = set(tables) - set(models)
    if unknown:
        raise BackupError(f"The backup has tables this Harbour does not know: {sorted(unknown)}.")
    counts: dict[str, int] = {}
    connection = _connection(alias)
    with scopes_disabled(), transaction.atomic(using=alias):
        if _has_data(alias):
            if not force:
                raise BackupError("The database already holds data; use --force to replace it.")
            _empty(alias)
        for label, rows in tables.items():
            model = models[label]
            try:
                objects = list(serializers.deserialize("python", rows, using=alias))
            except serializers.base.DeserializationError as exc:
                raise BackupError(f"The backup's {label} rows are damaged: {exc}") from exc
            for o in objects:
                # A raw save, as loaddata does: values exactly as stored (auto_now fields
                # and the like are not stamped afresh), many-to-many links included.
                o.save(using=alias)
            counts[model._meta.db_table] = len(objects)
        statements = connection.ops.sequence_reset_sql(no_style(), list(models.values()))
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
    return counts


def _empty(alias: str) -> None:
    connection = _connection(alias)
    tables = [m._meta.db_table for m in backed_up_models()]
    if connection.vendor != "postgresql":
        raise BackupError("--force over existing data is supported on PostgreSQL only.")
    with connection.cursor() as cursor:
        # TRUNCATE, not DELETE: an operator's explicit, whole-database replacement. The
        # audit trail's triggers refuse row-by-row UPDATE and DELETE, which this is not.
        cursor.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in sorted(set(tables))) + " CASCADE")
