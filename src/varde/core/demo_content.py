"""Demo content for a new installation: the home page, capability landing pages and the
accessibility statement, in bokmål, nynorsk and English.

Written in our own words from ``shared/knowledge`` (see each page's sources in the knowledge portal).
Kept as data so ``load_demo`` can create or update it idempotently.
"""

HOME = {
    "nb": {
        "title": "Varde – mot menneskehandel i helse- og omsorgstjenestene",
        "intro": (
            "<p>Møter du en pasient eller bruker som kan være utnyttet? Her finner du tegn å se etter, "
            "hva personen har rett til, hvilke plikter du har, og hvem du kan kontakte.</p>"
        ),
        "urgent_title": "Er noen i akutt fare?",
        "urgent_text": "<p>Ring <b>112</b> (politi) eller <b>113</b> (medisinsk nødhjelp) nå.</p>",
    },
    "nn": {
        "title": "Varde – mot menneskehandel i helse- og omsorgstenestene",
        "intro": (
            "<p>Møter du ein pasient eller brukar som kan vere utnytta? Her finn du teikn å sjå etter, "
            "kva personen har rett til, kva plikter du har, og kven du kan kontakte.</p>"
        ),
        "urgent_title": "Er nokon i akutt fare?",
        "urgent_text": "<p>Ring <b>112</b> (politi) eller <b>113</b> (medisinsk naudhjelp) no.</p>",
    },
    "en": {
        "title": "Varde – against human trafficking in the health and care services",
        "intro": (
            "<p>Are you seeing a patient or client who may be exploited? Here you find signs to look for, "
            "what the person is entitled to, your own duties, and who to contact.</p>"
        ),
        "urgent_title": "Is someone in immediate danger?",
        "urgent_text": "<p>Call <b>112</b> (police) or <b>113</b> (medical emergency) now.</p>",
    },
}

# slug -> language -> (title, intro, body paragraphs)
SECTIONS = {
    "kunnskap": {
        "nb": (
            "Kunnskap",
            "Veiledning for helse- og sosialarbeidere om menneskehandel, helse og oppfølging.",
            [
                "Personer som er utnyttet, har ofte store helseplager og lite kontakt med det offentlige. "
                "Helsepersonell er ofte de eneste i hjelpeapparatet som møter dem mens utnyttelsen pågår.",
                "Her samler vi veiledning om fysiske og psykiske helsefølger, samtalen med personen, "
                "rettigheter, plikter og henvisning. Hver side viser kildene og når den sist ble faglig endret.",
            ],
        ),
        "nn": (
            "Kunnskap",
            "Rettleiing for helse- og sosialarbeidarar om menneskehandel, helse og oppfølging.",
            [
                "Personar som er utnytta, har ofte store helseplager og lite kontakt med det offentlege. "
                "Helsepersonell er ofte dei einaste i hjelpeapparatet som møter dei medan utnyttinga går føre seg.",
                "Her samlar vi rettleiing om fysiske og psykiske helsefølgjer, samtalen med personen, "
                "rettar, plikter og tilvising. Kvar side viser kjeldene og når ho sist vart fagleg endra.",
            ],
        ),
        "en": (
            "Knowledge",
            "Guidance for health and social workers on trafficking, health and follow-up.",
            [
                "People who are exploited often have serious health problems and little contact with public "
                "services. Health workers are often the only part of the system that meets them while the "
                "exploitation is still going on.",
                "This section gathers guidance on physical and mental health effects, talking with the person, "
                "rights, duties and referral. Each page shows its sources and when it was last revised.",
            ],
        ),
    },
    "avdekke": {
        "nb": (
            "Avdekke",
            "Tegn på menneskehandel, og en veiledet sjekk som hjelper deg å vurdere bekymringen.",
            [
                "Snakk med personen alene. Bruk kvalifisert tolk som ikke kommer fra personens nettverk.",
                "Tegn kan være skader uten god forklaring, sykdom som ikke er behandlet, at noen andre svarer "
                "for personen, eller at personen ikke selv har pass, ID-papirer eller penger.",
            ],
        ),
        "nn": (
            "Avdekke",
            "Teikn på menneskehandel, og ein rettleidd sjekk som hjelper deg å vurdere uroa.",
            [
                "Snakk med personen åleine. Bruk kvalifisert tolk som ikkje kjem frå nettverket til personen.",
                "Teikn kan vere skadar utan god forklaring, sjukdom som ikkje er behandla, at nokon andre svarar "
                "for personen, eller at personen ikkje sjølv har pass, ID-papir eller pengar.",
            ],
        ),
        "en": (
            "Identify",
            "Signs of trafficking, and a guided check that helps you assess your concern.",
            [
                "Talk with the person alone. Use a qualified interpreter who is not from the person's network.",
                "Signs can be injuries without a good explanation, untreated illness, someone else answering for "
                "the person, or the person not holding their own passport, ID papers or money.",
            ],
        ),
    },
    "rettigheter": {
        "nb": (
            "Rettigheter",
            "Hva personen har rett til av helsehjelp, velferd og rettshjelp, etter oppholdsstatus og alder.",
            [
                "Alle har rett til øyeblikkelig hjelp, uansett oppholdsstatus. Barn har videre rettigheter enn "
                "voksne.",
                "Rettighetene avhenger av oppholdsstatus, alder og noen få andre forhold. Der reglene er "
                "usikre, sier vi det, og hvem du kan spørre.",
                (
                    "links",
                    [
                        ("Sjekk rettighetene til en person", "/rettigheter/sjekk/"),
                        ("Oversikt: alle statuser og rettigheter", "/rettigheter/oversikt/"),
                        ("Endringer i reglene", "/rettigheter/endringer/"),
                    ],
                ),
            ],
        ),
        "nn": (
            "Rettar",
            "Kva personen har rett til av helsehjelp, velferd og rettshjelp, etter opphaldsstatus og alder.",
            [
                "Alle har rett til augneblikkeleg hjelp, same kva opphaldsstatus dei har. Barn har vidare rettar "
                "enn vaksne.",
                "Rettane avheng av opphaldsstatus, alder og nokre få andre forhold. Der reglane er usikre, seier "
                "vi det, og kven du kan spørje.",
                (
                    "links",
                    [
                        ("Sjekk rettane til ein person", "/rettigheter/sjekk/"),
                        ("Oversikt: alle statusar og rettar", "/rettigheter/oversikt/"),
                        ("Endringar i reglane", "/rettigheter/endringer/"),
                    ],
                ),
            ],
        ),
        "en": (
            "Rights",
            "What the person is entitled to in health care, welfare and legal aid, by residence status and age.",
            [
                "Everyone has the right to emergency care, whatever their residence status. Children have wider "
                "rights than adults.",
                "Rights depend on residence status, age and a few other facts. Where the rules are uncertain, we "
                "say so, and who you can ask.",
                (
                    "links",
                    [
                        ("Check a person's rights", "/rettigheter/sjekk/"),
                        ("Overview: all statuses and entitlements", "/rettigheter/oversikt/"),
                        ("Changes to the rules", "/rettigheter/endringer/"),
                    ],
                ),
            ],
        ),
    },
    "hjelp": {
        "nb": (
            "Hjelp og henvisning",
            "Hvem du kan kontakte for råd, beskyttelse og oppfølging.",
            [
                "ROSA gir råd hele døgnet til deg som er bekymret, og til personen selv.",
                "Er personen under 18 år, skal barnevernet kontaktes. Ved akutt fare: ring 112.",
            ],
        ),
        "nn": (
            "Hjelp og tilvising",
            "Kven du kan kontakte for råd, vern og oppfølging.",
            [
                "ROSA gir råd heile døgeret til deg som er uroa, og til personen sjølv.",
                "Er personen under 18 år, skal barnevernet kontaktast. Ved akutt fare: ring 112.",
            ],
        ),
        "en": (
            "Help and referral",
            "Who to contact for advice, protection and follow-up.",
            [
                "ROSA gives advice around the clock to you as a worker, and to the person.",
                "If the person is under 18, contact the child welfare service. In immediate danger: call 112.",
            ],
        ),
    },
    "kurs": {
        "nb": (
            "Kurs og kompetanse",
            "E-læring, kurs og undervisningsopplegg om menneskehandel for helse- og sosialarbeidere.",
            [
                "Nettverket kartlegger sammen med RVTS hvilken kompetanse tjenestene trenger, og hvilke "
                "opplæringstilbud som finnes.",
            ],
        ),
        "nn": (
            "Kurs og kompetanse",
            "E-læring, kurs og undervisningsopplegg om menneskehandel for helse- og sosialarbeidarar.",
            [
                "Nettverket kartlegg saman med RVTS kva kompetanse tenestene treng, og kva opplæringstilbod som "
                "finst.",
            ],
        ),
        "en": (
            "Courses and competence",
            "E-learning, courses and teaching material on trafficking for health and social workers.",
            [
                "Together with RVTS, the network maps the competence the services need and the training that "
                "exists.",
            ],
        ),
    },
    "nettverket": {
        "nb": (
            "Nettverket",
            "Helsedirektoratets nasjonale nettverk mot menneskehandel i helse- og omsorgstjenestene.",
            [
                "Nettverket er en arena for erfaringsutveksling. Det peker ut satsingsområder og god praksis for "
                "å avdekke og følge opp mulige ofre, og gir råd om oppdatering av veilederen IS-1022.",
                "Medlemmer logger inn i arbeidsrommet for møter, erfaringsdeling og forslag.",
            ],
        ),
        "nn": (
            "Nettverket",
            "Det nasjonale nettverket til Helsedirektoratet mot menneskehandel i helse- og omsorgstenestene.",
            [
                "Nettverket er ein arena for erfaringsutveksling. Det peikar ut satsingsområde og god praksis for "
                "å avdekke og følgje opp moglege offer, og gir råd om oppdatering av rettleiaren IS-1022.",
                "Medlemer loggar inn i arbeidsrommet for møte, erfaringsdeling og forslag.",
            ],
        ),
        "en": (
            "The network",
            "The Norwegian Directorate of Health's national network against trafficking in the health and care "
            "services.",
            [
                "The network is a forum for sharing experience. It identifies focus areas and good practice for "
                "identifying and following up possible victims, and advises on updates to the IS-1022 guide.",
                "Members sign in to the workspace for meetings, experience exchange and proposals.",
            ],
        ),
    },
}

ACCESSIBILITY = {
    "nb": (
        "Tilgjengelighetserklæring",
        "Varde skal kunne brukes av alle. Vi følger kravene i WCAG 2.1 på nivå AA.",
        [
            ("h2", "Slik tester vi"),
            "Hver side-type testes automatisk med axe-core i en ekte nettleser, på bokmål, nynorsk og engelsk. "
            "Testen feiler ved ethvert brudd.",
            "Vi tester at sidene virker uten JavaScript, og at du kan bruke dem med tastatur alene, blant annet "
            "lenken «Hopp til hovedinnhold».",
            ("h2", "Kjente mangler"),
            "Vi har ikke gjort en manuell test med skjermleser ennå. Den er planlagt. Automatiske tester finner "
            "ikke alle feil.",
            ("h2", "Fant du en feil?"),
            "Skriv til oss på e-post. Du kan også klage til Tilsynet for universell utforming av IKT (uutilsynet.no).",
        ],
    ),
    "nn": (
        "Tilgjengeerklæring",
        "Varde skal kunne brukast av alle. Vi følgjer krava i WCAG 2.1 på nivå AA.",
        [
            ("h2", "Slik testar vi"),
            "Kvar sidetype vert testa automatisk med axe-core i ein ekte nettlesar, på bokmål, nynorsk og "
            "engelsk. Testen feilar ved kvart brot.",
            "Vi testar at sidene verkar utan JavaScript, og at du kan bruke dei med tastatur åleine, mellom anna "
            "lenkja «Hopp til hovudinnhald».",
            ("h2", "Kjende manglar"),
            "Vi har ikkje gjort ein manuell test med skjermlesar enno. Han er planlagd. Automatiske testar finn "
            "ikkje alle feil.",
            ("h2", "Fann du ein feil?"),
            "Skriv til oss på e-post. Du kan òg klage til Tilsynet for universell utforming av IKT (uutilsynet.no).",
        ],
    ),
    "en": (
        "Accessibility statement",
        "Varde should be usable by everyone. We follow WCAG 2.1 at level AA.",
        [
            ("h2", "How we test"),
            "Every page type is tested automatically with axe-core in a real browser, in Bokmål, Nynorsk and "
            "English. The test fails on any violation.",
            "We test that pages work without JavaScript and with a keyboard alone, including the "
            "“Skip to main content” link.",
            ("h2", "Known gaps"),
            "We have not yet done a manual screen-reader test. It is planned. Automated tests do not find every "
            "problem.",
            ("h2", "Found a problem?"),
            "Write to us by e-mail. You can also complain to the Authority for Universal Design of ICT "
            "(uutilsynet.no).",
        ],
    ),
}
ACCESSIBILITY_SLUG = "tilgjengelighet"
