"""Views of the members-only workspace: thin, all rules live in services, selectors and the engine."""

from __future__ import annotations

from allauth.account.internal.flows.login import record_authentication
from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import engine, selectors, services
from .access import workspace_view
from .forms import (
    AcceptInvitationForm,
    ActionPointForm,
    AgendaItemForm,
    AttendanceForm,
    BestPracticeForm,
    CommentForm,
    DigestForm,
    DocumentForm,
    FocusAreaForm,
    InvitationForm,
    MeasureForm,
    MeetingForm,
    MembershipForm,
    MinutesForm,
    PostForm,
    ProposalCommentForm,
    ProposalForm,
    ProposalTransitionForm,
    ReportForm,
)
from .models import (
    ActionPoint,
    BestPractice,
    ExploitationForm,
    GuidelineProposal,
    Measure,
    Meeting,
    MeetingDocument,
    Membership,
    Post,
    ReportRun,
)
from .permissions import has_permission


def _invalid_status(*forms) -> int:
    """400 when a submitted form has errors (the page still shows them, with everything typed kept)."""
    return 400 if any(form is not None and form.is_bound and form.errors for form in forms) else 200


def _form_page(
    request, form, *, title, submit, back_url, intro="", multipart=False, delete_url="", side_links=()
):
    """Render any form; invalid input re-renders with messages and everything typed kept (400).

    ``side_links`` are (url, label) pairs shown under the form, such as a member's reset page."""
    return render(
        request,
        "workspace/form.html",
        {
            "form": form,
            "title": title,
            "submit": submit,
            "back_url": back_url,
            "intro": intro,
            "multipart": multipart,
            "delete_url": delete_url,
            "side_links": side_links,
        },
        status=_invalid_status(form),
    )


def _create_page(request, form_class, create, fields, *, detail, **page):
    """A page that creates one object: a valid POST calls ``create(author=user, <fields>)`` (the service
    checks the role and writes the audit event) and goes to the new object's ``detail`` page; anything else
    shows the form through ``_form_page`` (``page`` holds its title, submit, back_url, intro)."""
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = create(author=request.user, **{name: form.cleaned_data[name] for name in fields})
        return redirect(detail, pk=created.pk)
    return _form_page(request, form, **page)


def _list_by_status(request, template, name, statuses, select):
    """A list filtered by ``?status=``; an unknown status shows everything."""
    status = request.GET.get("status", "")
    if status not in statuses.values:
        status = ""
    return render(
        request, template, {name: select(status=status), "statuses": statuses.choices, "status": status}
    )


def _apply_validation_error(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


# --- Home, members, invitations -------------------------------------------------------------------


@workspace_view("view_workspace")
def home(request):
    can_posts = has_permission(request.user, "view_posts")
    return render(
        request,
        "workspace/home.html",
        {
            "upcoming": selectors.upcoming_meetings(),
            "posts": selectors.post_list()[:5] if can_posts else [],
            "proposals": selectors.proposals()[:5],
        },
    )


@workspace_view("view_members")
def member_list(request):
    return render(
        request, "workspace/members.html", {"organisations": selectors.organisations_with_members()}
    )


@workspace_view("manage_members")
def member_invite(request):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.invitation_create(
                invited_by=request.user,
                email=data["email"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                organisation=data["organisation"],
                role=data["role"],
                accept_url=lambda token: request.build_absolute_uri(
                    reverse("workspace:invitation_accept", kwargs={"token": token})
                ),
            )
        except ValidationError as error:
            _apply_validation_error(form, error)
        else:
            return render(request, "workspace/invitation_sent.html", {"email": data["email"]})
    return _form_page(
        request,
        form,
        title=_("Inviter et medlem"),
        submit=_("Send invitasjon"),
        back_url=reverse("workspace:members"),
        intro=_("Personen får en lenke på e-post. Lenken gjelder i 14 dager."),
    )


@workspace_view("manage_members")
def member_edit(request, pk):
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk)
    form = MembershipForm(request.POST or None, instance=membership)
    if request.method == "POST" and form.is_valid():
        services.membership_update(
            actor=request.user,
            membership=membership,
            role=form.cleaned_data["role"],
            is_active=form.cleaned_data["is_active"],
        )
        return redirect("workspace:members")
    links = []
    if has_permission(request.user, "reset_second_factors") and membership.user_id != request.user.pk:
        links.append(
            (
                reverse("workspace:member_reset_mfa", kwargs={"pk": pk}),
                _("Har medlemmet mistet kodeappen eller sikkerhetsnøkkelen? Nullstill tofaktorinnloggingen"),
            )
        )
    return _form_page(
        request,
        form,
        title=membership.display_name,
        submit=_("Lagre"),
        back_url=reverse("workspace:members"),
        side_links=links,
    )


@workspace_view("reset_second_factors")
def member_reset_mfa(request, pk):
    """GET shows what will be removed; only a POST removes it. Works without JavaScript."""
    membership = get_object_or_404(Membership.objects.select_related("user", "organisation"), pk=pk)
    own = membership.user_id == request.user.pk
    factors = selectors.second_factors(membership.user)
    error, status = "", 200
    if request.method == "POST":
        try:
            services.member_reset_second_factors(
                actor=request.user,
                membership=membership,
                login_url=request.build_absolute_uri(reverse("account_login")),
            )
        except PermissionDenied:
            error, status = _("Din egen innlogging kan bare en annen koordinator nullstille."), 403
        except ValidationError as exc:
            error, status = " ".join(exc.messages), 409
        else:
            messages.success(
                request,
                _("Tofaktorinnloggingen til %(name)s er nullstilt. Vi har sendt en e-post til %(email)s.")
                % {"name": membership.display_name, "email": membership.user.email},
            )
            return redirect("workspace:member_edit", pk=pk)
    return render(
        request,
        "workspace/member_reset_mfa.html",
        {"membership": membership, "factors": factors, "own": own, "error": error},
        status=status,
    )


def invitation_accept(request, token):
    """Public: the invitee chooses a password, is signed in and sent on to set up the second factor."""
    invitation = services.invitation_for_token(token)
    if invitation is None:
        return render(request, "workspace/invitation_invalid.html", status=404)
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.invitation_accept(invitation=invitation, password=form.cleaned_data["password1"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        # Tell allauth the password was just given, so TOTP setup does not ask for it again.
        record_authentication(request, user, method="password", email=invitation.email, reauthenticated=True)
        return redirect(reverse("mfa_activate_totp") + "?next=" + reverse("workspace:home"))
    return render(
        request,
        "workspace/invitation_accept.html",
        {"form": form, "invitation": invitation},
        status=_invalid_status(form),
    )


@workspace_view("view_workspace")
def settings_view(request):
    form = DigestForm(request.POST or None, initial={"weekly_digest": request.membership.weekly_digest})
    saved = False
    if request.method == "POST" and form.is_valid():
        services.membership_set_digest(user=request.user, weekly_digest=form.cleaned_data["weekly_digest"])
        saved = True
    return render(request, "workspace/settings.html", {"form": form, "saved": saved})


@workspace_view("view_audit")
def audit_log(request):
    return render(request, "workspace/audit.html", {"events": selectors.audit_events()})


# --- Experience exchange --------------------------------------------------------------------------


@workspace_view("view_posts")
def post_list(request):
    kind = request.GET.get("type", "")
    focus = request.GET.get("omrade", "")
    exploitation = request.GET.get("utnytting", "")
    return render(
        request,
        "workspace/posts.html",
        {
            "posts": selectors.post_list(kind=kind, focus_area=focus, exploitation=exploitation),
            "kinds": Post.Kind.choices,
            "focus_areas": selectors.focus_areas(),
            "exploitation_forms": ExploitationForm.choices,
            "selected": {"kind": kind, "focus": focus, "exploitation": exploitation},
        },
    )


@workspace_view("create_post")
def post_create(request):
    return _create_page(
        request,
        PostForm,
        services.post_create,
        ("kind", "title", "body", "focus_areas", "exploitation_forms"),
        detail="workspace:post_detail",
        title=_("Del en erfaring, et spørsmål eller en anonymisert sak"),
        submit=_("Publiser for medlemmene"),
        back_url=reverse("workspace:posts"),
        intro=_(
            "Innlegget er bare synlig for nettverkets medlemmer. Skriv slik at ingen personer kan kjennes igjen."
        ),
    )


@workspace_view("view_posts", post_permission="create_post")
def post_detail(request, pk):
    post = get_object_or_404(Post.objects.prefetch_related("comments__author", "focus_areas"), pk=pk)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.comment_create(author=request.user, post=post, body=form.cleaned_data["body"])
        return redirect(reverse("workspace:post_detail", kwargs={"pk": pk}) + "#kommentarer")
    return render(
        request, "workspace/post_detail.html", {"post": post, "form": form}, status=_invalid_status(form)
    )


# --- Meetings -------------------------------------------------------------------------------------


def _int_or_none(value):
    return int(value) if value and value.isdecimal() and len(value) == 4 else None


@workspace_view("view_meetings")
def meeting_list(request):
    year_from = _int_or_none(request.GET.get("fra"))
    year_to = _int_or_none(request.GET.get("til"))
    return render(
        request,
        "workspace/meetings.html",
        {
            "years": selectors.meetings_by_year(year_from=year_from, year_to=year_to),
            "year_from": year_from or "",
            "year_to": year_to or "",
        },
    )


@workspace_view("manage_meetings")
def meeting_create(request, pk=None):
    meeting = get_object_or_404(Meeting, pk=pk) if pk else Meeting()
    form = MeetingForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        meeting = services.meeting_save(actor=request.user, meeting=form.save(commit=False))
        return redirect("workspace:meeting_detail", pk=meeting.pk)
    return _form_page(
        request,
        form,
        title=_("Endre møte") if pk else _("Nytt møte"),
        submit=_("Lagre møtet"),
        back_url=reverse("workspace:meeting_detail", kwargs={"pk": pk})
        if pk
        else reverse("workspace:meetings"),
        intro="" if pk else _("Alle medlemmer får e-post om det nye møtet."),
    )


def _meeting_context(request, meeting, **forms):
    can_manage = has_permission(request.user, "manage_meetings")
    context = {
        "meeting": meeting,
        "can_manage": can_manage,
        "can_approve": has_permission(request.user, "approve_minutes"),
        "attendance": meeting.attendance.select_related("membership__user", "membership__organisation"),
    }
    if can_manage:
        context.update(
            agenda_form=forms.get("agenda_form") or AgendaItemForm(prefix="agenda"),
            document_form=forms.get("document_form") or DocumentForm(prefix="doc"),
            attendance_form=forms.get("attendance_form")
            or AttendanceForm(
                prefix="att",
                initial={"attended": [a.membership_id for a in meeting.attendance.filter(status="attended")]},
            ),
            action_form=forms.get("action_form") or ActionPointForm(prefix="action"),
        )
    return context


@workspace_view("view_meetings", post_permission="manage_meetings")
def meeting_detail(request, pk):
    meeting = get_object_or_404(
        Meeting.objects.prefetch_related("agenda_items__focus_area", "documents", "actions__owner__user"),
        pk=pk,
    )
    forms = {}
    if request.method == "POST":
        part = request.POST.get("part")
        if part == "agenda":
            form = forms["agenda_form"] = AgendaItemForm(request.POST, prefix="agenda")
            if form.is_valid():
                services.agenda_item_add(actor=request.user, meeting=meeting, **form.cleaned_data)
                return redirect(reverse("workspace:meeting_detail", kwargs={"pk": pk}) + "#dagsorden")
        elif part == "document":
            form = forms["document_form"] = DocumentForm(request.POST, request.FILES, prefix="doc")
            if form.is_valid():
                services.document_add(actor=request.user, meeting=meeting, **form.cleaned_data)
                return redirect(reverse("workspace:meeting_detail", kwargs={"pk": pk}) + "#dokumenter")
        elif part == "attendance":
            form = forms["attendance_form"] = AttendanceForm(request.POST, prefix="att")
            if form.is_valid():
                services.attendance_set(
                    actor=request.user, meeting=meeting, attended=list(form.cleaned_data["attended"])
                )
                return redirect(reverse("workspace:meeting_detail", kwargs={"pk": pk}) + "#oppmote")
        elif part == "action":
            form = forms["action_form"] = ActionPointForm(request.POST, prefix="action")
            if form.is_valid():
                services.action_add(actor=request.user, meeting=meeting, **form.cleaned_data)
                return redirect(reverse("workspace:meeting_detail", kwargs={"pk": pk}) + "#oppfolging")
        elif part == "toggle_action":
            action = get_object_or_404(
                ActionPoint, pk=request.POST.get("action_id", "0") or 0, meeting=meeting
            )
            services.action_toggle(actor=request.user, action=action)
            return redirect(reverse("workspace:meeting_detail", kwargs={"pk": pk}) + "#oppfolging")
        else:
            return HttpResponse(_("Ukjent handling."), status=400, content_type="text/plain; charset=utf-8")
    return render(
        request,
        "workspace/meeting_detail.html",
        _meeting_context(request, meeting, **forms),
        status=_invalid_status(*forms.values()),
    )


@workspace_view("manage_meetings")
def meeting_minutes(request, pk):
    meeting = get_object_or_404(Meeting, pk=pk)
    form = MinutesForm(request.POST or None, initial={"minutes": meeting.minutes})
    if meeting.minutes_status == Meeting.MinutesStatus.APPROVED:
        return redirect("workspace:meeting_detail", pk=pk)
    if request.method == "POST" and form.is_valid():
        try:
            services.minutes_save(
                actor=request.user,
                meeting=meeting,
                minutes=form.cleaned_data["minutes"],
                submit="submit" in request.POST,
            )
        except ValidationError as error:
            _apply_validation_error(form, error)
        else:
            return redirect(reverse("workspace:meeting_detail", kwargs={"pk": pk}) + "#referat")
    return render(
        request,
        "workspace/minutes_form.html",
        {"form": form, "meeting": meeting},
        status=_invalid_status(form),
    )


@require_POST
@workspace_view("approve_minutes")
def meeting_minutes_approve(request, pk):
    meeting = get_object_or_404(Meeting, pk=pk)
    try:
        services.minutes_approve(actor=request.user, meeting=meeting)
    except ValidationError as error:
        return render(request, "workspace/error.html", {"messages_list": error.messages}, status=409)
    return redirect(reverse("workspace:meeting_detail", kwargs={"pk": pk}) + "#referat")


@workspace_view("view_meetings")
def meeting_document(request, pk, doc_pk):
    document = get_object_or_404(MeetingDocument, pk=doc_pk, meeting_id=pk)
    services.audit_record(actor=request.user, action="download", obj=document)
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    return FileResponse(handle, as_attachment=True, filename=document.file.name.rsplit("/", 1)[-1])


def _calendar_response(request, meetings, filename):
    events = [
        engine.CalendarEvent(
            uid=f"meeting-{m.pk}@varde",
            starts_at=m.starts_at,
            ends_at=m.ends_at,
            summary=m.title,
            location=m.place or m.video_url,
            url=request.build_absolute_uri(reverse("workspace:meeting_detail", kwargs={"pk": m.pk})),
        )
        for m in meetings
    ]
    response = HttpResponse(
        engine.to_ical(events, stamp=timezone.now()), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@workspace_view("view_meetings")
def meeting_ical(request, pk):
    return _calendar_response(request, [get_object_or_404(Meeting, pk=pk)], f"nettverksmote-{pk}.ics")


@workspace_view("view_meetings")
def meetings_ical(request):
    return _calendar_response(request, list(Meeting.objects.order_by("starts_at")), "nettverksmoter.ics")


# --- Focus areas and best practice ----------------------------------------------------------------


@workspace_view("view_library", post_permission="edit_library")
def focus_area_list(request):
    form = FocusAreaForm(request.POST or None) if has_permission(request.user, "edit_library") else None
    if request.method == "POST" and form is not None and form.is_valid():
        area = form.save()
        services.audit_record(actor=request.user, action="create", obj=area)
        return redirect("workspace:focus_areas")
    return render(
        request,
        "workspace/focus_areas.html",
        {"areas": selectors.focus_areas(), "form": form},
        status=_invalid_status(form),
    )


@workspace_view("view_library")
def practice_list(request):
    return _list_by_status(
        request, "workspace/practices.html", "practices", BestPractice.Status, selectors.practices
    )


@workspace_view("edit_library")
def practice_edit(request, pk=None):
    practice = get_object_or_404(BestPractice, pk=pk) if pk else BestPractice()
    form = BestPracticeForm(request.POST or None, instance=practice)
    if request.method == "POST" and form.is_valid():
        practice = services.practice_save(
            actor=request.user, practice=form.save(commit=False), focus_areas=form.cleaned_data["focus_areas"]
        )
        return redirect("workspace:practice_detail", pk=practice.pk)
    return _form_page(
        request,
        form,
        title=_("Endre praksis") if pk else _("Foreslå god praksis"),
        submit=_("Lagre"),
        back_url=reverse("workspace:practices"),
    )


@workspace_view("view_library", post_permission="edit_library")
def practice_detail(request, pk):
    practice = get_object_or_404(BestPractice.objects.prefetch_related("focus_areas"), pk=pk)
    error = ""
    if request.method == "POST" and request.POST.get("part") == "publish":
        try:
            services.practice_publish(actor=request.user, practice=practice)
        except ValidationError as exc:
            error = " ".join(exc.messages)
        except services.PermissionDenied:
            error = _("Bare koordinator kan publisere en praksis.")
        else:
            return redirect("workspace:practice_detail", pk=pk)
    elif request.method == "POST":
        try:
            services.practice_set_status(
                actor=request.user, practice=practice, status=request.POST.get("status", "")
            )
        except ValidationError as exc:
            error = " ".join(exc.messages)
        except services.PermissionDenied:
            error = _("Bare koordinator kan anbefale en praksis.")
        else:
            return redirect("workspace:practice_detail", pk=pk)
    next_statuses = [
        (value, label)
        for value, label in BestPractice.Status.choices
        if value in services.PRACTICE_FLOW.get(practice.status, set())
    ]
    return render(
        request,
        "workspace/practice_detail.html",
        {
            "practice": practice,
            "next_statuses": next_statuses,
            "can_edit": has_permission(request.user, "edit_library"),
            "can_publish": has_permission(request.user, "recommend_practice")
            and practice.status == BestPractice.Status.RECOMMENDED,
            "page_translations": selectors.public_page_translations(practice.public_page),
            "error": error,
        },
        status=400 if error else 200,
    )


# --- Guideline proposals --------------------------------------------------------------------------


@workspace_view("view_proposals")
def proposal_list(request):
    return _list_by_status(
        request, "workspace/proposals.html", "proposals", GuidelineProposal.Status, selectors.proposals
    )


@workspace_view("create_proposal")
def proposal_create(request):
    return _create_page(
        request,
        ProposalForm,
        services.proposal_create,
        ("title", "page", "section", "rationale", "sources"),
        detail="workspace:proposal_detail",
        title=_("Foreslå en endring i veilederen"),
        submit=_("Send inn forslaget"),
        back_url=reverse("workspace:proposals"),
    )


@workspace_view("view_proposals")
def proposal_detail(request, pk):
    proposal = get_object_or_404(
        GuidelineProposal.objects.select_related("page", "implemented_revision", "author"), pk=pk
    )
    comment_form = ProposalCommentForm(prefix="comment")
    transition_form = ProposalTransitionForm(prefix="status", proposal=proposal)
    if request.method == "POST":
        part = request.POST.get("part")
        if part == "follow":
            services.proposal_toggle_follow(user=request.user, proposal=proposal)
            return redirect("workspace:proposal_detail", pk=pk)
        if part == "comment" and has_permission(request.user, "comment_proposal"):
            comment_form = ProposalCommentForm(request.POST, prefix="comment")
            if comment_form.is_valid():
                services.proposal_comment_create(
                    author=request.user, proposal=proposal, body=comment_form.cleaned_data["body"]
                )
                return redirect(reverse("workspace:proposal_detail", kwargs={"pk": pk}) + "#kommentarer")
        elif part == "status" and (
            has_permission(request.user, "assess_proposal")
            or has_permission(request.user, "implement_proposal")
        ):
            transition_form = ProposalTransitionForm(request.POST, prefix="status", proposal=proposal)
            if transition_form.is_valid():
                data = transition_form.cleaned_data
                try:
                    services.proposal_transition(
                        actor=request.user,
                        proposal=proposal,
                        status=data["status"],
                        reason=data["reason"],
                        revision=data["revision"],
                    )
                except ValidationError as error:
                    _apply_validation_error(transition_form, error)
                except services.PermissionDenied:
                    transition_form.add_error("status", _("Rollen din kan ikke gi forslaget denne statusen."))
                else:
                    return redirect("workspace:proposal_detail", pk=pk)
        else:
            from .access import forbidden

            return forbidden(request)
    allowed = services.PROPOSAL_FLOW[proposal.status]
    transition_form.fields["status"].choices = [
        (value, label) for value, label in GuidelineProposal.Status.choices if value in allowed
    ]
    return render(
        request,
        "workspace/proposal_detail.html",
        {
            "proposal": proposal,
            "comments": proposal.comments.select_related("author"),
            "comment_form": comment_form,
            "transition_form": transition_form if allowed else None,
            "following": proposal.followers.filter(pk=request.user.pk).exists(),
            "can_comment": has_permission(request.user, "comment_proposal"),
            "can_transition": has_permission(request.user, "assess_proposal")
            or has_permission(request.user, "implement_proposal"),
        },
        status=_invalid_status(comment_form, transition_form),
    )


# --- Measures -------------------------------------------------------------------------------------


@workspace_view("view_measures")
def measure_list(request):
    return render(
        request,
        "workspace/measures.html",
        {"measures": Measure.objects.select_related("owner__user").prefetch_related("focus_areas")},
    )


@workspace_view("manage_measures")
def measure_edit(request, pk=None):
    measure = get_object_or_404(Measure, pk=pk) if pk else Measure()
    form = MeasureForm(request.POST or None, instance=measure)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            services.measure_save(actor=request.user, measure=form.save(commit=False), form=form)
        return redirect("workspace:measures")
    return _form_page(
        request,
        form,
        title=_("Endre tiltak") if pk else _("Nytt tiltak"),
        submit=_("Lagre tiltaket"),
        back_url=reverse("workspace:measures"),
        delete_url=reverse("workspace:measure_delete", kwargs={"pk": pk}) if pk else "",
    )


@workspace_view("manage_measures")
def measure_delete(request, pk):
    """GET shows what will be removed; only a POST deletes. Works without JavaScript."""
    measure = get_object_or_404(Measure.objects.select_related("owner__user"), pk=pk)
    if request.method == "POST":
        services.measure_delete(actor=request.user, measure=measure)
        messages.success(request, _("Tiltaket «%(title)s» er slettet.") % {"title": measure.title})
        return redirect("workspace:measures")
    links = services.measure_links(measure)
    return render(
        request,
        "workspace/measure_delete.html",
        {"measure": measure, "removed_links": links, "has_links": any(links.values())},
    )


# --- Period report --------------------------------------------------------------------------------


@workspace_view("view_reports", post_permission="run_report")
def report_list(request):
    form = ReportForm(request.POST or None) if has_permission(request.user, "run_report") else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            run = services.report_request(
                actor=request.user,
                period_start=form.cleaned_data["period_start"],
                period_end=form.cleaned_data["period_end"],
            )
        except ValidationError as error:
            _apply_validation_error(form, error)
        else:
            return redirect("workspace:report_detail", pk=run.pk)
    return render(
        request,
        "workspace/reports.html",
        {"runs": selectors.report_runs()[:20], "form": form},
        status=_invalid_status(form),
    )


@workspace_view("view_reports")
def report_detail(request, pk):
    run = get_object_or_404(ReportRun.objects.defer("pdf"), pk=pk)
    return render(request, "workspace/report_detail.html", {"run": run})


@workspace_view("view_reports")
def report_pdf(request, pk):
    run = get_object_or_404(ReportRun, pk=pk, status=ReportRun.Status.DONE)
    services.audit_record(actor=request.user, action="download", obj=run)
    response = HttpResponse(bytes(run.pdf), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="nettverket-rapport-{run.period_start:%Y%m%d}-{run.period_end:%Y%m%d}.pdf"'
    )
    return response
