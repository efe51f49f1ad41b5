"""API endpoints of the learning capability, mounted under /api/v1/learning/ by varde.api."""

from __future__ import annotations

import datetime

from django.http import Http404
from ninja import Router, Schema

from varde.core.api import ApiError
from varde.learning import selectors
from varde.learning.models import CoursePage

router = Router(tags=["learning"])


class ModuleOut(Schema):
    title: str
    url: str
    lessons: int
    questions: int


class CourseOut(Schema):
    id: int
    title: str
    intro: str
    url: str
    language: str
    pass_mark: int
    modules: list[ModuleOut]


@router.get("/courses", response=list[CourseOut], summary="Published courses with their modules")
def courses(request):
    out = []
    for course in CoursePage.objects.live().order_by("title"):
        out.append(
            CourseOut(
                id=course.pk,
                title=course.title,
                intro=course.intro,
                url=course.get_url(request) or "",
                language=course.locale.language_code,
                pass_mark=course.pass_mark,
                modules=[
                    ModuleOut(
                        title=m.title,
                        url=m.get_url(request) or "",
                        lessons=m.lessons().count(),
                        questions=len(selectors.quiz_questions(m)),
                    )
                    for m in course.modules()
                ],
            )
        )
    return out


class CertificateOut(Schema):
    code: str
    course: str
    issued_on: datetime.date
    valid: bool


@router.get(
    "/certificates/{code}",
    response={200: CertificateOut, 404: ApiError},
    summary="Verify a certificate code",
    description="404 when no certificate has this code.",
)
def certificate(request, code: str):
    cert = selectors.certificate_by_code(code)
    if cert is None:
        raise Http404
    return CertificateOut(code=cert.code, course=cert.course_title, issued_on=cert.issued_on, valid=True)
