"""Every write to profiles, factors and warning signs goes through these functions.

Each runs in one transaction and writes its audit entry in the same transaction. Values
that could reveal safeguarding detail (which factor, which sign, a note) never go into
the trail: only counts, statuses and dates.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from harbour.accounts.actors import saved_actor
from harbour.accounts.models import Organisation, User
from harbour.audit.services import audit_record
from harbour.children.models import Child
from harbour.guidance.library import load_library
from harbour.profiles import factors as factor_lists
from harbour.profiles.frameworks import Framework, current_version, load_framework
from harbour.profiles.models import FactorRecord, Profile, Rating, WarningSignRecord


class ProfileError(ValueError):
    """A write that the profile's state or framework does not allow."""


def _framework(profile: Profile) -> Framework:
    return load_framework(profile.framework_version)


def _check_ratings(
    framework: Framework, kind: str, ratings: Mapping[str, int | None]
) -> dict[str, int | None]:
    allowed = framework.domain_ids if kind == Profile.Kind.SCREEN else framework.skill_ids
    unknown = sorted(set(ratings) - allowed)
    if unknown:
        raise ProfileError(f"Not items of framework {framework.version}: {', '.join(unknown)}")
    clean: dict[str, int | None] = {}
    for item_id, value in ratings.items():
        if value is not None and value not in framework.values:
            raise ProfileError(f"{value!r} is not on the scale of framework {framework.version}")
        clean[item_id] = value
    return clean


def profile_create(
    *,
    child: Child,
    actor: User | None,
    kind: str = Profile.Kind.FULL,
    observed_on: datetime.date | None = None,
    framework_version: str | None = None,
    request: HttpRequest | None = None,
) -> Profile:
    """Start a draft profile with the newest framework (or the one named)."""
    version = framework_version or current_version()
    load_framework(version)  # refuse a version whose file is missing
    observed_on = observed_on or timezone.localdate()
    with transaction.atomic():
        profile = Profile.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            framework_version=version,
            kind=kind,
            age_stage=child.age_stage,
            observed_on=observed_on,
            created_by=saved_actor(actor),
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="profile.created",
            obj=profile,
            child_id=child.pk,
            changes={"kind": [None, kind], "version": [None, version]},
            request=request,
        )
    return profile


def profile_rate(
    *,
    profile: Profile,
    actor: User | None,
    ratings: Mapping[str, int | None],
    notes: str | None = None,
    request: HttpRequest | None = None,
) -> Profile:
    """Save ratings (item id -> scale value, None for not observed) on a draft."""
    if profile.is_complete:
        raise ProfileError("A completed profile cannot be changed; start a new one.")
    clean = _check_ratings(_framework(profile), profile.kind, ratings)
    with transaction.atomic():
        Rating.objects.filter(profile=profile, item_id__in=list(clean)).delete()
        Rating.objects.bulk_create(
            [
                Rating(
                    organisation_id=profile.organisation_id,
                    profile=profile,
                    item_id=item_id,
                    value=value,
                )
                for item_id, value in clean.items()
            ]
        )
        changes: dict[str, object] = {
            "rated": sum(v is not None for v in clean.values()),
            "not_observed": sum(v is None for v in clean.values()),
        }
        if notes is not None and notes != profile.notes:
            profile.notes = notes
            profile.save(update_fields=["notes"])
            changes["notes"] = "changed"
        audit_record(
            organisation=profile.organisation,
            actor=actor,
            action="profile.rated",
            obj=profile,
            child_id=profile.child_id,
            changes=changes,
            request=request,
        )
    return profile


def profile_complete(
    *, profile: Profile, actor: User | None, request: HttpRequest | None = None
) -> Profile:
    """Mark a draft complete; from then on it is a fixed record that later ones compare to."""
    if profile.is_complete:
        raise ProfileError("This profile is already complete.")
    if not Rating.objects.filter(profile=profile, value__isnull=False).exists():
        raise ProfileError("Rate at least one skill before finishing the profile.")
    with transaction.atomic():
        profile.status = Profile.Status.COMPLETE
        profile.completed_at = timezone.now()
        profile.completed_by = saved_actor(actor)
        profile.save(update_fields=["status", "completed_at", "completed_by"])
        audit_record(
            organisation=profile.organisation,
            actor=actor,
            action="profile.completed",
            obj=profile,
            child_id=profile.child_id,
            changes={"status": [Profile.Status.DRAFT, Profile.Status.COMPLETE]},
            request=request,
        )
    return profile


def profiles_screen_group(
    *,
    organisation: Organisation,
    actor: User | None,
    children: Iterable[Child],
    ratings: Mapping[int, Mapping[str, int | None]],
    observed_on: datetime.date | None = None,
    request: HttpRequest | None = None,
) -> list[Profile]:
    """A quick screen of a class: one complete screening profile per child with a rating.

    `ratings` maps a child's id to {domain id: value or None}. Children with nothing rated
    are skipped. All children or none are saved.
    """
    version = current_version()
    framework = load_framework(version)
    observed_on = observed_on or timezone.localdate()
    now = timezone.now()
    created: list[Profile] = []
    with transaction.atomic():
        for child in children:
            if child.organisation_id != organisation.pk:
                raise ProfileError("Every child screened must belong to the organisation.")
            clean = _check_ratings(framework, Profile.Kind.SCREEN, ratings.get(child.pk, {}))
            if not any(v is not None for v in clean.values()):
                continue
            profile = Profile.objects.create(
                organisation=organisation,
                child=child,
                framework_version=version,
                kind=Profile.Kind.SCREEN,
                status=Profile.Status.COMPLETE,
                age_stage=child.age_stage,
                observed_on=observed_on,
                created_by=saved_actor(actor),
                completed_at=now,
                completed_by=saved_actor(actor),
            )
            Rating.objects.bulk_create(
                [
                    Rating(organisation=organisation, profile=profile, item_id=k, value=v)
                    for k, v in clean.items()
                ]
            )
            audit_record(
                organisation=organisation,
                actor=actor,
                action="profile.screened",
                obj=profile,
                child_id=child.pk,
                changes={"rated": sum(v is not None for v in clean.values())},
                request=request,
            )
            created.append(profile)
    return created


def factors_update(
    *,
    child: Child,
    actor: User | None,
    present: Iterable[str],
    request: HttpRequest | None = None,
) -> int:
    """Set the child's factor checklist to exactly `present` (guidance item ids).

    Returns how many factors changed. A factor switched off is kept with present=False.
    The trail records counts only, never which factors.
    """
    kinds = factor_lists.factor_kinds(load_library())
    wanted = set(present)
    unknown = sorted(wanted - set(kinds))
    if unknown:
        raise ProfileError(f"Not factors in the guidance: {', '.join(unknown)}")
    today, now = timezone.localdate(), timezone.now()
    by_actor = saved_actor(actor)
    with transaction.atomic():
        existing = {r.item_id: r for r in FactorRecord.objects.filter(child=child)}
        added = removed = 0
        for item_id, kind in kinds.items():
            record = existing.get(item_id)
            on = item_id in wanted
            if record is None and on:
                FactorRecord.objects.create(
                    organisation_id=child.organisation_id,
                    child=child,
                    item_id=item_id,
                    kind=kind,
                    present=True,
                    noted_on=today,
                    updated_at=now,
                    updated_by=by_actor,
                )
                added += 1
            elif record is not None and record.present != on:
                record.present = on
                if on:
                    record.noted_on = today
                record.updated_at, record.updated_by = now, by_actor
                record.save(update_fields=["present", "noted_on", "updated_at", "updated_by"])
                added, removed = added + int(on), removed + int(not on)
        if added or removed:
            audit_record(
                organisation=child.organisation,
                actor=actor,
                action="child.factors.updated",
                child_id=child.pk,
                changes={"added": added, "removed": removed},
                request=request,
            )
    return added + removed


def warning_sign_record(
    *,
    child: Child,
    actor: User | None,
    sign_id: str,
    observed_on: datetime.date,
    note: str = "",
    request: HttpRequest | None = None,
) -> WarningSignRecord:
    known = {item.id for item in factor_lists.warning_signs(load_library())}
    if sign_id not in known:
        raise ProfileError(f"{sign_id!r} is not a warning sign in the guidance.")
    if observed_on > timezone.localdate():
        raise ProfileError("A warning sign cannot be recorded for a future date.")
    with transaction.atomic():
        record = WarningSignRecord.objects.create(
            organisation_id=child.organisation_id,
            child=child,
            sign_id=sign_id,
            observed_on=observed_on,
            note=note,
            recorded_by=saved_actor(actor),
        )
        audit_record(
            organisation=child.organisation,
            actor=actor,
            action="child.warning_sign.recorded",
            obj=record,
            child_id=child.pk,
            changes={"observed_on": str(observed_on)},
            request=request,
        )
    return record


def warning_sign_resolve(
    *,
    record: WarningSignRecord,
    actor: User | None,
    resolved_on: datetime.date,
    request: HttpRequest | None = None,
) -> WarningSignRecord:
    """Note the date a warning sign eased; the record itself stays in the history."""
    if resolved_on < record.observed_on:
        raise ProfileError("A sign cannot ease before the date it was first seen.")
    with transaction.atomic():
        record.resolved_on = resolved_on
        record.save(update_fields=["resolved_on"])
        audit_record(
            organisation=record.organisation,
            actor=actor,
            action="child.warning_sign.resolved",
            obj=record,
            child_id=record.child_id,
            changes={"resolved_on": str(resolved_on)},
            request=request,
        )
    return record
