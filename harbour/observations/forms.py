from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from harbour.children.models import Child
from harbour.observations.models import ChildRole, Feeling, Outcome, Response
from harbour.observations.vocabulary import SettingOption

DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class ObservationForm(forms.Form):
    """The quick log and the edit page. Only the child and what happened are required."""

    children = forms.ModelMultipleChoiceField(
        queryset=Child.objects.none(),
        error_messages={"required": "Choose the child (or children) this is about."},
    )
    what_happened = forms.CharField(
        label="What happened",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Write a few words about what happened."},
    )
    occurred_at = forms.DateTimeField(
        label="When",
        required=False,
        input_formats=[DATETIME_LOCAL],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL),
        help_text="Leave as it is for just now.",
    )
    setting = forms.ChoiceField(label="Where", required=False)
    feelings = forms.MultipleChoiceField(
        label="What the child may have felt",
        required=False,
        choices=Feeling.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    intensity = forms.TypedChoiceField(
        label="How intense",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[(n, str(n)) for n in range(1, 6)],
        widget=forms.RadioSelect,
    )
    needs = forms.CharField(
        label="What the child may have needed or been communicating",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    responses = forms.MultipleChoiceField(
        label="How I responded",
        required=False,
        choices=Response.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    how_responded = forms.CharField(
        label="What I said or did",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    outcome = forms.ChoiceField(
        label="How it ended",
        required=False,
        choices=Outcome.choices,
        widget=forms.RadioSelect,
    )
    safeguarding = forms.BooleanField(
        label="This worries me: it may be a safeguarding concern",
        required=False,
        help_text=(
            "Passes it to the safeguarding lead at once. The alert says only that a concern "
            "was raised; the details stay in Harbour."
        ),
    )
    is_positive = forms.BooleanField(label="This was a positive moment", required=False)

    def __init__(
        self,
        *args: Any,
        children: QuerySet[Child],
        settings: list[SettingOption],
        current_setting: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["children"].queryset = children  # type: ignore[attr-defined]
        choices = [("", "Not said")] + [
            (s.slug, s.label) for s in settings if not s.is_hidden or s.slug == current_setting
        ]
        self.fields["setting"].choices = choices  # type: ignore[attr-defined]

    def clean_occurred_at(self) -> datetime.datetime | None:
        value: datetime.datetime | None = self.cleaned_data.get("occurred_at")
        if value is None:
            return None
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        if value > timezone.now() + datetime.timedelta(minutes=5):
            raise forms.ValidationError("That time is in the future; check the date and time.")
        return value

    def roles(self, data: Any) -> list[tuple[Child, str]]:
        """Each chosen child with their part, read from `role_<child id>`.

        Without a choice, one child is the focus child and several are each "involved":
        no child is labelled as the cause of an incident by default.
        """
        chosen = list(self.cleaned_data.get("children") or [])
        default = ChildRole.FOCUS if len(chosen) == 1 else ChildRole.INVOLVED
        parts = []
        for child in chosen:
            role = data.get(f"role_{child.pk}", "")
            parts.append((child, role if role in ChildRole.values else default))
        return parts

    def observation_data(self) -> dict[str, Any]:
        data = self.cleaned_data
        fields: dict[str, Any] = {
            "what_happened": data["what_happened"].strip(),
            "setting": data.get("setting") or "",
            "feelings": list(data.get("feelings") or []),
            "intensity": data.get("intensity"),
            "needs": (data.get("needs") or "").strip(),
            "responses": list(data.get("responses") or []),
            "how_responded": (data.get("how_responded") or "").strip(),
            "outcome": data.get("outcome") or "",
            "safeguarding": bool(data.get("safeguarding")),
        }
        if data.get("occurred_at"):
            fields["occurred_at"] = data["occurred_at"]
        return fields


class SettingForm(forms.Form):
    label = forms.CharField(label="Add a place or time", max_length=60)
