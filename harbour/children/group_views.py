"""Classes, tutor groups, houses and caseloads: who is in them and which adults work with them.

Staff see the children of the groups they work with (harbour.children.access), so this page
is also how a lead decides who sees whom.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.children import services
from harbour.children.models import Child, Group


class GroupForm(forms.Form):
    name = forms.CharField(max_length=80)
    kind = forms.ChoiceField(choices=Group.Kind.choices)
    staff = forms.ModelMultipleChoiceField(
        queryset=Membership.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Adults who work with this group",
    )
    children = forms.ModelMultipleChoiceField(
        queryset=Child.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(
        self, *args: object, organisation_id: int, group: Group | None = None, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.organisation_id = organisation_id
        self.group = group
        staff = self.fields["staff"]
        staff.queryset = (  # type: ignore[attr-defined]
            Membership.objects.active()
            .filter(
                organisation_id=organisation_id, role__in=[Role.LEAD, Role.DESIGNATED, Role.STAFF]
            )
            .select_related("user")
            .order_by("user__full_name")
        )
        staff.label_from_instance = lambda m: (  # type: ignore[attr-defined]
            f"{m.user.full_name} ({m.job_title or m.get_role_display()})"
        )
        kids = self.fields["children"]
        kids.queryset = Child.objects.filter(  # type: ignore[attr-defined]
            organisation_id=organisation_id, left_on__isnull=True
        )
        kids.label_from_instance = lambda c: (  # type: ignore[attr-defined]
            f"{c.display_name}{' · ' + c.year_group_label if c.year_group_label else ''}"
        )

    def clean_name(self) -> str:
        name = str(self.cleaned_data["name"]).strip()
        clash = Group.objects.filter(organisation_id=self.organisation_id, name__iexact=name)
        if self.group is not None:
            clash = clash.exclude(pk=self.group.pk)
        if clash.exists():
            raise forms.ValidationError("There is already a group with this name.")
        return name


def _group_or_404(request: HttpRequest, group_id: int) -> Group:
    group = Group.objects.filter(
        organisation=request.organisation,
        pk=group_id,  # type: ignore[attr-defined]
    ).first()
    if group is None:
        raise Http404("No such group.")
    return group


@require_http_methods(["GET"])
def group_list(request: HttpRequest) -> HttpResponse:
    groups = Group.objects.filter(
        organisation=request.organisation  # type: ignore[attr-defined]
    ).annotate(
        child_count=Count("children", distinct=True), staff_count=Count("staff", distinct=True)
    )
    return render(request, "children/groups.html", {"groups": groups})


@require_http_methods(["GET", "POST"])
def group_edit(request: HttpRequest, group_id: int | None = None) -> HttpResponse:
    group = _group_or_404(request, group_id) if group_id is not None else None
    org_id = request.organisation.pk  # type: ignore[attr-defined]
    initial = {}
    if group is not None:
        initial = {
            "name": group.name,
            "kind": group.kind,
            "staff": list(group.staff.all()),
            "children": list(group.children.all()),
        }
    form = GroupForm(request.POST or None, organisation_id=org_id, group=group, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = services.group_save(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,  # type: ignore[arg-type]
            name=form.cleaned_data["name"],
            kind=form.cleaned_data["kind"],
            children=list(form.cleaned_data["children"]),
            staff=list(form.cleaned_data["staff"]),
            group=group,
            request=request,
        )
        messages.success(request, f"{saved.name} is saved.")
        return redirect("children:groups")
    return render(request, "children/group_form.html", {"form": form, "group": group})
