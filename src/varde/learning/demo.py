"""Demo content: the full course «Menneskehandel: avdekke, hjelpe, henvise» under /kurs/. Idempotent."""

from django.db import transaction
from django.utils.html import escape

from varde.learning.demo_course import COURSE
from varde.learning.models import CoursePage, LessonPage, ModulePage


def _body(items) -> list[tuple[str, object]]:
    body = []
    for item in items:
        if isinstance(item, tuple) and item[0] == "h2":
            body.append(("heading", {"text": item[1], "level": "h2"}))
        elif isinstance(item, tuple) and item[0] == "callout":
            _tag, kind, title, text = item
            body.append(("callout", {"kind": kind, "title": title, "text": text}))
        elif item.startswith("<"):
            body.append(("paragraph", item))
        else:
            body.append(("paragraph", f"<p>{escape(item)}</p>"))
    return body


def _quiz(questions) -> list[tuple[str, object]]:
    return [
        (
            "question",
            {
                "question": text,
                "multiple": multiple,
                "answers": [
                    {"text": a, "correct": correct, "feedback": feedback} for a, correct, feedback in answers
                ],
            },
        )
        for text, multiple, answers in questions
    ]


def _publish(page):
    page.save_revision().publish()


LANDING_LINKS = {
    "nb": (
        "",
        "E-læringskurset «Menneskehandel: avdekke, hjelpe, henvise»",
        "Opplæringstilbud",
        "Behov og tilbud",
        "Resultater fra kompetansekartlegginger",
        "Undervisningsopplegg for universiteter og høgskoler",
        "Sjekk et kursbevis",
    ),
    "nn": (
        "/nn",
        "E-læringskurset «Menneskehandel: avdekke, hjelpe, henvise» (på bokmål)",
        "Opplæringstilbod",
        "Behov og tilbod",
        "Resultat frå kompetansekartleggingar",
        "Undervisningsopplegg for universitet og høgskular",
        "Sjekk eit kursbevis",
    ),
    "en": (
        "/en",
        "E-learning course on human trafficking (in Norwegian)",
        "Training offers",
        "Needs and offers",
        "Results of competence surveys",
        "Teaching packages for universities",
        "Check a certificate",
    ),
}


def add_landing_links(home) -> None:
    """Links from the /kurs/ landing page (a core ContentPage) to the tools under it, in each language."""
    if home is None:
        return
    landing = home.get_children().filter(slug="kurs").first()
    if landing is None:
        return
    for page in [landing.specific, *[p.specific for p in landing.get_translations()]]:
        if not hasattr(page, "body") or "/kurs/katalog/" in str(page.body.raw_data):
            continue
        labels = LANDING_LINKS.get(page.locale.language_code)
        if labels is None:
            continue
        prefix, course, catalogue, gaps, results, teaching, verify = labels
        paths = [
            ("/kurs/" + COURSE["slug"] + "/", course, False),
            (f"{prefix}/kurs/katalog/", catalogue, True),
            (f"{prefix}/kurs/katalog/behov/", gaps, True),
            (f"{prefix}/kurs/resultater/", results, True),
            (f"{prefix}/kurs/undervisning/", teaching, True),
            (f"{prefix}/kurs/verifiser/", verify, True),
        ]
        items = "".join(f'<li><a href="{url}">{escape(text)}</a></li>' for url, text, _local in paths)
        page.body.append(("paragraph", f"<ul>{items}</ul>"))
        _publish(page)


@transaction.atomic
def load_demo(home) -> CoursePage:
    course = _load_course(home)
    add_landing_links(home)
    return course


def _load_course(home) -> CoursePage:
    parent = home.get_children().filter(slug="kurs").first() if home is not None else None
    parent = (parent or home).specific
    course = CoursePage.objects.filter(slug=COURSE["slug"], locale=parent.locale).first()
    if course is not None:
        return course
    course = CoursePage(
        title=COURSE["title"],
        slug=COURSE["slug"],
        intro=COURSE["intro"],
        pass_mark=COURSE["pass_mark"],
        locale=parent.locale,
    )
    parent.add_child(instance=course)
    _publish(course)
    for data in COURSE["modules"]:
        module = ModulePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            quiz=_quiz(data["quiz"]),
            locale=parent.locale,
        )
        course.add_child(instance=module)
        _publish(module)
        for number, (title, items) in enumerate(data["lessons"], start=1):
            lesson = LessonPage(
                title=title, slug=f"leksjon-{number}", body=_body(items), locale=parent.locale
            )
            module.add_child(instance=lesson)
            _publish(lesson)
    return course
