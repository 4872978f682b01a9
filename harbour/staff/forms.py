from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.utils import timezone

from harbour.accounts.models import Membership
from harbour.guidance.models import Intervention

DEFAULT_COURSE = "PACE half-day introduction"


def _not_future(value: datetime.date) -> datetime.date:
    if value > timezone.localdate():
        raise forms.ValidationError("The date can't be in the future.")
    return value


class TrainingForm(forms.Form):
    course = forms.CharField(max_length=200, initial=DEFAULT_COURSE)
    intervention = forms.ModelChoiceField(
        queryset=Intervention.objects.none(),
        required=False,
        label="From the intervention catalogue",
        empty_label="Not a catalogue intervention",
    )
    completed_on = forms.DateField(
        label="Date completed", widget=forms.DateInput(attrs={"type": "date"})
    )
    hours = forms.DecimalField(
        required=False,
        min_value=Decimal("0.5"),
        max_value=Decimal("200"),
        decimal_places=1,
        initial=Decimal("3.5"),
    )
    provider = forms.CharField(required=False, max_length=200)

    def __init__(self, *args: object, organisation_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        catalogue = Intervention.objects.filter(organisation__isnull=True) | (
            Intervention.objects.filter(organisation_id=organisation_id)
        )
        field = self.fields["intervention"]
        field.queryset = catalogue.order_by("title")  # type: ignore[attr-defined]
        pace = catalogue.filter(slug="pace", organisation__isnull=True).first()
        if pace is not None:
            field.initial = pace.pk

    def clean_completed_on(self) -> datetime.date:
        return _not_future(self.cleaned_data["completed_on"])


class ReflectiveForm(forms.Form):
    held_on = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))
    facilitator = forms.ModelChoiceField(queryset=Membership.objects.none(), required=False)
    attendees = forms.ModelMultipleChoiceField(
        queryset=Membership.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    themes = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        label="Themes we talked about",
        help_text="About our practice and feelings; no children's names are needed.",
    )
    will_try = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        required=False,
        label="What we'll try",
    )
    names_ok = forms.BooleanField(
        required=False, label="I've checked: no child can be identified from this"
    )

    def __init__(self, *args: object, organisation_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        staff = (
            Membership.objects.active()
            .filter(organisation_id=organisation_id, role__in=["lead", "designated", "staff"])
            .select_related("user")
            .order_by("user__full_name")
        )
        for name in ("facilitator", "attendees"):
            field = self.fields[name]
            field.queryset = staff  # type: ignore[attr-defined]
            field.label_from_instance = lambda m: m.user.full_name  # type: ignore[attr-defined]

    def clean_held_on(self) -> datetime.date:
        return _not_future(self.cleaned_data["held_on"])


class WellbeingForm(forms.Form):
    score = forms.TypedChoiceField(
        choices=[
            (1, "Struggling"),
            (2, "Finding it hard"),
            (3, "Getting by"),
            (4, "Doing fairly well"),
            (5, "Doing well"),
        ],
        coerce=int,
        widget=forms.RadioSelect,
        label="How are you doing this week?",
    )
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="A note for yourself",
        help_text="Only you can see this.",
    )
