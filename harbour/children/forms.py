from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone

from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.children.upn import UPNError, validate_upn


class ChildForm(forms.Form):
    legal_first_name = forms.CharField(label="Legal first name", max_length=100)
    legal_last_name = forms.CharField(label="Legal last name", max_length=100)
    preferred_name = forms.CharField(
        label="Preferred name",
        max_length=100,
        required=False,
        help_text="The name the child likes to be called, if different.",
    )
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    upn = forms.CharField(
        label="UPN",
        max_length=13,
        required=False,
        help_text="Unique pupil number, 13 characters (schools only).",
    )
    year_group = forms.TypedChoiceField(
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "—"), (0, "Reception")] + [(n, f"Year {n}") for n in range(1, 14)],
    )
    placement_start = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Children's homes: when this placement began.",
    )
    safe_place = forms.CharField(
        label="Safe place",
        max_length=200,
        required=False,
        help_text="Where the child can go to calm (their safe haven).",
    )
    what_helps_me_calm = forms.CharField(
        label="What helps me calm, in the child's own words",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_date_of_birth(self) -> datetime.date:
        dob: datetime.date = self.cleaned_data["date_of_birth"]
        today = timezone.localdate()
        if dob > today:
            raise forms.ValidationError("The date of birth is in the future; check the year.")
        if dob < today.replace(year=today.year - 26):
            raise forms.ValidationError("Harbour is for children and young people up to 25.")
        return dob

    def clean_upn(self) -> str:
        value = str(self.cleaned_data.get("upn") or "").strip().upper()
        if not value:
            return ""
        try:
            return validate_upn(value)
        except UPNError as exc:
            raise forms.ValidationError(str(exc)) from exc


class KeyAdultForm(forms.Form):
    membership = forms.ModelChoiceField(queryset=Membership.objects.none(), label="Adult")

    def __init__(self, *args: object, organisation_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["membership"].queryset = (  # type: ignore[attr-defined]
            Membership.objects.active()
            .filter(
                organisation_id=organisation_id, role__in=[Role.LEAD, Role.DESIGNATED, Role.STAFF]
            )
            .select_related("user")
            .order_by("user__full_name")
        )
        self.fields["membership"].label_from_instance = (  # type: ignore[attr-defined]
            lambda m: f"{m.user.full_name} ({m.job_title or m.get_role_display()})"
        )


class ShareForm(forms.Form):
    membership = forms.ModelChoiceField(queryset=Membership.objects.none(), label="Professional")
    expires_on = forms.DateField(
        label="Share until", widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(max_length=200, required=False)

    def __init__(self, *args: object, organisation_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["membership"].queryset = (  # type: ignore[attr-defined]
            Membership.objects.active()
            .filter(organisation_id=organisation_id, role=Role.PROFESSIONAL)
            .select_related("user")
        )
        self.fields["membership"].label_from_instance = (  # type: ignore[attr-defined]
            lambda m: f"{m.user.full_name} ({m.job_title or 'external professional'})"
        )

    def clean_expires_on(self) -> datetime.date:
        value: datetime.date = self.cleaned_data["expires_on"]
        if value < timezone.localdate():
            raise forms.ValidationError("Choose today or a later date.")
        return value
