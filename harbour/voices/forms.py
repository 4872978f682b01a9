from __future__ import annotations

from django import forms
from django.contrib.auth import password_validation

from harbour.voices.feelings import FEELINGS


class CheckInForm(forms.Form):
    feeling = forms.TypedChoiceField(
        choices=[(f.value, f.word) for f in FEELINGS],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the face that fits how you feel."},
    )
    why = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Do you want to say why? (you don't have to)",
    )
    wants_to_talk = forms.BooleanField(required=False, label="I'd like to talk to my trusted adult")


class InviteForm(forms.Form):
    email = forms.EmailField(label="Parent's or carer's email address")
    relationship = forms.CharField(
        required=False, max_length=60, label="Relationship to the child (optional)"
    )


class AcceptForm(forms.Form):
    full_name = forms.CharField(max_length=150, label="Your name")
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        min_length=12,
        label="Choose a password (at least 12 characters)",
    )
    password_again = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        label="Type the password again",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        password = data.get("password")
        if password and password != data.get("password_again"):
            self.add_error("password_again", "The two passwords are different.")
        elif password:
            try:
                password_validation.validate_password(str(password))
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data


class ParentViewsForm(forms.Form):
    going_well = forms.CharField(
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="What is going well for your child?",
    )
    worries = forms.CharField(
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Is anything worrying you or your child?",
    )
    would_help = forms.CharField(
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="What do you think would help?",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not any(str(data.get(k) or "").strip() for k in ("going_well", "worries", "would_help")):
            raise forms.ValidationError("Write something in at least one box.")
        return data
