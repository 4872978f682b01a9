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
    # Audit trail
    "audit:list": LEAD_ONLY,
}
