"""Where things happen: default settings per kind of organisation, plus each one's own.

A setting is stored on an observation by its slug, so renaming or hiding one never
rewrites history; hidden settings still label the observations that used them.
"""

from __future__ import annotations

from dataclasses import dataclass

from harbour.accounts.models import Organisation
from harbour.observations.models import ObservationSetting

DEFAULTS: dict[str, tuple[tuple[str, str], ...]] = {
    Organisation.Kind.SCHOOL: (
        ("classroom", "Classroom"),
        ("corridor", "Corridor"),
        ("playground", "Playground"),
        ("lunch", "Lunch"),
        ("transition", "Transition"),
        ("home-time", "Home time"),
        ("pe", "PE"),
        ("assembly", "Assembly"),
        ("breakfast-club", "Breakfast club"),
        ("school-trip", "School trip"),
    ),
    Organisation.Kind.CHILDRENS_HOME: (
        ("bedroom", "Bedroom"),
        ("mealtime", "Mealtime"),
        ("lounge", "Lounge"),
        ("contact-visit", "Contact visit"),
        ("school-run", "School run"),
        ("evening", "Evening"),
        ("bedtime", "Bedtime"),
        ("outing", "Outing"),
        ("online", "Online"),
    ),
    Organisation.Kind.OTHER: (
        ("group-room", "Group room"),
        ("outside", "Outside"),
        ("mealtime", "Mealtime"),
        ("transition", "Transition"),
        ("home-time", "Home time"),
        ("online", "Online"),
    ),
}

# How a setting reads in a pattern sentence, where "in the <setting>" would sound wrong.
PHRASES = {
    "home time": "at home time",
    "contact visit": "during contact visits",
    "evening": "in the evening",
    "outing": "on outings",
    "school trip": "on school trips",
    "breakfast club": "at breakfast club",
    "bedroom": "in their bedroom",
}


@dataclass(frozen=True)
class SettingOption:
    slug: str
    label: str
    is_hidden: bool
    is_default: bool


def settings_for(organisation: Organisation) -> list[SettingOption]:
    """Every setting of the organisation, hidden ones included, defaults first. One query."""
    rows = {
        row.slug: row for row in ObservationSetting.objects.filter(organisation_id=organisation.pk)
    }
    options: list[SettingOption] = []
    for slug, label in DEFAULTS.get(organisation.kind, DEFAULTS[Organisation.Kind.OTHER]):
        row = rows.pop(slug, None)
        options.append(
            SettingOption(slug, row.label if row else label, row.is_hidden if row else False, True)
        )
    for row in sorted(rows.values(), key=lambda r: r.label.lower()):
        options.append(SettingOption(row.slug, row.label, row.is_hidden, False))
    return options


def labels_for(organisation: Organisation) -> dict[str, str]:
    """slug -> label, for every setting the organisation has ever had."""
    return {option.slug: option.label for option in settings_for(organisation)}


def default_label(organisation: Organisation, slug: str) -> str | None:
    for default_slug, label in DEFAULTS.get(organisation.kind, DEFAULTS[Organisation.Kind.OTHER]):
        if default_slug == slug:
            return label
    return None
