"""Children's check-ins (kiosk and personal), trends for their adults, and parents' pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from harbour.accounts.middleware import ENDED_KEY
from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.children.access import get_child_or_404, visible_children
from harbour.children.models import Child, Group, KeyAdult
from harbour.guidance.library import load_library
from harbour.plans import services as plan_services
from harbour.plans.models import Plan
from harbour.voices import kiosk, services
from harbour.voices.feelings import feeling_word, scale
from harbour.voices.forms import AcceptForm, CheckInForm, InviteForm, ParentViewsForm
from harbour.voices.models import CheckIn, ParentInvitation, ParentView
from harbour.voices.reading import weekly_checkin_chart

OLDER_FROM_AGE = 11  # young people (adolescence) get slightly less childish words


def _membership(request: HttpRequest) -> Membership:
    return request.membership  # type: ignore[attr-defined,no-any-return]


def kiosk_groups(membership: Membership) -> list[Group]:
    """The groups an adult may start a kiosk for: their own; every group for lead and DSL."""
    groups = Group.objects.filter(organisation_id=membership.organisation_id)
    if membership.role == Role.STAFF:
        groups = groups.filter(staff=membership)
    return list(groups.annotate(size=Count("children")).order_by("name"))


def _kiosk_children(request: HttpRequest) -> list[Child]:
    state = kiosk.kiosk_state(request)
    if state is None:
        return []
    membership = _membership(request)
    group = next((g for g in kiosk_groups(membership) if g.pk == state.get("group")), None)
    if group is None:
        return []
    return list(
        Child.objects.filter(
            organisation_id=membership.organisation_id, groups=group, left_on__isnull=True
        ).order_by("preferred_name", "legal_first_name", "legal_last_name")
    )


def name_buttons(children: list[Child]) -> list[tuple[Child, str]]:
    """First names only, with the surname's initial when two children share a first name."""
    counts: dict[str, int] = {}
    for child in children:
        counts[child.first_name.lower()] = counts.get(child.first_name.lower(), 0) + 1
    labels = []
    for child in children:
        label = child.first_name
        if counts[child.first_name.lower()] > 1:
            label = f"{label} {child.legal_last_name[:1]}."
        labels.append((child, label))
    return labels


@require_http_methods(["GET", "POST"])
def kiosk_start(request: HttpRequest) -> HttpResponse:
    membership = _membership(request)
    groups = kiosk_groups(membership)
    if request.method == "POST":
        wanted = request.POST.get("group", "")
        group = next((g for g in groups if str(g.pk) == wanted), None)
        if group is None:
            messages.error(request, "Choose one of your groups.")
        else:
            kiosk.kiosk_start(request, group_id=group.pk)
            return redirect("voices:kiosk_names")
    return render(request, "voices/kiosk_start.html", {"groups": groups})


@require_http_methods(["GET"])
def kiosk_names(request: HttpRequest) -> HttpResponse:
    if kiosk.kiosk_state(request) is None:
        return redirect("voices:kiosk_start")
    return _kiosk_page(
        request, "voices/kiosk_names.html", {"names": name_buttons(_kiosk_children(request))}
    )


@require_http_methods(["GET", "POST"])
def kiosk_checkin(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    if kiosk.kiosk_state(request) is None:
        return redirect("voices:kiosk_start")
    if child not in _kiosk_children(request):
        raise Http404("No such child in this group.")
    older = child.age() >= OLDER_FROM_AGE
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        checkin = services.checkin_create(
            child=child,
            feeling=form.cleaned_data["feeling"],
            why=form.cleaned_data["why"],
            wants_to_talk=form.cleaned_data["wants_to_talk"],
            via=CheckIn.Via.KIOSK,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
        )
        request.session["harbour_kiosk_talk"] = checkin.wants_to_talk
        return redirect("voices:kiosk_thanks")
    return _kiosk_page(
        request,
        "voices/kiosk_checkin.html",
        {"child": child, "form": form, "scale": scale(older=older), "older": older},
    )


@require_http_methods(["GET"])
def kiosk_thanks(request: HttpRequest) -> HttpResponse:
    if kiosk.kiosk_state(request) is None:
        return redirect("voices:kiosk_start")
    talk = bool(request.session.pop("harbour_kiosk_talk", False))
    return _kiosk_page(request, "voices/kiosk_thanks.html", {"talk": talk})


@require_POST
def kiosk_end(request: HttpRequest) -> HttpResponse:
    kiosk.kiosk_end(request)
    messages.info(request, "The check-in tablet has finished. Sign in again to carry on.")
    return redirect("accounts:login")


@require_POST
def kiosk_still_here(request: HttpRequest) -> HttpResponse:
    """A child is using the kiosk page (touching, typing): the kiosk's idle time starts again.

    The page's script sends this at most every 30 seconds while someone uses it, so a child
    writing slowly is not signed out between taps; the kiosk guard has already noted the
    activity on the way in. Nothing to show.
    """
    return HttpResponse(status=204)


@require_http_methods(["GET"])
def kiosk_idle(request: HttpRequest) -> HttpResponse:
    """Where an idle kiosk page takes itself (its script, or a refresh without scripts):
    the kiosk ends.

    A GET, since a refresh can only GET. It ends nothing but a running kiosk, and ending a
    kiosk early is always the safe way round: the children's names leave the screen.
    """
    if kiosk.kiosk_state(request) is None:
        return redirect("voices:kiosk_start")
    kiosk.kiosk_end(request)
    request.session[ENDED_KEY] = True
    return redirect("accounts:login")


def _kiosk_page(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    """A kiosk page, which leaves the screen by itself after the idle time (kiosk_base.html)."""
    return render(
        request, template, {**context, "idle_seconds": settings.HARBOUR_KIOSK_IDLE_SECONDS}
    )


def young_person_context(membership: Membership) -> dict[str, Any]:
    """For a young person's own home page: the check-in form and their past check-ins."""
    child = visible_children(membership).first()
    if child is None:
        return {"me": None}
    older = child.age() >= OLDER_FROM_AGE
    past = list(CheckIn.objects.filter(organisation_id=child.organisation_id, child=child)[:20])
    for checkin in past:
        checkin.word = feeling_word(checkin.feeling, older=older)  # type: ignore[attr-defined]
    return {
        **_my_plan_words(child),
        "me": child,
        "checkin_form": CheckInForm(),
        "scale": scale(older=older),
        "older": older,
        "past_checkins": past,
    }


@require_http_methods(["GET", "POST"])
def me(request: HttpRequest) -> HttpResponse:
    """A young person's own check-in (they signed in themselves)."""
    membership = _membership(request)
    context = young_person_context(membership)
    child = context["me"]
    if child is None:
        raise Http404("No record is linked to this account.")
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        checkin = services.checkin_create(
            child=child,
            feeling=form.cleaned_data["feeling"],
            why=form.cleaned_data["why"],
            wants_to_talk=form.cleaned_data["wants_to_talk"],
            via=CheckIn.Via.PERSONAL,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
        )
        if checkin.wants_to_talk:
            messages.success(
                request, "Thank you. Your trusted adult has been told you'd like to talk."
            )
        else:
            messages.success(request, "Thank you for checking in.")
        return redirect("voices:me")
    context["checkin_form"] = form
    return render(request, "voices/me.html", context)


class MyWordsForm(forms.Form):
    know_about_me = forms.CharField(
        label="What I want adults to know about me",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    helps_me = forms.CharField(
        label="What helps me",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _my_plan_words(child: Child) -> dict[str, Any]:
    plan = Plan.objects.filter(organisation_id=child.organisation_id, child=child).first()
    if plan is None:
        return {"my_plan": None}
    voice = plan.current().content.get("child_voice") or {}
    return {"my_plan": plan, "my_words_form": MyWordsForm(initial=voice)}


@require_http_methods(["POST"])
def my_words(request: HttpRequest) -> HttpResponse:
    """A young person adds their own words to their plan: a new version, like any change."""
    child = young_person_context(_membership(request))["me"]
    if child is None:
        raise Http404("No record is linked to this account.")
    plan = Plan.objects.filter(organisation_id=child.organisation_id, child=child).first()
    if plan is None:
        raise Http404("There is no plan yet.")
    form = MyWordsForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Please keep each answer under 1,000 characters.")
        return redirect("voices:me")
    # Only the child's own section changes, so if an adult saved meanwhile the child's words
    # go on top of the adult's version instead of bouncing the child with a conflict.
    for _attempt in range(3):
        plan.refresh_from_db()
        current = plan.current()
        content = {**current.content, "child_voice": dict(form.cleaned_data)}
        try:
            plan_services.plan_save(
                plan=plan,
                actor=request.user,  # type: ignore[arg-type]
                content=content,
                base_version=current.number,
                note="Words added by the child",
                request=request,
            )
        except plan_services.PlanConflict:
            continue
        messages.success(request, "Thank you. Your words are on your plan.")
        return redirect("voices:me")
    messages.error(request, "Your plan was busy just then. Please try again.")
    return redirect("voices:me")


@require_http_methods(["GET"])
def child_checkins(request: HttpRequest, child_id: int) -> HttpResponse:
    """Trends of a child's check-ins, for the adults who can see the child."""
    child = get_child_or_404(request, child_id)
    checkins = list(
        CheckIn.objects.filter(organisation_id=child.organisation_id, child=child).order_by(
            "created_at"
        )
    )
    chart = weekly_checkin_chart(child, checkins)
    recent = list(reversed(checkins[-30:]))
    for checkin in recent:
        checkin.word = feeling_word(checkin.feeling)  # type: ignore[attr-defined]
    talk_count = sum(1 for c in checkins if c.wants_to_talk)
    return render(
        request,
        "voices/child_checkins.html",
        {"child": child, "chart": chart, "recent": recent, "talk_count": talk_count},
    )


def _may_invite(membership: Membership, child: Child) -> bool:
    if membership.role in (Role.LEAD, Role.DESIGNATED):
        return True
    return KeyAdult.objects.filter(
        organisation_id=child.organisation_id, child=child, membership=membership
    ).exists()


@require_http_methods(["GET", "POST"])
def invite(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    membership = _membership(request)
    if not _may_invite(membership, child):
        raise PermissionDenied("Designated staff or the child's key adult invite parents.")
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.parent_invitation_create(
            child=child,
            email=form.cleaned_data["email"],
            relationship=form.cleaned_data["relationship"],
            actor=request.user,  # type: ignore[arg-type]
            link_base=f"{request.scheme}://{request.get_host()}",
            request=request,
        )
        messages.success(request, "Invitation sent. The link works once, for 7 days.")
        return redirect("voices:invite", child_id=child.pk)
    invitations = ParentInvitation.objects.filter(
        organisation_id=child.organisation_id, child=child
    )[:20]
    return render(
        request,
        "voices/invite.html",
        {"child": child, "form": form, "invitations": invitations, "now": timezone.now()},
    )


@require_http_methods(["GET", "POST"])
def accept(request: HttpRequest, token: str) -> HttpResponse:
    """A parent's one-time link: choose a name and password, then sign in as usual."""
    from django_scopes import scopes_disabled

    problem = ""
    invitation = None
    with scopes_disabled():  # no organisation yet: the token itself finds the invitation
        try:
            invitation = services.invitation_for_token(token)
        except services.InvitationError as error:
            problem = str(error)
        if request.user.is_authenticated and invitation is not None:
            problem = "Please sign out first, then open the link again."
        form = AcceptForm(request.POST or None)
        if invitation is not None and not problem and request.method == "POST" and form.is_valid():
            try:
                services.parent_invitation_accept(
                    token=token,
                    full_name=form.cleaned_data["full_name"],
                    password=form.cleaned_data["password"],
                    request=request,
                )
            except services.InvitationError as error:
                problem = str(error)
            else:
                messages.success(
                    request,
                    "Your account is ready. Sign in with your email address and password; "
                    "you'll then link an authenticator app for the 6-digit code.",
                )
                return redirect("accounts:login")
    return render(
        request,
        "voices/accept.html",
        {"form": form, "problem": problem, "invitation": invitation},
        status=200,
    )


def _parent_child(request: HttpRequest, child_id: int) -> Child:
    membership = _membership(request)
    if membership.role != Role.PARENT:
        raise PermissionDenied
    return get_child_or_404(request, child_id)  # a parent sees only their own linked children


def _plans_url(name: str, child: Child) -> str:
    """A link into the plans app (its parent-facing pages), or "" where it has none."""
    try:
        return reverse(name, kwargs={"child_id": child.pk})
    except NoReverseMatch:
        return ""


@require_http_methods(["GET"])
def parent_child(request: HttpRequest, child_id: int) -> HttpResponse:
    child = _parent_child(request, child_id)
    library = load_library()
    themes = library.of_kind("parent-theme")
    tips = library.of_kind("parent-tip")
    sheet = [(theme, [t for t in tips if t.get("theme") == theme.id]) for theme in themes]
    last_views = ParentView.objects.filter(
        organisation_id=child.organisation_id, child=child, membership=_membership(request)
    ).first()
    return render(
        request,
        "voices/parent_child.html",
        {
            "child": child,
            "summary_url": _plans_url("plans:summary", child),
            "help_sheet_url": _plans_url("plans:pdf_parents", child),
            "sheet": sheet,
            "last_views": last_views,
        },
    )


@require_http_methods(["GET", "POST"])
def parent_views(request: HttpRequest, child_id: int) -> HttpResponse:
    child = _parent_child(request, child_id)
    form = ParentViewsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.parent_views_submit(
            membership=_membership(request),
            child=child,
            going_well=form.cleaned_data["going_well"],
            worries=form.cleaned_data["worries"],
            would_help=form.cleaned_data["would_help"],
            request=request,
        )
        messages.success(request, "Thank you. Your views will be part of the next review.")
        return redirect("voices:parent_child", child_id=child.pk)
    return render(request, "voices/parent_views.html", {"child": child, "form": form})
