from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet

from harbour.children.models import Child
from harbour.safeguarding.models import ConcernAction


class ChildChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.display_name} ({obj.year_group_label or obj.age_stage_label})"


class ConcernForm(forms.Form):
    child = ChildChoiceField(queryset=Child.objects.none(), label="Which child?")
    summary = forms.CharField(
        max_length=200,
        label="What is the concern, in a few words?",
        help_text="Facts: what you saw or heard, or what the child said, in their words.",
    )
    details = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Anything else the designated safeguarding lead should know",
        help_text="When and where, who was there. Do not investigate or ask leading questions.",
    )

    def __init__(self, *args: Any, children: QuerySet[Child], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["child"].queryset = children  # type: ignore[attr-defined]


class ActionForm(forms.Form):
    kind = forms.ChoiceField(
        choices=[c for c in ConcernAction.Kind.choices if c[0] != ConcernAction.Kind.CLOSED],
        label="What are you recording?",
    )
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="What happened")
    reasons = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Reasons",
        help_text="Needed for a decision. KCSIE asks for decisions and their reasons in writing.",
    )
    referred_to = forms.CharField(
        required=False,
        max_length=200,
        label="Referred to",
        help_text="For a referral: e.g. the local multi-agency safeguarding hub (MASH).",
    )
    reference = forms.CharField(required=False, max_length=100, label="Their reference")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == ConcernAction.Kind.DECISION and not data.get("reasons"):
            self.add_error("reasons", "Write the reasons for the decision.")
        if data.get("kind") == ConcernAction.Kind.REFERRAL and not data.get("referred_to"):
            self.add_error("referred_to", "Say who the referral went to.")
        return data


class CloseForm(forms.Form):
    reasons = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), label="Why is it right to close this now?"
    )


class ExportForm(forms.Form):
    sent_to = forms.CharField(max_length=200, label="The setting the child is moving to")


class ConfirmOutsideForm(forms.Form):
    """Receipt confirmed by the receiving setting outside Harbour (one form per transfer)."""

    confirmed_by = forms.CharField(
        max_length=200,
        label="Who confirmed it",
        help_text="Their name and role, for example their designated safeguarding lead.",
    )
    confirmed_on = forms.DateField(
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        label="On what day",
    )
    how = forms.CharField(
        max_length=200,
        label="How they confirmed it",
        help_text="For example: secure email from their DSL, or a phone call to their DSL.",
    )


class ClosureForm(forms.Form):
    label = forms.CharField(
        max_length=100,
        label="What is it?",
        help_text="For example: Autumn half-term, Christmas holidays, staff training day.",
    )
    start = forms.DateField(
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}), label="First day"
    )
    end = forms.DateField(
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        label="Last day",
        help_text="The same as the first day for a single day.",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", "The last day can't be before the first day.")
        return data


class ImportForm(forms.Form):
    bundle = forms.FileField(label="The child-protection file (.zip or .json) you received")


class RetentionReviewForm(forms.Form):
    KEEP, DESTROY = "keep", "destroy"

    decision = forms.ChoiceField(
        choices=[
            (KEEP, "Keep the file until a later date"),
            (DESTROY, "The file is no longer needed: it may be destroyed"),
        ],
        widget=forms.RadioSelect,
        label="What did the review decide?",
    )
    keep_until = forms.DateField(
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        label="Keep until",
        help_text="Only when keeping the file: the date of its next review.",
    )

    def __init__(
        self, *args: Any, today: datetime.date, review_on: datetime.date | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.today, self.review_on = today, review_on

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.review_on is None or self.review_on > self.today:
            raise forms.ValidationError("This file is not due for review yet.")
        if data.get("decision") == self.KEEP:
            keep_until = data.get("keep_until")
            if keep_until is None:
                self.add_error("keep_until", "Choose the date of the next review.")
            elif keep_until <= self.today:
                self.add_error("keep_until", "Choose a date after today.")
        else:
            data["keep_until"] = None
        return data


class LegalHoldForm(forms.Form):
    reason = forms.CharField(
        max_length=200,
        label="Why must the records be kept?",
        help_text="In a few words, for example: subject access request in progress, or an "
        "inquiry or claim. The details stay in the case papers.",
    )


class LiftHoldForm(forms.Form):
    reason = forms.CharField(
        max_length=200,
        label="Why can the hold end?",
        help_text="For example: the request was answered, or the inquiry has closed.",
    )


class DestroyForm(forms.Form):
    confirm = forms.BooleanField(
        label="I have checked this file may be destroyed",
        error_messages={
            "required": "Tick “I have checked this file may be destroyed” to go ahead. "
            "Nothing has been destroyed."
        },
    )
