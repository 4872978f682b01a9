"""Who may reach each page: one declared table for every URL in Harbour.

The access middleware enforces it before any view runs, and fails closed: a URL name that is
not in this table answers 403 to everyone (and a test fails). Object-level checks (is this
child one of yours?) happen in the views through `harbour.children.access`, and answer 404.

Values are either one of the markers below or a set of roles.
"""

from __future__ import annotations

from harbour.accounts.roles import ALL_ROLES, CHILD_RECORD_ROLES, Role

PUBLIC = "public"  # anyone, signed in or not
SIGNED_IN = "signed-in"  # signed in with a password; the second factor may still be pending
VERIFIED = "verified"  # signed in with both factors; any membership (or none)

LEAD_ONLY = frozenset({Role.LEAD})
SAFEGUARDING = frozenset({Role.LEAD, Role.DESIGNATED})
SETTING_STAFF = frozenset({Role.LEAD, Role.DESIGNATED, Role.STAFF})
ADULTS = ALL_ROLES - {Role.YOUNG_PERSON}

URL_ACCESS: dict[str, str | frozenset[str]] = {
    # Public pages
    "core:landing": PUBLIC,
    "core:healthz": PUBLIC,
    "accounts:login": PUBLIC,
    "accounts:password_reset": PUBLIC,
    "accounts:password_reset_done": PUBLIC,
    "accounts:password_reset_confirm": PUBLIC,
    "accounts:password_reset_complete": PUBLIC,
    # Signing in
    "accounts:logout": SIGNED_IN,
    "accounts:mfa_setup": SIGNED_IN,
    "accounts:mfa_verify": SIGNED_IN,
    "accounts:switch": VERIFIED,
    "accounts:no_membership": VERIFIED,
    # Everyone with a role
    "core:home": ALL_ROLES,
    # Children
    "children:list": CHILD_RECORD_ROLES,
    "children:detail": CHILD_RECORD_ROLES,
    "children:create": SETTING_STAFF - {Role.STAFF},
    "children:import": SETTING_STAFF - {Role.STAFF},
    "children:import_apply": SETTING_STAFF - {Role.STAFF},
    "children:import_sample": SETTING_STAFF - {Role.STAFF},
    "children:edit": SETTING_STAFF,
    "children:groups": SAFEGUARDING,
    "children:group_create": SAFEGUARDING,
    "children:group_edit": SAFEGUARDING,
    "children:key_adults": SAFEGUARDING,
    "children:key_adult_remove": SAFEGUARDING,
    "children:shares": SAFEGUARDING,
    # Guidance library and the PACE coach: every adult
    "guidance:index": ADULTS,
    "guidance:search": ADULTS,
    "guidance:situation": ADULTS,
    "guidance:item": ADULTS,
    "guidance:list": ADULTS,
    "guidance:interventions": ADULTS,
    "guidance:intervention": ADULTS,
    "guidance:intervention_create": LEAD_ONLY,
    "guidance:intervention_feedback": SETTING_STAFF | {Role.PROFESSIONAL},
    "guidance:intervention_trained": SETTING_STAFF | {Role.PROFESSIONAL},
    "coach:check": ADULTS,
    "coach:practice": ADULTS,
    "coach:scenario": ADULTS,
    "coach:reflect": ADULTS,
    # Observations: staff who see the child log; professionals read what is shared with them.
    # Object checks (harbour.observations.access) answer 404 outside the reader's children.
    "observations:log": SETTING_STAFF,
    "observations:detail": CHILD_RECORD_ROLES,
    "observations:edit": SETTING_STAFF,
    "observations:delete": SETTING_STAFF,
    "observations:restore": LEAD_ONLY,
    "observations:deleted": LEAD_ONLY,
    "observations:settings": LEAD_ONLY,
    "observations:chronology": CHILD_RECORD_ROLES,
    "observations:insights": CHILD_RECORD_ROLES,
    # Notifications (never carry content): every adult
    "notifications:list": ADULTS,
    "notifications:read_all": ADULTS,
    # Skills profiles: staff who see the child rate; professionals read shared children's.
    # Factors, ACEs and warning signs are safeguarding data: designated staff and lead only.
    "profiles:child": CHILD_RECORD_ROLES,
    "profiles:detail": CHILD_RECORD_ROLES,
    "profiles:compare": CHILD_RECORD_ROLES,
    "profiles:print": CHILD_RECORD_ROLES,
    "profiles:create": SETTING_STAFF,
    "profiles:edit": SETTING_STAFF,
    "profiles:groups": SETTING_STAFF,
    "profiles:group": SETTING_STAFF,
    "profiles:group_screen": SETTING_STAFF,
    "profiles:factors": SAFEGUARDING,
    "profiles:warning_signs": SAFEGUARDING,
    # Audit trail
    "audit:list": LEAD_ONLY,
}
