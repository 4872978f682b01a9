"""The protective and risk factor checklists, built from the guidance's own lists.

Pure Python. Which guidance list feeds which checklist, and what kind of factor each is;
the items themselves (titles, wording) stay in the guidance content.
"""

from __future__ import annotations

from dataclasses import dataclass

from harbour.guidance.library import Item, Library


@dataclass(frozen=True)
class FactorSection:
    key: str
    kind: str  # protective | risk | ace (FactorRecord.Kind)
    title: str
    lists: tuple[str, ...]  # guidance list keys


FACTOR_SECTIONS: tuple[FactorSection, ...] = (
    FactorSection(
        "protective-individual",
        "protective",
        "Protective: the child",
        ("factors.protective-individual",),
    ),
    FactorSection(
        "protective-family", "protective", "Protective: family", ("factors.protective-family",)
    ),
    FactorSection(
        "protective-community",
        "protective",
        "Protective: community",
        ("factors.protective-community",),
    ),
    FactorSection(
        "risk", "risk", "Risk factors and adversity", ("factors.compromising", "factors.adversity")
    ),
    FactorSection("ace", "ace", "Adverse childhood experiences (ACEs)", ("factors.aces",)),
)
WARNING_SIGNS_LIST = "factors.warning-signs"


def section_items(section: FactorSection, library: Library) -> tuple[Item, ...]:
    return tuple(item for key in section.lists for item in library.list_items(key))


def factor_kinds(library: Library) -> dict[str, str]:
    """Every checklist item id -> its kind."""
    return {
        item.id: section.kind
        for section in FACTOR_SECTIONS
        for item in section_items(section, library)
    }


def warning_signs(library: Library) -> tuple[Item, ...]:
    return library.list_items(WARNING_SIGNS_LIST)
