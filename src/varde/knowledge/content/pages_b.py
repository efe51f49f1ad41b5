"""Further guidance pages, in bokmål."""

HDIR = "Helsedirektoratet, avdeling for faglig veiledning (demo)"
LAW = "Helsedirektoratet, juridisk avdeling (demo)"


def page(
    slug,
    title,
    intro,
    body,
    *,
    audiences,
    topics,
    sources,
    owner=HDIR,
    changed="2026-09-15",
    review="2027-09-15",
    change="Siden ble opprettet.",
):
    return {
        "slug": slug,
        "audiences": audiences,
        "topics": topics,
        "sources": sources,
        "owner": owner,
        "changed": changed,
        "review": review,
        "nb": {"title": title, "intro": intro, "body": body, "change": change},
    }


ALL = ["helsepersonell", "sosialarbeider-nav", "barnevern", "student-underviser"]
HEALTH_SOCIAL = ["helsepersonell", "sosialarbeider-nav"]

PAGES = [
    page(
        "hva-er-menneskehandel",
        "Hva er menneskehandel?",
        "Menneskehandel er å utnytte et annet menneske gjennom tvang, trusler eller ved å misbruke at personen er sårbar.",
        [
            (
                "cite",
                "Straffeloven beskriver menneskehandel med tre deler: en handling, et middel og et formål. Middelet kan være vold, "
                "trusler, misbruk av en sårbar situasjon eller annen utilbørlig atferd. Formålet kan være prostitusjon eller andre "
                "seksuelle ytelser, arbeid eller tjenester (også tigging), krigstjeneste eller fjerning av organer.",
                ["straffeloven", "mts-straff"],
            ),
            (
                "p",
                "Menneskehandel krever ikke at noen har krysset en grense. Det er noe annet enn menneskesmugling, der det ikke er et "
                "utnyttingsformål. Den som utnytter, er ofte en slektning, partner eller reisefølge, og utnyttingen er ofte ikke organisert.",
            ),
            (
                "cite",
                "For barn under 18 år er det menneskehandel selv om ingen av middelene er brukt.",
                ["palermo", "straffeloven"],
            ),
            (
                "uncertain",
                "Kildene gjengir formålet om arbeid ulikt: noen skriver «arbeid eller tjenester», andre «tvangsarbeid eller "
                "tvangstjenester». Ordlyden er ikke kontrollert mot Lovdata.",
            ),
            (
                "note",
                "Grov menneskehandel",
                "Straffen er strengere når den utsatte er under 18 år, når det er brukt grov vold eller tvang, eller når handlingen har gitt betydelig utbytte.",
            ),
        ],
        audiences=ALL,
        topics=["utnyttelsesformer"],
        sources=["straffeloven", "mts-straff", "palermo"],
        owner=LAW,
    ),
    page(
        "seksuell-utnytting",
        "Seksuell utnytting",
        "Utnytting til prostitusjon eller andre seksuelle formål rammer kvinner, menn og transpersoner.",
        [
            (
                "cite",
                "Utnyttingen kan skje gjennom salg av sex, overgrep som strømmes direkte eller ved at personen blir «lånt ut». "
                "Flere norske saker gjelder en ektefelle eller partner som utnytter.",
                ["mts-seksuell"],
            ),
            (
                "check",
                "Tegn på seksuell utnytting",
                [
                    "Personen beholder ingenting eller bare en del av pengene fra salget.",
                    "Personen betaler ned gjeld gjennom å selge sex og kan ikke slutte når hen vil.",
                    "Personen har lite eller ingen mulighet til å avvise kunder eller ubeskyttet sex.",
                    "Annonser er skrevet på feilfri norsk som personen selv ikke behersker.",
                    "Personen bor med andre i prostitusjon, betaler høy husleie og står ikke selv på kontrakten.",
                    "Personen blir fulgt til og fra avtaler og får mange anrop underveis.",
                ],
            ),
            (
                "p",
                "Grensene mellom menneskehandel, hallikvirksomhet og sex som overlevelsesstrategi kan være glidende. Det viktige er å "
                "se personens situasjon og tilby hjelp.",
            ),
            (
                "contact",
                "Pro Sentret",
                "/hjelp/tjeneste/pro-sentret/",
                "",
                "Helsetilbud og oppsøkende arbeid for personer som selger sex i Oslo.",
            ),
        ],
        audiences=HEALTH_SOCIAL,
        topics=["utnyttelsesformer", "avdekking"],
        sources=["mts-seksuell", "mts-generelle"],
    ),
    page(
        "utnytting-i-arbeid",
        "Utnytting i arbeid og tvangsarbeid",
        "Utnytting i arbeid skjer i mange bransjer, ofte skjult bak en vanlig arbeidsplass.",
        [
            (
                "cite",
                "Tegnene handler om nedverdigende bo- og arbeidsforhold og om at personen har mistet kontrollen over egen situasjon.",
                ["mts-arbeid"],
            ),
            (
                "check",
                "Arbeidsgiveren",
                [
                    "betaler lite eller ingen lønn, eller har ingen eller falsk kontrakt",
                    "krever svært lange skift og lite fritid",
                    "setter personen til tungt eller farlig arbeid uten verneutstyr",
                    "straffer med et uoffisielt system av bøter",
                    "overvåker personen og lar hen ikke forlate arbeidsplassen uten følge",
                ],
            ),
            (
                "p",
                "Personen kan bo på arbeidsplassen, være avhengig av arbeidsgiveren for mat, bolig og helsehjelp, og ikke kunne slutte "
                "på grunn av gjeld eller trusler. Manglende språk og kunnskap om norske arbeidsregler gjør personen ekstra sårbar.",
            ),
            (
                "contact",
                "Safe House Filemon (Frelsesarmeen)",
                "/hjelp/tjeneste/filemon/",
                "",
                "Botilbud for menn over 18 år som er utnyttet i tvangsarbeid.",
            ),
        ],
        audiences=HEALTH_SOCIAL,
        topics=["utnyttelsesformer", "avdekking"],
        sources=["mts-arbeid", "mts-generelle"],
    ),
    page(
        "tvungen-tigging-og-kriminalitet",
        "Tvungen tigging og utnytting til kriminalitet",
        "Noen blir tvunget til å tigge, stjele eller selge narkotika for andres vinning.",
        [
            (
                "cite",
                "Tegn kan være skader som andre ser ut til å ha påført, at personen blir straffet hvis hen ikke tjener nok, eller "
                "at hen er registrert for vinningskriminalitet i flere byer eller land, kanskje under ulike identiteter.",
                ["mts-krim"],
            ),
            (
                "children",
                "Barn i grupper",
                "Barn som ferdes i store grupper med jevnaldrende eller med voksne uten et dokumentert omsorgsforhold, skal få barnevernets oppmerksomhet.",
            ),
            (
                "p",
                "Tigging regnes som arbeid eller tjenester i straffeloven. Den som tvinges til å begå lovbrudd, er først og fremst et mulig offer.",
            ),
            (
                "uncertain",
                "Vi har ikke funnet en egen liste med tegn på tvungen tigging; tegnene for utnytting i arbeid brukes derfor også her.",
            ),
        ],
        audiences=ALL,
        topics=["utnyttelsesformer"],
        sources=["mts-krim", "mts-arbeid", "straffeloven"],
    ),
    page(
        "fjerning-av-organer",
        "Menneskehandel med formål å fjerne organer",
        "Straffeloven regner det som menneskehandel å få noen til å samtykke i å fjerne et av sine indre organer.",
        [
            (
                "cite",
                "Fjerning av organer er ett av de fire formålene i straffeloven. Det internasjonale regelverket omfatter det samme.",
                ["straffeloven", "palermo"],
            ),
            (
                "p",
                "Helsepersonell kan møte personer som har fått fjernet en nyre eller et annet organ under uklare forhold, eller som "
                "trenger oppfølging etter et inngrep i utlandet. Spør varsomt om hvordan inngrepet skjedde, og om personen fikk betalt "
                "eller hadde gjeld.",
            ),
            (
                "uncertain",
                "Kildene våre beskriver ikke norske saker eller særlige tegn for denne formen. Omtalen bygger bare på lovteksten.",
            ),
        ],
        audiences=["helsepersonell", "student-underviser"],
        topics=["utnyttelsesformer"],
        sources=["straffeloven", "palermo"],
        owner=LAW,
    ),
    page(
        "utnytting-i-private-hjem",
        "Utnytting i private hjem",
        "Noen utnyttes som hushjelp eller barnepasser og holdes isolert i en familie.",
        [
            (
                "cite",
                "Tegn er at personen spiser for seg selv, får lite eller dårlig mat, ikke har eget rom, sover under nedverdigende "
                "forhold og sjelden forlater huset.",
                ["mts-hjem"],
            ),
            (
                "p",
                "Helsepersonell kan møte personen når hen følger barna i familien til lege eller helsestasjon. Prøv å få snakke med "
                "personen alene.",
            ),
        ],
        audiences=HEALTH_SOCIAL,
        topics=["utnyttelsesformer", "avdekking"],
        sources=["mts-hjem"],
    ),
    page(
        "personer-uten-id-papirer",
        "Personer uten ID-papirer",
        "Mange som utnyttes, mangler pass eller har ikke kontroll over egne papirer. Det skal ikke hindre helsehjelp.",
        [
            (
                "cite",
                "Retten til helsehjelp varierer mellom grupper av mulige ofre, og de uten lovlig opphold har sterkt begrenset tilgang. "
                "Det er uheldig fordi oppholdsstatus ofte er uklar tidlig i saken.",
                ["nmh-id"],
            ),
            (
                "p",
                "Helsehjelp som ikke kan vente, skal gis uansett om personen kan legitimere seg. Noter i journalen hvilke opplysninger "
                "som er usikre, og at personen mangler dokumenter.",
            ),
            (
                "cite",
                "Personer med refleksjonsperiode kan søke frivillig medlemskap i folketrygden, men prosessen er treg og krever "
                "betaling eller dokumentert lav inntekt.",
                ["nmh-id"],
            ),
            (
                "uncertain",
                "Hvilken anbefaling nettverket endte med for personer uten ID-papirer, er ikke kontrollert fordi kilden var avkortet.",
            ),
            (
                "contact",
                "Helsesenteret for papirløse migranter",
                "/hjelp/tjeneste/helsesenteret-papirlose/",
                "488 90 560",
                "Gratis helsehjelp. Deler ikke opplysninger med politiet.",
            ),
        ],
        audiences=HEALTH_SOCIAL,
        topics=["rettigheter"],
        sources=["nmh-id", "forskrift-1255", "helsesenteret"],
    ),
    page(
        "refleksjonsperiode",
        "Refleksjonsperiode",
        "En refleksjonsperiode gir et mulig offer seks måneder til å komme seg, få hjelp og tenke over om hen vil anmelde.",
        [
            (
                "cite",
                "Refleksjonsperioden er en midlertidig tillatelse på seks måneder som ikke kan fornyes. Terskelen er lav: det må "
                "finnes holdepunkter for at personen er utsatt for menneskehandel, og personen må være innstilt på å ta imot hjelp.",
                ["utf-8-3", "udi-menneskehandel"],
            ),
            (
                "check",
                "Dette gir tillatelsen",
                [
                    "Lovlig opphold i seks måneder",
                    "Rett til å arbeide",
                    "Full rett til sosiale tjenester fra NAV",
                ],
            ),
            (
                "p",
                "Søknaden leveres personlig hos politiet, og UDI avgjør den. Den kan gis også til en som har fått vedtak om utvisning. "
                "Den gir ikke grunnlag for permanent opphold.",
            ),
            (
                "cite",
                "Trengs personen i etterforskning eller rettssak, kan hen få en begrenset tillatelse på opptil ett år av gangen.",
                ["utf-8-3"],
            ),
            (
                "uncertain",
                "Helserettighetene i refleksjonsperioden er uklare, se siden om rettigheter etter oppholdsstatus.",
            ),
        ],
        audiences=HEALTH_SOCIAL,
        topics=["rettigheter"],
        sources=["utf-8-3", "udi-menneskehandel", "mts-refleksjon"],
        owner="Helsedirektoratet, avdeling for rettigheter (demo)",
        changed="2026-05-01",
        review="2026-12-10",
    ),
    page(
        "samtykke",
        "Samtykke",
        "Voksne bestemmer selv om de vil ta imot hjelp og om opplysninger skal deles.",
        [
            (
                "cite",
                "Den helserettslige myndighetsalderen er 16 år. For barn under 16 samtykker foreldre eller barnevernet, og barnet skal høres.",
                ["pbrl-samtykke"],
            ),
            (
                "cite",
                "Samtykke må være informert og konkret. Det er ikke en blankofullmakt, men gjelder ofte bare én situasjon eller én "
                "samarbeidspartner.",
                ["nmh-juridisk"],
            ),
            (
                "p",
                "Kvalifisert tolk kan være en forutsetning for et gyldig informert samtykke. Respekter at en voksen kan si nei til henvisning, "
                "men gi informasjon om hvor hen kan få hjelp senere.",
            ),
            (
                "important",
                "Når samtykke ikke kreves",
                "Opplysningsplikten til barnevernet og avvergingsplikten gjelder uten samtykke.",
            ),
        ],
        audiences=ALL,
        topics=["plikter"],
        sources=["pbrl-samtykke", "nmh-juridisk"],
        owner=LAW,
    ),
    page(
        "dokumentere-bekymring-i-journal",
        "Dokumentere bekymring i pasientjournalen",
        "Skriv ned hva du så, hva personen sa og hva du gjorde, slik at andre kan følge opp.",
        [
            (
                "cite",
                "Signaler må fanges opp og begrunnet bekymring dokumenteres. Nettverket anbefaler et enkelt kartleggingsskjema i "
                "journalsystemet, med eget felt for behov for tolk, språk og dialekt.",
                ["nmh-dokumentere"],
            ),
            (
                "check",
                "Dette bør stå i journalen",
                [
                    "Konkrete observasjoner og personens egne ord",
                    "Om tolk ble brukt, og hvilket språk",
                    "Hvilken informasjon personen fikk om hjelp og rettigheter",
                    "Om personen samtykket til henvisning, og til hvem",
                    "Hvorfor du eventuelt meldte fra uten samtykke",
                ],
            ),
            (
                "note",
                "Tenk på sikkerheten",
                "Vurder hvem som kan lese journalen eller få kopi av den. Følgepersoner kan be om innsyn på vegne av personen.",
            ),
        ],
        audiences=["helsepersonell"],
        topics=["plikter", "avdekking"],
        sources=["nmh-dokumentere", "nmh-juridisk"],
    ),
    page(
        "helsehjelp-uten-lovlig-opphold",
        "Helsehjelp til papirløse",
        "Personer uten lovlig opphold har rett til helsehjelp som ikke kan vente, og taushetsplikten gjelder fullt ut.",
        [
            (
                "cite",
                "Retten omfatter øyeblikkelig hjelp, helsehjelp som er helt nødvendig og ikke kan vente, smittevernhjelp og hjelp "
                "før og etter fødsel.",
                ["forskrift-1255", "helsenorge-papirlose"],
            ),
            (
                "cite",
                "Etter endelig avslag på asyl er personen ikke lenger asylsøker, men folketrygden dekker fortsatt akutt behandling "
                "til hen faktisk reiser.",
                ["forskrift-1255"],
            ),
            (
                "contact",
                "Helsesenteret for papirløse migranter",
                "/hjelp/tjeneste/helsesenteret-papirlose/",
                "488 90 560",
                "Drives av Kirkens Bymisjon og Røde Kors i Oslo.",
            ),
        ],
        audiences=HEALTH_SOCIAL,
        topics=["rettigheter", "helse"],
        sources=["forskrift-1255", "helsenorge-papirlose", "hod-i5"],
    ),
    page(
        "rettshjelp-og-bistandsadvokat",
        "Rettshjelp og bistandsadvokat",
        "Et mulig offer har rett til gratis juridisk rådgivning før hen bestemmer seg for å anmelde.",
        [
            (
                "cite",
                "Uten behovsprøving kan et mulig offer få minst tre timers fritt rettsråd for å vurdere anmeldelse. I saker om "
                "menneskehandel er det rett til bistandsadvokat.",
                ["mts-juridisk"],
            ),
            (
                "p",
                "Avklar oppholdsstatus tidlig og gjerne med hjelp fra advokat. Studentdrevne rettshjelpstiltak som JURK, Jussbuss og "
                "Jusshjelpa i Nord-Norge kan også hjelpe.",
            ),
            ("uncertain", "Paragrafnummeret i rettshjelploven er under endring."),
        ],
        audiences=HEALTH_SOCIAL,
        topics=["rettigheter", "henvisning"],
        sources=["mts-juridisk"],
        owner=LAW,
    ),
    page(
        "nav-og-sosiale-tjenester",
        "NAV og sosiale tjenester",
        "NAV kan gi økonomisk hjelp, bolig og oppfølging, men hva personen får, avhenger av oppholdsstatus.",
        [
            (
                "p",
                "Personer i refleksjonsperiode har full rett til sosiale tjenester. Personer uten lovlig opphold får opplysning, råd og "
                "veiledning, og i en nødssituasjon kortvarig økonomisk hjelp og hjelp til midlertidig bolig. Ingen skal bli stående "
                "uten mat eller tak over hodet.",
            ),
            (
                "contact",
                "HTSO – Human Trafficking Support Oslo",
                "/hjelp/tjeneste/htso/",
                "",
                "NAV Grünerløkka følger opp voksne og gir råd til NAV-kontor i hele landet.",
            ),
            (
                "uncertain",
                "For EØS-borgere må NAV selv vurdere om oppholdet er lovlig. Hvordan dette slår ut i enkeltsaker, er uklart.",
            ),
        ],
        audiences=["sosialarbeider-nav"],
        topics=["rettigheter", "henvisning"],
        sources=["hdir-kap6"],
    ),
    page(
        "politiet-og-anmeldelse",
        "Politiet og anmeldelse",
        "Ved akutt fare ringer du 112. Ellers kan du kontakte politiet på 02800 for råd eller anmeldelse.",
        [
            (
                "cite",
                "Kripos har et eget tipsmottak for menneskehandel, men tar ikke imot anmeldelser. Koordineringsenheten mot "
                "menneskehandel har ingen rolle i enkeltsaker.",
                ["politiet-mistenker", "politiet-kom"],
            ),
            (
                "p",
                "En voksen bestemmer selv om hen vil anmelde. Gi informasjon om rettshjelp og bistandsadvokat først.",
            ),
        ],
        audiences=ALL,
        topics=["henvisning"],
        sources=["politiet-mistenker", "politiet-kom"],
    ),
    page(
        "kartleggingsverktoy",
        "Kartleggingsverktøy og deres begrensninger",
        "Internasjonale verktøy kan gi struktur, men ingen er prøvd ut i Norge.",
        [
            (
                "cite",
                "De kjente indikatorlistene ble laget for forskning, ikke for klinisk diagnose. Et tegn kan være sterkt i én "
                "sammenheng og uten betydning i en annen.",
                ["palermo"],
            ),
            (
                "p",
                "Amerikanske screeningverktøy fanger opp mange, men gir også mange falske treff. Resultatet bør derfor leses som "
                "«gir grunn til bekymring», aldri som «er offer».",
            ),
            (
                "uncertain",
                "Tallene for treffsikkerhet i de amerikanske studiene er hentet fra sammendrag og ikke kontrollert mot artiklene.",
            ),
        ],
        audiences=["helsepersonell", "student-underviser"],
        topics=["avdekking"],
        sources=["palermo", "mts-generelle"],
    ),
    page(
        "kompetanse-og-undervisning",
        "Kompetanse og undervisning om menneskehandel",
        "Alt helsepersonell trenger grunnleggende kunnskap om menneskehandel, og utdanningene bør ta det med.",
        [
            (
                "cite",
                "Nettverket anbefaler at menneskehandel ses som en del av feltet vold, overgrep og utnytting, og at utdanninger på "
                "alle nivåer tar opp temaet.",
                ["nmh-rapport"],
            ),
            (
                "p",
                "RVTS-ene gir opplæring og veiledning til fagfolk i sin region. Nettressursen menneskertilsalgs.no drives av RVTS Øst.",
            ),
        ],
        audiences=["student-underviser", "helsepersonell"],
        topics=["henvisning"],
        sources=["nmh-rapport", "mts-tegn"],
    ),
]
