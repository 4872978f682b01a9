from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Any

from django import forms
from django.utils import timezone

from harbour.children.models import Child
from harbour.guidance.library import Item
from harbour.profiles.frameworks import Framework

NOT_OBSERVED = ""
# <input type="date"> needs ISO dates, whatever the locale's display format.
DATE_INPUT = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


def scale_choices(framework: Framework) -> list[tuple[str, str]]:
    return [(str(p.value), p.label) for p in framework.scale] + [
        (NOT_OBSERVED, framework.not_observed.label)
    ]


def rating_field_name(item_id: str) -> str:
    return f"r_{item_id}"


def _not_in_future(value: datetime.date | None) -> None:
    if value is not None and value > timezone.localdate():
        raise forms.ValidationError("The date can't be in the future.")


class RatingForm(forms.Form):
    """One radio group per skill of the framework; "not observed" unless rated."""

    observed_on = forms.DateField(label="Observed up to", widget=DATE_INPUT)
    notes = forms.CharField(
        label="Notes",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What you noticed, in a few words, without judging.",
    )

    def __init__(self, *args: Any, framework: Framework, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.framework = framework
        choices = scale_choices(framework)
        for domain in framework.domains:
            for skill in domain.skills:
                self.fields[rating_field_name(skill.id)] = forms.ChoiceField(
                    label=skill.title, choices=choices, required=False, widget=forms.RadioSelect
                )

    def clean_observed_on(self) -> datetime.date:
        value = self.cleaned_data["observed_on"]
        _not_in_future(value)
        return value

    def ratings(self) -> dict[str, int | None]:
        return {
            skill.id: _value(self.cleaned_data.get(rating_field_name(skill.id)))
            for domain in self.framework.domains
            for skill in domain.skills
        }


class ScreenForm(forms.Form):
    """A quick screen of a group: one select per child per domain."""

    observed_on = forms.DateField(label="Observed up to", widget=DATE_INPUT)

    def __init__(
        self, *args: Any, framework: Framework, children: Sequence[Child], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.framework = framework
        self.children = list(children)
        choices = [(NOT_OBSERVED, "—")] + [(str(p.value), p.label) for p in framework.scale]
        for child in self.children:
            for domain in framework.domains:
                self.fields[self.field_name(child, domain.id)] = forms.ChoiceField(
                    label=f"{child.display_name}: {domain.title}",
                    choices=choices,
                    required=False,
                )

    @staticmethod
    def field_name(child: Child, domain_id: str) -> str:
        return f"c{child.pk}_{domain_id}"

    def clean_observed_on(self) -> datetime.date:
        value = self.cleaned_data["observed_on"]
        _not_in_future(value)
        return value

    def ratings(self) -> dict[int, dict[str, int | None]]:
        return {
            child.pk: {
                domain.id: _value(self.cleaned_data.get(self.field_name(child, domain.id)))
                for domain in self.framework.domains
            }
            for child in self.children
        }


class FactorsForm(forms.Form):
    present = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, choices=()
    )

    def __init__(self, *args: Any, items: Iterable[Item], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(item.id, item.title) for item in items]  # type: ignore[attr-defined]


class WarningSignForm(forms.Form):
    sign = forms.ChoiceField(label="Warning sign", choices=())
    observed_on = forms.DateField(label="Seen on", widget=DATE_INPUT)
    note = forms.CharField(label="Note", required=False, max_length=300)

    def __init__(self, *args: Any, signs: Iterable[Item], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sign"].choices = [(item.id, item.title) for item in signs]  # type: ignore[attr-defined]

    def clean_observed_on(self) -> datetime.date:
        value = self.cleaned_data["observed_on"]
        _not_in_future(value)
        return value


class ResolveSignForm(forms.Form):
    record = forms.IntegerField(widget=forms.HiddenInput)
    resolved_on = forms.DateField(label="Eased on", widget=DATE_INPUT)

    def clean_resolved_on(self) -> datetime.date:
        value = self.cleaned_data["resolved_on"]
        _not_in_future(value)
        return value


def _value(raw: object) -> int | None:
    return None if raw in (None, NOT_OBSERVED) else int(str(raw))
