"""Suggest an I-THRIVE grouping from the evidence held about a child.

The five groupings, in order of how much support they mean here:

0. ``thriving``: the universal offer, nothing extra needed now
1. ``getting-advice``: getting advice and signposting
2. ``getting-help``: focused, goals-based help (in school or early help)
3. ``getting-more-help``: more extensive, specialist help (for example CAMHS)
4. ``getting-risk-support``: risk support across agencies (safeguarding)

I-THRIVE does not rank risk support "above" more help (a child can need both);
it comes last here because risk evidence must never be out-voted by anything
else, and a single order keeps the rule "never suggest less than the evidence
supports" simple to state and to test.

How the suggestion is made: each rule below looks at one kind of evidence and,
when it applies, sets a *floor*. The suggestion is the highest floor. Nothing
can pull a floor down, so adding evidence of need never lowers the suggestion,
and evidence that is missing (no profile yet, ACEs not recorded) simply sets
no floor: the suggestion then rests on the rest, and the reasons say so.

====  ==================================================================  ===================
rule  evidence                                                            at least
====  ==================================================================  ===================
R1    a risk to the child's own safety is flagged                         getting-risk-support
R2    a risk of harm to others is flagged                                 getting-risk-support
R3    a safeguarding concern is open (flag, or an open concern counted)   getting-risk-support
P1    1 or more skill areas less developed in the latest profile          getting-advice
P2    3 or more areas, or at least 40 % of the areas assessed             getting-help
W1    1 or more warning signs ticked                                      getting-advice
W2    3 or more warning signs ticked                                      getting-help
A1    1 or more adverse childhood experiences (ACEs) recorded             getting-advice
A2    3 or more ACEs (the toolkit's threshold for much higher risk)       getting-help
F1    1 or more risk factors present (bullying, exam pressure, ...)       getting-advice
F2    3 or more risk factors present                                      getting-help
O1    6 or more difficult moments in the last 6 weeks (about 1 a week)    getting-advice
O2    12 or more difficult moments in the last 6 weeks (about 2 a week)   getting-help
O3    6 or more, and at least twice as many as in the 6 weeks before      getting-help
O4    12 or more, with an average intensity of 4 or more out of 5         getting-more-help
C1    3 or more of these areas at the getting-help level: profile (P2),   getting-more-help
      warning signs (W2), adversity (A2 or F2), moments (O2 or O3)
G1    a current grouping is recorded: step down at most one level at a    one below current
      time, so a change of support is reviewed before it is reduced
====  ==================================================================  ===================

The thresholds are a transparent starting point for the team's judgement, not
a validated instrument, and they live in this table so they can be reviewed.
The suggestion never decides anything: the key adult and the designated
safeguarding lead decide, with the child and family.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

GROUPINGS: tuple[str, ...] = (
    "thriving",
    "getting-advice",
    "getting-help",
    "getting-more-help",
    "getting-risk-support",
)
LABELS: Mapping[str, str] = {
    "thriving": "Thriving",
    "getting-advice": "Getting advice and signposting",
    "getting-help": "Getting help",
    "getting-more-help": "Getting more help",
    "getting-risk-support": "Getting risk support",
}
THRIVING, ADVICE, HELP, MORE_HELP, RISK = range(5)

LESS_DEVELOPED_BELOW = 0.5  # a domain score under this counts as less developed
PROFILE_HELP_COUNT = 3
PROFILE_HELP_SHARE = 0.4
WARNING_HELP = 3
ACES_HELP = 3
RISK_FACTORS_HELP = 3
MOMENTS_ADVICE = 6
MOMENTS_HELP = 12
RISING_FACTOR = 2
INTENSE_MEAN = 4.0
AREAS_FOR_MORE_HELP = 3

DISCLAIMER = (
    "This is a suggestion to support your professional judgement, worked out from what is "
    "recorded. The key adult and the designated safeguarding lead decide, with the child "
    "and their family."
)


@dataclass(frozen=True)
class NeedEvidence:
    """What is recorded about one child. ``None`` means "not recorded", never "none"."""

    domain_scores: Mapping[str, float | None] | None = None  # latest profile; None = no profile
    less_developed: int | None = None  # from profile scoring; None = count scores below 0.5
    warning_signs: Sequence[str] = ()
    aces: int | None = None
    risk_factors: Sequence[str] = ()
    difficult_recent: int = 0  # difficult moments in the last 6 weeks
    intensity_recent: float | None = None  # their mean intensity, 1-5
    difficult_previous: int | None = None  # in the 6 weeks before that; None = no record
    intensity_previous: float | None = None
    open_safeguarding_concerns: int = 0
    risk_to_self: bool = False
    risk_to_others: bool = False
    safeguarding_open: bool = False
    current_grouping: str | None = None

    def __post_init__(self) -> None:
        if self.current_grouping is not None and self.current_grouping not in GROUPINGS:
            raise ValueError(f"Unknown grouping {self.current_grouping!r}.")
        counts = (self.difficult_recent, self.open_safeguarding_concerns, self.aces or 0)
        if min(counts) < 0 or (self.difficult_previous or 0) < 0:
            raise ValueError("Counts cannot be negative.")


@dataclass(frozen=True)
class Suggestion:
    grouping: str
    label: str
    reasons: list[str]  # plain sentences with the numbers, the deciding ones first
    rule_ids: list[str]  # rules that set a floor, in the order of the table
    change: str | None = None  # "up", "down", "same" against the current grouping
    disclaimer: str = field(default=DISCLAIMER)


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _listing(items: Sequence[str]) -> str:
    return "; ".join(items)


def suggest_grouping(evidence: NeedEvidence) -> Suggestion:
    """The lowest grouping that every piece of evidence allows, with its reasons."""
    # Each finding: (level it supports, rule ids, sentence). Level THRIVING = no floor.
    findings: list[tuple[int, list[str], str]] = []
    help_areas: list[str] = []

    # Risk and safeguarding.
    if evidence.risk_to_self:
        findings.append((RISK, ["R1"], "A risk to the child's own safety is flagged."))
    if evidence.risk_to_others:
        findings.append((RISK, ["R2"], "A risk of harm to others is flagged."))
    concerns = evidence.open_safeguarding_concerns
    if evidence.safeguarding_open or concerns:
        text = (
            f"{_plural(concerns, 'safeguarding concern')} {'is' if concerns == 1 else 'are'} open."
            if concerns
            else "A safeguarding concern is open."
        )
        findings.append((RISK, ["R3"], text))

    # Profile.
    if evidence.domain_scores is None:
        findings.append((THRIVING, [], "No profile yet, so skill areas are not part of this."))
    else:
        assessed = [s for s in evidence.domain_scores.values() if s is not None]
        less = evidence.less_developed
        if less is None:
            less = sum(1 for score in assessed if score < LESS_DEVELOPED_BELOW)
        total = max(len(assessed), less)
        if total == 0:
            text = "The latest profile has no skill areas scored yet."
        elif less == 0:
            text = f"None of the {total} skill areas are less developed in the latest profile."
        else:
            verb = "is" if less == 1 else "are"
            text = f"{less} of {total} skill areas {verb} less developed in the latest profile."
        if less >= PROFILE_HELP_COUNT or (total and less / total >= PROFILE_HELP_SHARE):
            findings.append((HELP, ["P2"], text))
            help_areas.append("profile")
        elif less >= 1:
            findings.append((ADVICE, ["P1"], text))
        else:
            findings.append((THRIVING, [], text))

    # Warning signs.
    signs = list(evidence.warning_signs)
    if signs:
        verb = "is" if len(signs) == 1 else "are"
        text = f"{_plural(len(signs), 'warning sign')} {verb} ticked: {_listing(signs)}."
        if len(signs) >= WARNING_HELP:
            findings.append((HELP, ["W2"], text))
            help_areas.append("warning signs")
        else:
            findings.append((ADVICE, ["W1"], text))
    else:
        findings.append((THRIVING, [], "No warning signs are ticked."))

    # Adversity: ACEs and risk factors count as one area for C1.
    adversity_help = False
    if evidence.aces is None:
        findings.append((THRIVING, [], "Adverse childhood experiences (ACEs) are not recorded."))
    else:
        aces = evidence.aces
        text = (
            f"{_plural(aces, 'adverse childhood experience')} (ACEs) "
            f"{'is' if aces == 1 else 'are'} recorded."
            if aces
            else "No adverse childhood experiences (ACEs) are recorded."
        )
        if evidence.aces >= ACES_HELP:
            findings.append((HELP, ["A2"], text))
            adversity_help = True
        elif evidence.aces >= 1:
            findings.append((ADVICE, ["A1"], text))
        else:
            findings.append((THRIVING, [], text))
    factors = list(evidence.risk_factors)
    if factors:
        verb = "is" if len(factors) == 1 else "are"
        text = f"{_plural(len(factors), 'risk factor')} {verb} present: {_listing(factors)}."
        if len(factors) >= RISK_FACTORS_HELP:
            findings.append((HELP, ["F2"], text))
            adversity_help = True
        else:
            findings.append((ADVICE, ["F1"], text))
    if adversity_help:
        help_areas.append("adversity")

    # Difficult moments logged.
    recent = evidence.difficult_recent
    text = (
        f"{_plural(recent, 'difficult moment')} {'was' if recent == 1 else 'were'} logged "
        "in the last 6 weeks"
        if recent
        else "No difficult moments were logged in the last 6 weeks"
    )
    if evidence.intensity_recent is not None and recent:
        text += f" (average intensity {evidence.intensity_recent:.1f} out of 5)"
    if evidence.difficult_previous is not None:
        text += f", against {evidence.difficult_previous} in the 6 weeks before"
        if evidence.intensity_previous is not None and evidence.difficult_previous:
            text += f" (average intensity {evidence.intensity_previous:.1f})"
    text += "."
    rules: list[str] = []
    level = THRIVING
    if recent >= MOMENTS_ADVICE:
        rules, level = ["O1"], ADVICE
    if recent >= MOMENTS_HELP:
        rules, level = ["O2"], HELP
    previous = evidence.difficult_previous
    if previous is not None and recent >= MOMENTS_ADVICE and recent >= RISING_FACTOR * previous:
        rules, level = [*[r for r in rules if r != "O1"], "O3"], HELP
    if level == HELP:
        help_areas.append("difficult moments")
    intensity = evidence.intensity_recent
    if recent >= MOMENTS_HELP and intensity is not None and intensity >= INTENSE_MEAN:
        rules, level = [*rules, "O4"], MORE_HELP
    findings.append((level, rules, text))

    # Several areas at the getting-help level together.
    if len(help_areas) >= AREAS_FOR_MORE_HELP:
        findings.append(
            (
                MORE_HELP,
                ["C1"],
                f"{len(help_areas)} areas each point to getting help ({', '.join(help_areas)}); "
                "together they point to getting more help.",
            )
        )

    evidence_level = max(level for level, _rules, _text in findings)
    suggested = evidence_level
    change = None
    if evidence.current_grouping is not None:
        current = GROUPINGS.index(evidence.current_grouping)
        if evidence_level < current - 1:
            suggested = current - 1
            findings.append(
                (
                    suggested,
                    ["G1"],
                    f"Currently {LABELS[GROUPINGS[current]].lower()}; the evidence alone points "
                    f"to {LABELS[GROUPINGS[evidence_level]].lower()}, and support steps down one "
                    "level at a time, after a review.",
                )
            )
        change = "up" if suggested > current else "down" if suggested < current else "same"

    ordered = sorted(findings, key=lambda finding: -finding[0])
    rule_order = ["R1", "R2", "R3", "P1", "P2", "W1", "W2", "A1", "A2", "F1", "F2"]
    rule_order += ["O1", "O2", "O3", "O4", "C1", "G1"]
    fired = {rule for _level, rules_, _text in findings for rule in rules_}
    return Suggestion(
        grouping=GROUPINGS[suggested],
        label=LABELS[GROUPINGS[suggested]],
        reasons=[text for _level, _rules, text in ordered],
        rule_ids=[rule for rule in rule_order if rule in fired],
        change=change,
    )
