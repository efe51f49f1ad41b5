"""Read side of the learning capability."""

from varde.learning import engine
from varde.learning.models import Certificate, Progress

PROGRESS_SALT = "varde.learning.progress"


def progress_cookie_name(course) -> str:
    return f"varde_kurs_{course.pk}"


def cookie_module_ids(request, course) -> set[int]:
    raw = request.get_signed_cookie(progress_cookie_name(course), default="", salt=PROGRESS_SALT)
    return {int(part) for part in raw.split(",") if part.isdecimal()}


def passed_module_ids(*, request, course) -> set[int]:
    """Modules of this course the learner has passed: from the signed cookie, and from the server for
    signed-in learners."""
    ids = cookie_module_ids(request, course)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        ids |= set(
            Progress.objects.filter(user=user, passed=True, module__in=course.modules()).values_list(
                "module_id", flat=True
            )
        )
    module_ids = set(course.modules().values_list("pk", flat=True))
    return ids & module_ids


def quiz_questions(module) -> list[engine.QuizQuestion]:
    questions = []
    for block in module.quiz:
        value = block.value
        questions.append(
            engine.QuizQuestion(
                id=block.id,
                text=value["question"],
                multiple=bool(value["multiple"]),
                answers=tuple(
                    engine.QuizAnswer(
                        text=a["text"], correct=bool(a["correct"]), feedback=a["feedback"] or ""
                    )
                    for a in value["answers"]
                ),
            )
        )
    return questions


def certificate_by_code(code: str):
    normalised = engine.normalise_code(code)
    if not normalised:
        return None
    return Certificate.objects.filter(code=normalised).first()
