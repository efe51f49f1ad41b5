"""Demo content: the survey template, two rounds with made-up answers, catalogue offers and teaching
resources. Idempotent. The answers are generated from a fixed seed and describe nobody."""

import datetime
import random

from django.db import transaction

from varde.competence.models import (
    Answer,
    CaseExercise,
    DistributionLink,
    Question,
    QuestionKind,
    Response,
    Survey,
    SurveyRound,
    TeachingResource,
    TrainingOffer,
)

SURVEY_SLUG = "kompetansebehov-menneskehandel"
OPEN_LINK_KEY = "apen-2026"
TARGET_LINK_KEY = "legevakt-oslo-2026"

QUESTIONS = [
    (
        QuestionKind.LIKERT,
        "tegn",
        "Hvor godt kjenner du tegnene på at en person kan være utsatt for menneskehandel?",
        "",
    ),
    (
        QuestionKind.LIKERT,
        "rettigheter",
        "Hvor godt kjenner du rettighetene til mulige ofre, for eksempel retten til helsehjelp?",
        "",
    ),
    (
        QuestionKind.LIKERT,
        "plikter",
        "Hvor godt kjenner du taushetsplikten, opplysningsplikten til barnevernet og avvergingsplikten?",
        "",
    ),
    (
        QuestionKind.LIKERT,
        "henvisning",
        "Hvor godt vet du hvor du kan henvise eller få råd, for eksempel ROSA, barnevernet eller politiet?",
        "",
    ),
    (
        QuestionKind.LIKERT,
        "samtale",
        "Hvor trygg er du på å snakke med en person du er bekymret for, alene og med kvalifisert tolk?",
        "",
    ),
    (
        QuestionKind.SINGLE,
        "",
        "Har du fått opplæring om menneskehandel?",
        "siste-to-aar|Ja, de siste to årene\neldre|Ja, for mer enn to år siden\nnei|Nei",
    ),
    (
        QuestionKind.MULTIPLE,
        "",
        "Hva ønsker du mer opplæring i?",
        "tegn|Tegn og indikatorer\nrettigheter|Rettighetene til mulige ofre\nplikter|Taushetsplikt, opplysningsplikt og "
        "avvergingsplikt\nhenvisning|Henvisning og samarbeid\nsamtale|Samtalen og bruk av tolk\nbarn|Mindreårige",
    ),
    (
        QuestionKind.NUMBER,
        "",
        "Hvor mange ganger det siste året har du vært bekymret for at en pasient eller bruker kunne være utsatt "
        "for menneskehandel?",
        "",
    ),
    (QuestionKind.TEXT, "", "Har du andre innspill om opplæring?", ""),
]

# (fylke, service type, respondents) per round. Finnmark/krisesenter is deliberately small.
GROUPS = {
    "2025": [
        ("03", "legevakt", 14),
        ("03", "fastlege", 9),
        ("46", "legevakt", 7),
        ("46", "helsestasjon", 6),
        ("50", "sykehus", 8),
        ("56", "krisesenter", 3),
        ("42", "nav", 6),
    ],
    "2026": [
        ("03", "legevakt", 18),
        ("03", "fastlege", 11),
        ("46", "legevakt", 9),
        ("46", "helsestasjon", 7),
        ("50", "sykehus", 10),
        ("56", "krisesenter", 2),
        ("42", "nav", 8),
        ("18", "omsorg", 6),
    ],
}


def ensure_survey() -> Survey:
    survey, _created = Survey.objects.get_or_create(
        slug=SURVEY_SLUG,
        defaults={
            "title": "Kartlegging av kompetansebehov om menneskehandel",
            "intro": "Kartleggingen spør hva du kan om menneskehandel i dag, og hva du vil lære mer om. "
            "Den tar rundt fem minutter. Svarene brukes av nettverket og RVTS til å planlegge opplæring.",
        },
    )
    if not survey.questions.exists():
        for order, (kind, topic, text, options) in enumerate(QUESTIONS):
            Question.objects.create(
                survey=survey,
                sort_order=order,
                kind=kind,
                topic=topic,
                text=text,
                options=options,
                required=kind != QuestionKind.TEXT,
            )
    return survey


# Made-up free-text answers (every seventh respondent writes one). One names a person, to show that the
# staff screen masks names; none holds a number or an address, which the form would refuse.
FREE_TEXTS = [
    "Vi trenger en kort sjekkliste vi kan ha på vakt.",
    "Mer om tolk og samtale med barn, takk.",
    "Opplæring på arbeidsplassen fungerer bedre enn kurs langt unna.",
    "Vet ikke hvem vi skal ringe når vi er bekymret på natta.",
    "Kari Nordmann på legevakten kan holde et internkurs for oss.",
    "Gjerne e-læring som kan tas i små biter.",
]


def _fake_answers(rng: random.Random, survey: Survey, round_name: str) -> None:
    round_ = SurveyRound.objects.get(survey=survey, name=round_name)
    if round_.responses.exists():
        return
    questions = list(survey.questions.all())
    lift = 1 if round_name == "2026" else 0
    written = 0
    for region, service, count in GROUPS[round_name]:
        for _ in range(count):
            written += 1
            response = Response.objects.create(round=round_, service_type=service, region=region)
            answers = []
            for q in questions:
                if q.kind == QuestionKind.LIKERT:
                    answers.append(
                        Answer(
                            response=response,
                            question=q,
                            number=min(5, rng.randint(1, 4) + lift * rng.randint(0, 1)),
                        )
                    )
                elif q.kind == QuestionKind.SINGLE:
                    answers.append(
                        Answer(
                            response=response,
                            question=q,
                            choices=[rng.choice(["siste-to-aar", "eldre", "nei", "nei"])],
                        )
                    )
                elif q.kind == QuestionKind.MULTIPLE:
                    codes = [c for c, _label in q.option_list]
                    answers.append(
                        Answer(response=response, question=q, choices=rng.sample(codes, rng.randint(1, 3)))
                    )
                elif q.kind == QuestionKind.NUMBER:
                    answers.append(
                        Answer(response=response, question=q, number=rng.choice([0, 0, 1, 1, 2, 3]))
                    )
                elif q.kind == QuestionKind.TEXT and written % 7 == 0:
                    text = FREE_TEXTS[(written // 7) % len(FREE_TEXTS)]
                    answers.append(Answer(response=response, question=q, text=text))
            Answer.objects.bulk_create(answers)


OFFERS = [
    (
        "Menneskehandel: avdekke, hjelpe, henvise",
        "Varde",
        "E-læring i seks moduler med quiz og kursbevis.",
        "Alle i helse- og omsorgstjenestene",
        "etter",
        "e-laering",
        "00",
        "tegn rettigheter plikter henvisning samtale barn",
        None,
        None,
        "nb",
        "/kurs/menneskehandel-avdekke-hjelpe-henvise/",
        None,
    ),
    (
        "Menneskehandel i møte med helsetjenesten",
        "RVTS Øst",
        "Dagskurs om tegn, samtale og henvisning (eksempel i demodata).",
        "Ansatte i kommunale helsetjenester",
        "etter",
        "kurs",
        "03",
        "tegn samtale henvisning",
        datetime.date(2026, 3, 12),
        datetime.date(2026, 3, 12),
        "nb",
        "https://www.rvtsost.no/",
        None,
    ),
    (
        "Webinar: taushetsplikt og avvergingsplikt",
        "Helsedirektoratet",
        "Webinar om pliktene ved mistanke om menneskehandel (eksempel i demodata).",
        "Helsepersonell",
        "etter",
        "webinar",
        "00",
        "plikter",
        datetime.date(2026, 2, 16),
        datetime.date(2026, 2, 16),
        "nb",
        "https://www.helsedirektoratet.no/",
        None,
    ),
    (
        "Vold, overgrep og utnyttelse – emne i sykepleierutdanningen",
        "Eksempelhøgskolen",
        "Emne med to undervisningsøkter om menneskehandel (eksempel i demodata).",
        "Sykepleierstudenter",
        "grunn",
        "studiemodul",
        "46",
        "tegn rettigheter samtale",
        datetime.date(2026, 8, 20),
        datetime.date(2026, 12, 10),
        "nb",
        "",
        "grunnutdanning-menneskehandel",
    ),
    (
        "Videreutdanning i traumebevisst praksis, modul om menneskehandel",
        "Eksempeluniversitetet",
        "Modul med case og veiledning (eksempel i demodata).",
        "Helse- og sosialarbeidere med bachelorgrad",
        "videre",
        "studiemodul",
        "50",
        "samtale barn plikter",
        datetime.date(2026, 9, 1),
        datetime.date(2027, 1, 31),
        "nb",
        "",
        "videreutdanning-traumebevisst",
    ),
    (
        "Fagdag om mindreårige ofre",
        "RVTS Sør",
        "Fagdag for barnevern og helsestasjon (eksempel i demodata).",
        "Barnevern, helsestasjon og skolehelsetjeneste",
        "etter",
        "konferanse",
        "42",
        "barn plikter",
        datetime.date(2026, 5, 6),
        datetime.date(2026, 5, 6),
        "nb",
        "https://www.rvtssor.no/",
        None,
    ),
    (
        "Opplæring på legevakten: når noe skurrer",
        "Eksempel legevakt",
        "Internundervisning i 45 minutter med case (eksempel i demodata).",
        "Ansatte på legevakt",
        "arbeidsplass",
        "arbeidsplass",
        "03",
        "tegn henvisning",
        None,
        None,
        "nb",
        "",
        "arbeidsplass-legevakt",
    ),
    (
        "Trafficking awareness for health workers",
        "Eksempel nettverk",
        "Kort kurs på engelsk (eksempel i demodata).",
        "Helsepersonell som jobber på engelsk",
        "etter",
        "kurs",
        "00",
        "tegn rettigheter",
        None,
        None,
        "en",
        "",
        None,
    ),
]

RESOURCES = [
    {
        "slug": "grunnutdanning-menneskehandel",
        "title": "Menneskehandel i helse- og sosialfagutdanningene",
        "level": "grunn",
        "hours": 4,
        "summary": "To økter for bachelorstudenter i helse- og sosialfag: hva menneskehandel er, hvordan det kan vise "
        "seg i møte med tjenestene, og hva du gjør når du blir bekymret.",
        "learning_outcomes": "forklare hva menneskehandel er etter straffeloven § 257, og hvorfor alder endrer vurderingen\n"
        "kjenne igjen vanlige tegn, og forklare hvorfor ett tegn alene verken bekrefter eller utelukker noe\n"
        "beskrive hvordan man legger til rette for en samtale alene med personen og med kvalifisert tolk\n"
        "gjøre rede for taushetsplikt, opplysningsplikt til barnevernet og avvergingsplikt i grove tilfeller\n"
        "vite hvor man får råd og kan henvise, for eksempel ROSA og barnevernet",
        "outline": "Innledning: et menneske, ikke en sak (15 min)\nHva er menneskehandel? Handling, middel og formål (30 min)\n"
        "Tegn og indikatorer i helsetjenesten (30 min)\nCase i grupper (45 min)\nSamtalen, tolk og trygghet (30 min)\n"
        "Plikter og henvisning (45 min)\nOppsummering og refleksjon (15 min)",
        "reading_list": "Helsedirektoratet: Ofre for menneskehandel (veileder, kapittel 6)|https://www.helsedirektoratet.no/veiledere/helsetjenester-til-asylsokere-flyktninger-og-familiegjenforente/ofre-for-menneskehandel\n"
        "RVTS: menneskertilsalgs.no – Allerede bekymret?|https://menneskertilsalgs.no/allerede-bekymret/\n"
        "Politiet: Hva er menneskehandel?|https://www.politiet.no/rad/menneskehandel/hva-er-menneskehandel/",
        "cases": [
            (
                "Legevakten en sen kveld",
                "En ung kvinne kommer til legevakten med et kutt i hånden. En mann følger henne, svarer på "
                "spørsmålene for henne og sier at han skal tolke. Hun har ikke med legitimasjon og vet ikke adressen der hun bor.",
                "Hvilke tegn ser du, og hvilke andre forklaringer kan det finnes?\nHvordan kan du få snakke med henne alene?\n"
                "Hvorfor bør ikke mannen tolke?\nHva gjør du hvis du ikke får snakket med henne i dag?",
            ),
            (
                "Helsestasjonen",
                "En gutt som sier han er 19, kommer for vaksine. Han ser yngre ut, jobber lange dager på en "
                "bilvask og skylder penger for reisen til Norge.",
                "Hva betyr det at han kan være under 18?\nHvilken plikt har du overfor barnevernet?\nHvem kan du rådføre deg med?",
            ),
        ],
    },
    {
        "slug": "videreutdanning-traumebevisst",
        "title": "Menneskehandel, traumer og samarbeid",
        "level": "videre",
        "hours": 8,
        "summary": "En dag for videreutdanninger i psykisk helse, barnevern og traumearbeid: traumebevisst møte, "
        "samarbeid på tvers og pliktene i praksis.",
        "learning_outcomes": "analysere et forløp der flere tjenester møter samme person\nvurdere når opplysningsplikt og "
        "avvergingsplikt gjelder, og dokumentere vurderingen\nplanlegge en trygg samtale med tolk, med vekt på "
        "sikkerhet og samtykke\ndrøfte hvordan egne holdninger og tolkningen av taushetsplikten kan hindre identifisering",
        "outline": "Traumer og tillit (60 min)\nPlikter i praksis: taushetsplikt, opplysningsplikt, avvergingsplikt (90 min)\n"
        "Samarbeid og henvisning: ROSA, barnevern, NAV, politi (60 min)\nCase-verksted (120 min)\nSkriv et notat om vurderingen (60 min)",
        "reading_list": "Nasjonalt nettverk for arbeid mot menneskehandel i helse- og omsorgstjenestene 2021–2023 (rapport)|https://www.helsedirektoratet.no/rapporter/nasjonalt-nettverk-for-arbeid-mot-menneskehandel-i-helse-og-omsorgstjenestene-2021-2023/\n"
        "NKVTS Voldsveilederen: taushets-, opplysnings- og avvergeplikten|https://voldsveileder.nkvts.no/blog/innhold/ansvar-og-regelverk-3/taushets-opplysnings-og-avvergeplikten/",
        "cases": [
            (
                "Tre tjenester, én person",
                "En kvinne i refleksjonsperiode får hjelp fra NAV, går til fastlege og har kontakt med "
                "et krisesenter. Ingen av tjenestene vet hva de andre gjør.",
                "Hva trenger hver tjeneste å vite, og hva trenger de ikke å vite?\nHvordan innhenter du et informert og "
                "konkret samtykke?\nHvordan skriver du vurderingen i journalen?",
            ),
        ],
    },
    {
        "slug": "arbeidsplass-legevakt",
        "title": "Når noe skurrer: internundervisning på arbeidsplassen",
        "level": "arbeidsplass",
        "hours": 1,
        "summary": "Et kort opplegg for internundervisning på legevakt, fastlegekontor eller helsestasjon.",
        "learning_outcomes": "kjenne de vanligste tegnene i en klinisk hverdag\nvite hvem man ringer: ROSA, barnevernvakt, politi\n"
        "kjenne rutinen på egen arbeidsplass",
        "outline": "Film eller case (10 min)\nSamtale i par (15 min)\nGjennomgang av egen rutine (20 min)\nOppsummering (10 min)",
        "reading_list": "RVTS: menneskertilsalgs.no|https://menneskertilsalgs.no/",
        "cases": [
            (
                "Ledsageren som ikke går",
                "En pasient kommer med en ledsager som ikke vil forlate rommet.",
                "Hvilke grep kan dere bruke for å få snakke med pasienten alene?\nHva står i rutinen deres i dag?",
            ),
        ],
    },
]


@transaction.atomic
def load_demo(home=None) -> None:
    survey = ensure_survey()
    rounds = {}
    for name, is_open in (("2025", False), ("2026", True)):
        rounds[name], _ = SurveyRound.objects.update_or_create(
            survey=survey, name=name, defaults={"is_open": is_open, "results_public": True}
        )
    DistributionLink.objects.update_or_create(
        key=OPEN_LINK_KEY,
        defaults={"round": rounds["2026"], "label": "Åpen lenke 2026", "service_type": "", "region": ""},
    )
    DistributionLink.objects.update_or_create(
        key=TARGET_LINK_KEY,
        defaults={
            "round": rounds["2026"],
            "label": "Legevakt i Oslo 2026",
            "service_type": "legevakt",
            "region": "0301",
        },
    )
    rng = random.Random(2026)  # noqa: S311 - fixed seed for made-up demo answers
    for name in ("2025", "2026"):
        _fake_answers(rng, survey, name)

    resources = {}
    for data in RESOURCES:
        fields = {k: v for k, v in data.items() if k not in ("slug", "cases")}
        resource, _ = TeachingResource.objects.update_or_create(slug=data["slug"], defaults=fields)
        if not resource.cases.exists():
            for order, (title, story, questions) in enumerate(data["cases"]):
                CaseExercise.objects.create(
                    resource=resource, sort_order=order, title=title, story=story, questions=questions
                )
        resources[data["slug"]] = resource
    for (
        title,
        provider,
        description,
        audience,
        level,
        fmt,
        region,
        topics,
        starts,
        ends,
        language,
        url,
        resource_slug,
    ) in OFFERS:
        TrainingOffer.objects.update_or_create(
            title=title,
            defaults={
                "provider": provider,
                "description": description,
                "audience": audience,
                "level": level,
                "format": fmt,
                "region": region,
                "topics": topics,
                "starts_on": starts,
                "ends_on": ends,
                "language": language,
                "url": url,
                "teaching_resource": resources.get(resource_slug),
            },
        )
