"""The roles a person can hold in an organisation, and what each may see.

Kept in one place so the permission table, the navigation and the services agree.
"""

from __future__ import annotations

from django.db import models


class Role(models.TextChoices):
    LEAD = "lead", "Lead (head teacher / registered manager)"
    DESIGNATED = "designated", "Designated (DSL / designated key staff)"
    STAFF = "staff", "Staff (teacher, teaching assistant, carer)"
    PROFESSIONAL = "professional", "External professional"
    GOVERNOR = "governor", "Governor / trustee"
    PARENT = "parent", "Parent or carer"
    YOUNG_PERSON = "young_person", "Child or young person"


ALL_ROLES: frozenset[str] = frozenset(Role.values)
# Roles whose holders see an individual child's working record (observations, profile, plan).
CHILD_RECORD_ROLES: frozenset[str] = frozenset(
    {Role.LEAD, Role.DESIGNATED, Role.STAFF, Role.PROFESSIONAL}
)
# Roles that see child-protection records, protective and risk factors and ACEs.
SAFEGUARDING_ROLES: frozenset[str] = frozenset({Role.LEAD, Role.DESIGNATED})
# Roles that work in the setting (not parents, children, governors or visitors).
SETTING_STAFF_ROLES: frozenset[str] = frozenset({Role.LEAD, Role.DESIGNATED, Role.STAFF})
# A second factor is required of everyone except children and young people, who sign in
# on a kiosk started by an adult or with their own simple account.
MFA_EXEMPT_ROLES: frozenset[str] = frozenset({Role.YOUNG_PERSON})
