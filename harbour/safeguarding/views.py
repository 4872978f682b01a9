"""Safeguarding pages: raise a concern, my concerns, the designated staff's concern pages,
the child-protection chronology, and moving the file with the child.

Reading a concern or a CP file needs a recent second factor (`access.reverify`) and writes
an audit entry every time. The object is fetched first, so another organisation's record
answers 404 before anything else is said about it.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from harbour.children.access import visible_children
from harbour.safeguarding import services
from harbour.safeguarding.access import (
    get_concern_or_404,
    get_cp_child_or_404,
    has_recent_second_factor,
    reverify,
)
from harbour.safeguarding.bundle import BundleError, cp_chronology, parse_bundle, transfer_zip
from harbour.safeguarding.forms import (
    ActionForm,
    CloseForm,
    ClosureForm,
    ConcernForm,
    ConfirmOutsideForm,
    ExportForm,
    ImportForm,
)
from harbour.safeguarding.models import ClosurePeriod, Concern, CPImport, CPTransfer
from harbour.safeguarding.reporting import closure_days, deadline, overdue_transfers

MAX_BUNDLE_BYTES = 25 * 1024 * 1024  # the .zip with its PDF; the JSON's own limit is in bundle


@require_http_methods(["GET", "POST"])
def raise_concern(request: HttpRequest) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    children = visible_children(membership)
    initial = {}
    wanted = request.GET.get("child", "")
    if wanted.isdigit():
        initial["child"] = children.filter(pk=int(wanted)).first()
    form = ConcernForm(request.POST or None, children=children, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.concern_raise(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,  # type: ignore[arg-type]
            child=form.cleaned_data["child"],
            summary=form.cleaned_data["summary"],
            details=form.cleaned_data["details"],
            request=request,
        )
        messages.success(
            request,
            "Thank you. The designated safeguarding lead has been told and will act on it. "
            "If a child is in immediate danger, call 999.",
        )
        return redirect("safeguarding:mine")
    return render(request, "safeguarding/raise.html", {"form": form})


@require_http_methods(["GET"])
def my_concerns(request: HttpRequest) -> HttpResponse:
    """The concerns this person raised: the child and the status, never the content."""
    membership = request.membership  # type: ignore[attr-defined]
    mine = (
        Concern.objects.filter(
            organisation_id=membership.organisation_id, raised_by_id=membership.user_id
        )
        .select_related("child")
        .only("raised_at", "status", "closed_at", "child")[:200]
    )
    return render(request, "safeguarding/mine.html", {"concerns": mine})


@require_http_methods(["GET"])
def concern_list(request: HttpRequest) -> HttpResponse:
    """Every concern of the organisation: who and when, not what (that is on the audited page)."""
    membership = request.membership  # type: ignore[attr-defined]
    status = request.GET.get("status", "open")
    concerns = Concern.objects.filter(organisation_id=membership.organisation_id)
    if status in Concern.Status.values:
        concerns = concerns.filter(status=status)
    services.concerns_listed(
        organisation=request.organisation,  # type: ignore[attr-defined]
        actor=request.user,  # type: ignore[arg-type]
        request=request,
    )
    return render(
        request,
        "safeguarding/list.html",
        {
            "concerns": concerns.select_related("child")[:500],
            "status": status,
            "overdue_transfers": overdue_transfers(
                membership.organisation_id, timezone.localdate()
            ),
        },
    )


@require_http_methods(["GET"])
def concern_detail(request: HttpRequest, concern_id: int) -> HttpResponse:
    concern = get_concern_or_404(request, concern_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    services.concern_viewed(concern=concern, actor=request.user, request=request)  # type: ignore[arg-type]
    return render(
        request,
        "safeguarding/concern.html",
        {
            "concern": concern,
            "child": concern.child,
            "actions": concern.actions.all(),
            "action_form": ActionForm(prefix="action"),
            "close_form": CloseForm(prefix="close"),
        },
    )


@require_POST
def concern_action(request: HttpRequest, concern_id: int) -> HttpResponse:
    concern = get_concern_or_404(request, concern_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    form = ActionForm(request.POST, prefix="action")
    if form.is_valid():
        services.concern_action_record(
            concern=concern,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
            **form.cleaned_data,
        )
        messages.success(request, "Recorded.")
    else:
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
    return redirect("safeguarding:concern", concern_id=concern.pk)


@require_POST
def concern_close(request: HttpRequest, concern_id: int) -> HttpResponse:
    concern = get_concern_or_404(request, concern_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    form = CloseForm(request.POST, prefix="close")
    if form.is_valid() and concern.status == Concern.Status.OPEN:
        services.concern_close(
            concern=concern,
            actor=request.user,  # type: ignore[arg-type]
            reasons=form.cleaned_data["reasons"],
            request=request,
        )
        messages.success(request, "The concern is closed. It stays in the child's CP file.")
    else:
        messages.error(request, "Write the reasons for closing the concern.")
    return redirect("safeguarding:concern", concern_id=concern.pk)


@require_http_methods(["GET"])
def cp_file(request: HttpRequest, child_id: int) -> HttpResponse:
    """The child-protection chronology: every concern and action, oldest first."""
    child = get_cp_child_or_404(request, child_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    services.cp_file_viewed(child=child, actor=request.user, request=request)  # type: ignore[arg-type]
    transfers = list(CPTransfer.objects.filter(organisation_id=child.organisation_id, child=child))
    closed = (
        closure_days(child.organisation_id, min(t.sent_on for t in transfers)) if transfers else []
    )
    for t in transfers:
        t.deadline = deadline(t, closed)  # type: ignore[attr-defined]
        if t.confirmed_at is None:
            t.confirm_form = ConfirmOutsideForm(  # type: ignore[attr-defined]
                prefix=f"confirm-{t.pk}", initial={"confirmed_on": timezone.localdate()}
            )
    return render(
        request,
        "safeguarding/cp_file.html",
        {
            "child": child,
            "entries": cp_chronology(child),
            "transfers": transfers,
            "imports": CPImport.objects.filter(organisation_id=child.organisation_id, child=child),
            "export_form": ExportForm(),
            "tab": "cp",
        },
    )


@require_http_methods(["GET"])
def cp_print(request: HttpRequest, child_id: int) -> HttpResponse:
    """A printable copy of the CP file (print it, or save it as PDF, from the browser)."""
    child = get_cp_child_or_404(request, child_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    services.cp_file_viewed(child=child, actor=request.user, request=request)  # type: ignore[arg-type]
    return render(
        request,
        "safeguarding/cp_print.html",
        {"child": child, "entries": cp_chronology(child), "printed_at": timezone.now()},
    )


@require_http_methods(["GET"])
def cp_pdf(request: HttpRequest, child_id: int) -> HttpResponse:
    """The CP file as a PDF, the human-readable half of a transfer (the JSON is the other)."""
    from harbour.plans.pdf import render_pdf

    child = get_cp_child_or_404(request, child_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    services.cp_file_viewed(child=child, actor=request.user, request=request)  # type: ignore[arg-type]
    document = render_pdf(
        "safeguarding/cp_print.html",
        {
            "child": child,
            "entries": cp_chronology(child),
            "printed_at": timezone.now(),
            "for_pdf": True,
        },
    )
    response = HttpResponse(document, content_type="application/pdf")
    name = f"cp-file-{child.pk}-{timezone.localdate():%Y%m%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
def transfer_export(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_cp_child_or_404(request, child_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    form = ExportForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say which setting the file is going to.")
        return redirect("safeguarding:cp_file", child_id=child.pk)
    from harbour.plans.pdf import render_pdf

    # The PDF first: if it can't be made, no transfer is recorded for a file never sent.
    pdf = render_pdf(
        "safeguarding/cp_print.html",
        {
            "child": child,
            "entries": cp_chronology(child),
            "printed_at": timezone.now(),
            "sent_to": form.cleaned_data["sent_to"],
            "for_pdf": True,
        },
    )
    transfer, document = services.transfer_export(
        child=child,
        actor=request.user,  # type: ignore[arg-type]
        sent_to=form.cleaned_data["sent_to"],
        request=request,
    )
    stem = f"cp-file-{child.pk}-{transfer.sent_on:%Y%m%d}"
    response = HttpResponse(
        transfer_zip(document=document, pdf=pdf, stem=stem), content_type="application/zip"
    )
    response["Content-Disposition"] = f'attachment; filename="{stem}.zip"'
    return response


@require_POST
def transfer_confirm_outside(request: HttpRequest, child_id: int) -> HttpResponse:
    """The receiving setting confirmed receipt by email, phone or letter: write it down."""
    child = get_cp_child_or_404(request, child_id)
    back = redirect("safeguarding:cp_file", child_id=child.pk)
    if not has_recent_second_factor(request):
        return reverify(request, back.url)
    wanted = request.POST.get("transfer", "")
    transfer = CPTransfer.objects.filter(
        organisation_id=child.organisation_id,
        child=child,
        pk=int(wanted) if wanted.isdigit() else 0,
        confirmed_at__isnull=True,
    ).first()
    if transfer is None:
        messages.error(request, "There is no file awaiting confirmation to record.")
        return back
    form = ConfirmOutsideForm(request.POST, prefix=f"confirm-{transfer.pk}")
    if not form.is_valid():
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return back
    try:
        services.transfer_confirm_outside(
            transfer=transfer,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
            **form.cleaned_data,
        )
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Receipt recorded: {transfer.sent_to} has the file.")
    return back


@require_http_methods(["GET", "POST"])
def transfer_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    received = CPImport.objects.filter(
        organisation_id=request.membership.organisation_id  # type: ignore[attr-defined]
    ).select_related("child")[:50]
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["bundle"]
        try:
            if upload.size > MAX_BUNDLE_BYTES:
                raise BundleError("The file is too large to be a child-protection file.")
            document = parse_bundle(upload.read())
            done = services.transfer_import(
                organisation=request.organisation,  # type: ignore[attr-defined]
                actor=request.user,  # type: ignore[arg-type]
                document=document,
                request=request,
            )
        except (BundleError, ValueError) as error:
            form.add_error("bundle", str(error))
        else:
            messages.success(
                request, "Imported. Check it, then confirm receipt so the sender knows."
            )
            return redirect("safeguarding:cp_file", child_id=done.child_id)
    return render(request, "safeguarding/import.html", {"form": form, "received": received})


@require_POST
def transfer_confirm(request: HttpRequest) -> HttpResponse:
    wanted = request.POST.get("received", "")
    received = (
        CPImport.objects.filter(
            organisation_id=request.membership.organisation_id,  # type: ignore[attr-defined]
            pk=int(wanted) if wanted.isdigit() else 0,
            confirmed_at__isnull=True,
        )
        .select_related("organisation")
        .first()
    )
    if received is None:
        messages.error(request, "There is no unconfirmed file to confirm.")
        return redirect("safeguarding:import")
    found = services.transfer_confirm(received=received, actor=request.user, request=request)  # type: ignore[arg-type]
    messages.success(
        request,
        "Receipt confirmed: the sending setting can see it in Harbour."
        if found
        else "Receipt recorded. The sender does not use Harbour: tell them it arrived.",
    )
    return redirect("safeguarding:import")


@require_http_methods(["GET", "POST"])
def closures(request: HttpRequest) -> HttpResponse:
    """The days the setting is closed, which deadlines in school days skip."""
    organisation = request.organisation  # type: ignore[attr-defined]
    periods = ClosurePeriod.objects.filter(organisation_id=organisation.pk)
    form = ClosureForm(request.POST if "label" in request.POST else None)
    if request.method == "POST":
        wanted = request.POST.get("remove", "")
        if wanted.isdigit():
            period = periods.filter(pk=int(wanted)).first()
            if period is not None:
                try:
                    services.closure_period_remove(
                        period=period,
                        actor=request.user,  # type: ignore[arg-type]
                        request=request,
                    )
                except ValueError as problem:  # someone else removed it a moment ago
                    messages.info(request, str(problem))
                else:
                    messages.success(request, f"Removed: {period.label}.")
            return redirect("safeguarding:closures")
        if form.is_valid():
            try:
                services.closure_period_add(
                    organisation=organisation,
                    actor=request.user,  # type: ignore[arg-type]
                    request=request,
                    **form.cleaned_data,
                )
            except ValueError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "Added.")
                return redirect("safeguarding:closures")
    today = timezone.localdate()
    return render(
        request,
        "safeguarding/closures.html",
        {
            "form": form,
            "upcoming": periods.filter(end__gte=today),
            "past": periods.filter(end__lt=today).order_by("-start")[:20],
        },
    )
