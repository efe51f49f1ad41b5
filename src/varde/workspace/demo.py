"""Demo content for the workspace: organisations, focus areas, two meetings, practice and measures.

Facts are paraphrased from Helsedirektoratet's report on the network 2021–2023
(https://www.helsedirektoratet.no/rapporter/nasjonalt-nettverk-for-arbeid-mot-menneskehandel-i-helse-og-omsorgstjenestene-2021-2023/).
No user accounts are created: invite the first coordinator with ``manage.py workspace_invite``.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from .models import AgendaItem, BestPractice, FocusArea, Measure, Meeting, Organisation

ORGANISATIONS = [
    ("Helsedirektoratet", Organisation.Kind.DIRECTORATE),
    ("RVTS Øst", Organisation.Kind.RVTS),
    ("Oslo universitetssykehus", Organisation.Kind.HEALTH_TRUST),
    ("Human Trafficking Support Oslo (NAV)", Organisation.Kind.NAV),
    ("ROSA", Organisation.Kind.NGO),
    ("KOM – Koordineringsenheten for ofre for menneskehandel", Organisation.Kind.POLICE),
]

FOCUS_AREAS = [
    (
        "Identifisering av mulige ofre",
        "Kunnskap, rutiner og tolk slik at helsepersonell kan oppdage og dokumentere bekymring.",
    ),
    (
        "Helsemessig oppfølging",
        "Tilpasset bosted, likeverdige tjenester og kontinuitet for ofre og personer i refleksjonsperiode.",
    ),
    (
        "Taushetsplikt, opplysningsplikt og avvergingsplikt",
        "Hvordan helsepersonell kan samarbeide med andre tjenester innenfor regelverket.",
    ),
]


def _aware(year, month, day, hour=10):
    return timezone.make_aware(dt.datetime(year, month, day, hour, 0))


def load_demo() -> None:
    for name, kind in ORGANISATIONS:
        Organisation.objects.update_or_create(name=name, defaults={"kind": kind})
    areas = {}
    for title, description in FOCUS_AREAS:
        areas[title], _ = FocusArea.objects.update_or_create(
            title=title, defaults={"description": description, "period_start": 2021, "period_end": 2023}
        )
    first, _ = Meeting.objects.update_or_create(
        title="Første nettverksmøte i perioden",
        defaults={
            "starts_at": _aware(2022, 1, 27),
            "ends_at": _aware(2022, 1, 27, 15),
            "place": "Digitalt",
            "minutes_status": Meeting.MinutesStatus.APPROVED,
            "minutes": "Mandatet ble presentert. Medlemmene delte erfaringer med barrierer for identifisering, "
            "blant annet at tolk brukes for lite.",
        },
    )
    for order, (title, kind, area) in enumerate(
        [
            ("Mandatet og nettverkets rolle", AgendaItem.Kind.UPDATE, None),
            (
                "Presentasjon fra Human Trafficking Support Oslo",
                AgendaItem.Kind.EXTERNAL_TALK,
                "Helsemessig oppfølging",
            ),
            (
                "Gruppearbeid om barrierer for identifisering",
                AgendaItem.Kind.WORKSHOP,
                "Identifisering av mulige ofre",
            ),
        ],
        start=1,
    ):
        AgendaItem.objects.update_or_create(
            meeting=first, order=order, defaults={"title": title, "kind": kind, "focus_area": areas.get(area)}
        )
    second, _ = Meeting.objects.update_or_create(
        title="Todagers nettverksmøte",
        defaults={"starts_at": _aware(2022, 11, 30), "ends_at": _aware(2022, 12, 1, 15), "place": "Oslo"},
    )
    AgendaItem.objects.update_or_create(
        meeting=second,
        order=1,
        defaults={
            "title": "Tilpasset bosted for ofre med sammensatte helsebehov",
            "kind": AgendaItem.Kind.WORKSHOP,
            "focus_area": areas["Helsemessig oppfølging"],
        },
    )
    practice, _ = BestPractice.objects.update_or_create(
        title="Bruk kvalifisert tolk, aldri ledsager",
        defaults={
            "description": "Snakk med pasienten alene og bruk kvalifisert tolk, også når en ledsager tilbyr seg å tolke.",
            "target_services": "Legevakt, sykehus, fastlege",
            "evidence": "Medlemmenes erfaring fra nettverksmøtene 2022–2023.",
            "sources": "https://www.helsedirektoratet.no/rapporter/nasjonalt-nettverk-for-arbeid-mot-menneskehandel-i-helse-og-omsorgstjenestene-2021-2023/",
            "status": BestPractice.Status.RECOMMENDED,
        },
    )
    practice.focus_areas.add(areas["Identifisering av mulige ofre"])
    measure, _ = Measure.objects.update_or_create(
        title="Webinar om avvergingsplikt og taushetsplikt",
        defaults={
            "strand": Measure.Strand.IMPLEMENTATION,
            "period_start": dt.date(2023, 2, 16),
            "period_end": dt.date(2023, 2, 16),
            "status": Measure.Status.DONE,
            "planned_results": "Helsepersonell kjenner handlingsrommet i regelverket.",
            "achieved_results": "Webinaret ble holdt med to kliniske saker; opptak og lysark ble publisert.",
        },
    )
    measure.focus_areas.add(areas["Taushetsplikt, opplysningsplikt og avvergingsplikt"])
