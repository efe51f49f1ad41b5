"""Public views of the learning capability: quiz grading, certificates, verification, SCORM export."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from varde.learning import engine, selectors, services
from varde.learning.forms import CertificateForm, VerifyForm
from varde.learning.models import CoursePage

COOKIE_AGE = 60 * 60 * 24 * 365


def module_quiz_post(request, module):
    """Grade a posted quiz on the server; works the same with and without JavaScript."""
    course = module.course()
    questions = selectors.quiz_questions(module)
    submitted = {q.id: request.POST.getlist(f"q-{q.id}") for q in questions}
    result = engine.grade_quiz(questions, submitted, pass_mark=course.pass_mark)
    context = module.get_context(request)
    context.update(result=result, submitted={k: set(v) for k, v in submitted.items()})
    if result.passed:
        context["passed"] = True
        passed_ids = selectors.passed_module_ids(request=request, course=course) | {module.pk}
        modules = list(course.modules())
        context["all_passed"] = all(m.pk in passed_ids for m in modules)
        next_module = next((m for m in modules if m.path > module.path), None)
        context["next_module"] = next_module
    status = 400 if result.unanswered else 200
    response = TemplateResponse(request, module.get_template(request), context, status=status)
    if result.passed:
        if request.user.is_authenticated:
            services.progress_record(user=request.user, module=module, score=result.score, passed=True)
        response.set_signed_cookie(
            selectors.progress_cookie_name(course),
            services.progress_cookie_value(request=request, course=course, module_id=module.pk),
            salt=selectors.PROGRESS_SALT,
            max_age=COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    elif request.user.is_authenticated:
        services.progress_record(user=request.user, module=module, score=result.score, passed=False)
    return response


@require_http_methods(["GET", "POST"])
def certificate(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    passed = selectors.passed_module_ids(request=request, course=course)
    missing = [m for m in course.modules() if m.pk not in passed]
    if missing:
        return render(
            request, "learning/certificate_missing.html", {"course": course, "missing": missing}, status=403
        )
    form = CertificateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        cert = services.certificate_issue(course=course, name=form.cleaned_data["name"])
        verify_url = request.build_absolute_uri(reverse("learning:verify")) + f"?kode={cert.code}"
        pdf = services.certificate_pdf(
            certificate=cert, name=form.cleaned_data["name"], verify_url=verify_url
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="kursbevis-{cert.code}.pdf"'
        return response
    return render(
        request,
        "learning/certificate_form.html",
        {"course": course, "form": form},
        status=400 if form.errors else 200,
    )


def verify(request):
    form = VerifyForm(request.GET or None)
    outcome = None
    if request.GET and form.is_valid():
        cert = selectors.certificate_by_code(form.cleaned_data["kode"])
        if cert is None:
            outcome = {"valid": False}
        else:
            name = form.cleaned_data.get("navn")
            outcome = {
                "valid": True,
                "certificate": cert,
                "name_checked": bool(name),
                "name_matches": bool(name)
                and engine.name_matches(name, code=cert.code, key=_secret(), stored_hash=cert.name_hash),
            }
    status = 400 if form.errors else (404 if outcome and not outcome["valid"] else 200)
    return render(request, "learning/verify.html", {"form": form, "outcome": outcome}, status=status)


def _secret():
    return settings.SECRET_KEY


def scorm_export(request, course_id):
    """The course as a SCORM 1.2 zip, for editors (Wagtail admin login)."""
    if not (request.user.is_authenticated and request.user.is_staff):
        return redirect_to_login(request.get_full_path(), login_url=reverse("wagtailadmin_login"))
    course = get_object_or_404(CoursePage, pk=course_id)
    response = HttpResponse(services.scorm_export(course=course), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{course.slug}-scorm12.zip"'
    return response
