from __future__ import annotations

from typing import Any

from django import forms
from django.http import QueryDict

from harbour.plans.content import PROGRESS_SCALE, normalise

LINES_HINT = "One per line."


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


def _area(rows: int = 3, **attrs: Any) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, **attrs})


class PlanForm(forms.Form):
    base_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    strengths = forms.CharField(
        label="Strengths", required=False, widget=_area(4), help_text=LINES_HINT
    )
    areas = forms.CharField(
        label="Areas to develop", required=False, widget=_area(4), help_text=LINES_HINT
    )
    goals = forms.CharField(
        label="Goals, in words the child understands",
        required=False,
        widget=_area(4),
        help_text="One per line, for example: “When I feel cross, I can ask for a break.”",
    )
    interventions = forms.TypedMultipleChoiceField(
        label="Intervention used",
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        help_text="From your catalogue, so the outcome pages count this child.",
    )
    own_strategies = forms.CharField(
        label="Other strategies we will use",
        required=False,
        widget=_area(3),
        help_text="Your own, one per line.",
    )
    key_adults = forms.CharField(label="Key adults", required=False, max_length=300)
    safe_place = forms.CharField(label="Safe place", required=False, max_length=200)
    calming = forms.CharField(label="What helps me calm", required=False, widget=_area(2))
    know_about_me = forms.CharField(
        label="What I want adults to know about me",
        required=False,
        widget=_area(3),
        help_text="The child's own words.",
    )
    helps_me = forms.CharField(
        label="What helps me",
        required=False,
        widget=_area(3),
        help_text="The child's own words.",
    )
    parent_voice = forms.CharField(
        label="What parents or carers say",
        required=False,
        widget=_area(3),
        help_text="Their own words.",
    )
    review_interval_days = forms.IntegerField(
        label="Review every (days)", min_value=7, max_value=182
    )
    note = forms.CharField(label="What changed, in a few words", required=False, max_length=200)

    def __init__(
        self, *args: Any, interventions: list[tuple[int, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        # The organisation's visible catalogue (built-ins and its own), chosen by the view.
        self.fields["interventions"].choices = interventions or []  # type: ignore[attr-defined]

    @staticmethod
    def initial_from(content: dict[str, Any], *, base_version: int, days: int) -> dict[str, Any]:
        content = normalise(content)
        return {
            "base_version": base_version,
            "strengths": "\n".join(content["strengths"]),
            "areas": "\n".join(content["areas"]),
            "goals": "\n".join(content["goals"]),
            "own_strategies": "\n".join(
                s["text"] for s in content["strategies"] if not s["from_suggestion"]
            ),
            "key_adults": content["key_adults"],
            "safe_place": content["safe_place"],
            "calming": content["calming"],
            "know_about_me": content["child_voice"]["know_about_me"],
            "helps_me": content["child_voice"]["helps_me"],
            "parent_voice": content["parent_voice"],
            "interventions": content["interventions"],
            "review_interval_days": days,
        }

    def content(self, post: QueryDict, known_items: set[str]) -> dict[str, Any]:
        """The plan content from the cleaned form and the chosen strategy rows.

        Each chosen suggestion keeps its guidance item id (so the plan remembers where it
        came from) with the adult's own edit of its words.
        """
        data = self.cleaned_data
        strategies: list[dict[str, Any]] = []
        for item_id in post.getlist("strategy"):
            if item_id not in known_items:
                continue
            text = post.get(f"strategy_text_{item_id}", "").strip()
            if text:
                strategies.append({"item_id": item_id, "text": text, "from_suggestion": True})
        strategies += [
            {"item_id": None, "text": line, "from_suggestion": False}
            for line in _lines(data["own_strategies"])
        ]
        return normalise(
            {
                "strengths": _lines(data["strengths"]),
                "areas": _lines(data["areas"]),
                "goals": _lines(data["goals"]),
                "strategies": strategies,
                "interventions": data.get("interventions") or [],
                "key_adults": data["key_adults"],
                "safe_place": data["safe_place"],
                "calming": data["calming"],
                "child_voice": {
                    "know_about_me": data["know_about_me"],
                    "helps_me": data["helps_me"],
                },
                "parent_voice": data["parent_voice"],
            }
        )


class ReviewForm(forms.Form):
    held_on = forms.DateField(label="Held on", widget=forms.DateInput(attrs={"type": "date"}))
    attended = forms.CharField(label="Who came", required=False, widget=_area(2))
    what_changed = forms.CharField(label="What changed", required=False, widget=_area(3))
    child_views = forms.CharField(
        label="The child's views, in their words", required=False, widget=_area(3)
    )
    parent_views = forms.CharField(
        label="Parents' or carers' views, in their words", required=False, widget=_area(3)
    )
    next_review_on = forms.DateField(
        label="Next review",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Leave empty for one review interval after this meeting.",
    )

    def __init__(self, *args: Any, goals: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.goals = goals
        for index, goal in enumerate(goals):
            self.fields[f"goal_{index}"] = forms.TypedChoiceField(
                label=goal,
                choices=PROGRESS_SCALE,
                coerce=int,
                widget=forms.RadioSelect,
            )

    def goal_progress(self) -> list[dict[str, Any]]:
        return [
            {"goal": goal, "rating": self.cleaned_data[f"goal_{index}"]}
            for index, goal in enumerate(self.goals)
        ]
