from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.utils import timezone

from harbour.guidance.models import INTERVENTION_SECTIONS


class InterventionForm(forms.Form):
    title = forms.CharField(max_length=200)
    summary = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One or two sentences: what it is and who it helps.",
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for key, heading in INTERVENTION_SECTIONS:
            self.fields[key] = forms.CharField(
                label=heading,
                required=key in {"introduction", "purpose"},
                widget=forms.Textarea(attrs={"rows": 3}),
            )


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="How helpful has it been?",
        coerce=int,
        choices=[
            (5, "5 · very helpful"),
            (4, "4"),
            (3, "3 · somewhat"),
            (2, "2"),
            (1, "1 · not helpful"),
        ],
    )
    comment = forms.CharField(
        label="What happened when you used it? (no children's names, please)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TrainedForm(forms.Form):
    completed_on = forms.DateField(
        label="Date completed", widget=forms.DateInput(attrs={"type": "date"})
    )
    hours = forms.DecimalField(
        required=False,
        min_value=Decimal("0.5"),
        max_value=Decimal("200"),
        decimal_places=1,
        help_text="For example 3.5 for a half-day introduction.",
    )
    provider = forms.CharField(required=False, max_length=200)

    def clean_completed_on(self) -> datetime.date:
        value: datetime.date = self.cleaned_data["completed_on"]
        if value > timezone.localdate():
            raise forms.ValidationError("The date can't be in the future.")
        return value
