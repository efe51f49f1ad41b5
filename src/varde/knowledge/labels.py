"""Display names for the audience and topic tags (tags are stored by slug, shown in the reader's language)."""

from django.utils.translation import gettext_lazy as _

AUDIENCES = {
    "helsepersonell": _("Helsepersonell"),
    "sosialarbeider-nav": _("Sosialarbeider og NAV"),
    "barnevern": _("Barnevern"),
    "student-underviser": _("Student og underviser"),
}

TOPICS = {
    "avdekking": _("Avdekke"),
    "samtale": _("Samtalen"),
    "helse": _("Helse og oppfølging"),
    "utnyttelsesformer": _("Former for utnytting"),
    "barn": _("Barn og unge"),
    "rettigheter": _("Rettigheter"),
    "plikter": _("Plikter"),
    "henvisning": _("Henvisning og samarbeid"),
}


def audience_label(slug: str) -> str:
    return str(AUDIENCES.get(slug, slug))


def topic_label(slug: str) -> str:
    return str(TOPICS.get(slug, slug))
