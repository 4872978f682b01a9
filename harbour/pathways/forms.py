from __future__ import annotations

from typing import Any

from django import forms

from harbour.pathways.models import GROUPING_CHOICES, Referral, Service


class DecisionForm(forms.Form):
    grouping = forms.ChoiceField(
        choices=GROUPING_CHOICES, widget=forms.RadioSelect, label="Level of support"
    )
    rationale = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Rationale",
        help_text="Why this level, in words the team and family would recognise.",
    )


class ServiceForm(forms.ModelForm):
    groupings = forms.MultipleChoiceField(
        choices=GROUPING_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="Which groupings it serves",
    )
    website = forms.URLField(required=False, assume_scheme="https")

    class Meta:
        model = Service
        fields = [
            "name",
            "offers",
            "groupings",
            "how_to_refer",
            "contact",
            "website",
            "locality",
            "timescale_days",
            "is_active",
        ]
        widgets = {
            "offers": forms.Textarea(attrs={"rows": 3}),
            "how_to_refer": forms.Textarea(attrs={"rows": 2}),
            "contact": forms.Textarea(attrs={"rows": 2}),
        }


class ReferralForm(forms.Form):
    service = forms.ModelChoiceField(queryset=Service.objects.none(), label="Which service?")
    sent_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="Sent on")
    reason = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label="What the referral asks"
    )

    def __init__(self, *args: Any, services: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = services  # type: ignore[attr-defined]


class ReferralUpdateForm(forms.Form):
    status = forms.ChoiceField(choices=Referral.Status.choices, label="Status")
    outcome = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Outcome"
    )
    note = forms.CharField(required=False, max_length=500, label="Note")
