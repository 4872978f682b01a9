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
# Authenticated by the API layer with a bearer token, never by the session (harbour.api).
API = "api-token"

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
    # Support plans: staff who see the child write and review; professionals read shared
    # children's plans; a parent sees only the plain summary (and help sheet) of their own child.
    "plans:plan": CHILD_RECORD_ROLES,
    "plans:edit": SETTING_STAFF,
    "plans:review": SETTING_STAFF,
    "plans:summary": SETTING_STAFF | {Role.PARENT},
    "plans:pdf_plan": CHILD_RECORD_ROLES,
    "plans:pdf_one_page": CHILD_RECORD_ROLES,
    "plans:pdf_parents": SETTING_STAFF | {Role.PARENT},
    # Safeguarding: every adult who works with children can raise a concern in under a
    # minute (professionals too: KCSIE asks everyone to share a worry) and see its status;
    # only designated staff and the lead read concerns and child-protection files.
    "safeguarding:raise": SETTING_STAFF | {Role.PROFESSIONAL},
    "safeguarding:mine": SETTING_STAFF | {Role.PROFESSIONAL},
    "safeguarding:list": SAFEGUARDING,
    "safeguarding:concern": SAFEGUARDING,
    "safeguarding:concern_action": SAFEGUARDING,
    "safeguarding:concern_close": SAFEGUARDING,
    "safeguarding:cp_file": SAFEGUARDING,
    "safeguarding:cp_print": SAFEGUARDING,
    "safeguarding:cp_pdf": SAFEGUARDING,
    "safeguarding:export": SAFEGUARDING,
    "safeguarding:confirm_outside": SAFEGUARDING,
    "safeguarding:import": SAFEGUARDING,
    "safeguarding:confirm": SAFEGUARDING,
    "safeguarding:closures": SAFEGUARDING,  # closure days: deadlines in school days skip them
    # Retention reviews, legal holds and destruction of CP files (harbour.safeguarding.retention)
    "safeguarding:retention": SAFEGUARDING,
    "safeguarding:retention_child": SAFEGUARDING,
    "safeguarding:retention_review": SAFEGUARDING,
    "safeguarding:retention_hold": SAFEGUARDING,
    "safeguarding:retention_lift": SAFEGUARDING,
    "safeguarding:retention_destroy": SAFEGUARDING,
    # Level of support (I-THRIVE): staff see the current level; designated staff and the
    # lead see the suggestion and its reasons, decide, and refer. The directory is for all
    # adults who work with children.
    "pathways:need": SETTING_STAFF,
    "pathways:referral_create": SAFEGUARDING,
    "pathways:directory": SETTING_STAFF | {Role.PROFESSIONAL},
    "pathways:service_create": SAFEGUARDING,
    "pathways:service_edit": SAFEGUARDING,
    "pathways:referrals": SAFEGUARDING,
    "pathways:referral": SAFEGUARDING,
    # Audit trail
    "audit:list": LEAD_ONLY,
    # JSON API: the token decides the organisation and scopes (harbour.api.endpoints)
    "api:tokens": LEAD_ONLY,
    "apiv1:openapi-json": PUBLIC,
    "apiv1:children": API,
    "apiv1:child": API,
    "apiv1:child_observations": API,
    "apiv1:child_profiles": API,
    "apiv1:child_plan": API,
    "apiv1:child_plan_reviews": API,
    "apiv1:referrals": API,
    "apiv1:aggregates_children": API,
    "apiv1:api-root": API,
    # Children's and parents' voices (harbour.voices). A kiosk is started by an adult on a
    # class tablet; while it runs only KIOSK_ALLOWED answers (see harbour.voices.kiosk).
    "voices:kiosk_start": SETTING_STAFF,
    "voices:kiosk_names": SETTING_STAFF,
    "voices:kiosk_checkin": SETTING_STAFF,
    "voices:kiosk_thanks": SETTING_STAFF,
    "voices:kiosk_end": SETTING_STAFF,
    "voices:kiosk_idle": SETTING_STAFF,
    "voices:kiosk_still_here": SETTING_STAFF,
    "voices:me": frozenset({Role.YOUNG_PERSON}),
    "voices:my_words": frozenset({Role.YOUNG_PERSON}),
    "voices:child_checkins": CHILD_RECORD_ROLES,
    "voices:invite": SETTING_STAFF,
    "voices:accept": PUBLIC,
    "voices:parent_child": frozenset({Role.PARENT}),
    "voices:parent_views": frozenset({Role.PARENT}),
    # Staff development (harbour.staff). Wellbeing is private: each person sees their own;
    # the lead sees weekly figures with small numbers suppressed.
    "staff:training": SETTING_STAFF,
    "staff:coverage": frozenset({Role.LEAD, Role.GOVERNOR}),
    "staff:coverage_csv": frozenset({Role.LEAD, Role.GOVERNOR}),
    "staff:reflective": SETTING_STAFF,
    "staff:wellbeing": SETTING_STAFF,
    "staff:wellbeing_summary": LEAD_ONLY,
    "staff:wellbeing_summary_csv": LEAD_ONLY,
    # Whole-setting reports (harbour.reports). The dashboard's figures open onto the
    # children behind them, so it is for designated staff and the lead; governors see the
    # same figures with no names and small numbers suppressed.
    "reports:dashboard": SAFEGUARDING,
    "reports:dashboard_csv": SAFEGUARDING,
    "reports:children": SAFEGUARDING,
    "reports:governors": frozenset({Role.LEAD, Role.GOVERNOR}),
    "reports:governors_pdf": frozenset({Role.LEAD, Role.GOVERNOR}),
    "reports:governors_csv": frozenset({Role.LEAD, Role.GOVERNOR}),
    "reports:export_la": LEAD_ONLY,
    # A trust's or local authority's figures across its settings: for a group viewer, who
    # holds no organisation role. The view checks the GroupViewer and answers 404 otherwise.
    "reports:group": VERIFIED,
    "reports:group_export": VERIFIED,
    # Outcomes are averages over at least 5 children, never names.
    "reports:outcome_intervention": SETTING_STAFF | {Role.GOVERNOR},
    "reports:outcome_strategy": SETTING_STAFF | {Role.GOVERNOR},
    "reports:outcome_intervention_csv": SETTING_STAFF | {Role.GOVERNOR},
    "reports:outcome_strategy_csv": SETTING_STAFF | {Role.GOVERNOR},
}

# The only pages a running kiosk answers; every other URL sends it back to the names.
KIOSK_ALLOWED: frozenset[str] = frozenset(
    {
        "voices:kiosk_names",
        "voices:kiosk_checkin",
        "voices:kiosk_thanks",
        "voices:kiosk_end",
        "voices:kiosk_idle",
        "voices:kiosk_still_here",
    }
)
