"""The course «Menneskehandel: avdekke, hjelpe, henvise», written for Varde in plain bokmål.

Built on the sources in the knowledge base (Helsedirektoratet, menneskertilsalgs.no from RVTS, the police,
Bufdir, the network report 2021–2023). Points the sources mark as uncertain are shown as uncertain.
Each lesson item is a paragraph (str), a heading ("h2", text) or a callout ("callout", kind, title, text).
"""

HDIR = "https://www.helsedirektoratet.no/veiledere/helsetjenester-til-asylsokere-flyktninger-og-familiegjenforente/ofre-for-menneskehandel"
RVTS_BEKYMRET = "https://menneskertilsalgs.no/allerede-bekymret/"
RVTS_HELSE = "https://menneskertilsalgs.no/avdekking/tegn-og-indikatorer/helseindikatorer/"
RVTS_SAMTALE = "https://menneskertilsalgs.no/avdekking/samtale/gjennomforing/"
RVTS_MINDRE = "https://menneskertilsalgs.no/kan-personen-vaere-mindrearig/"
POLITI = "https://www.politiet.no/rad/menneskehandel/hva-er-menneskehandel/"
POLITI_MISTANKE = (
    "https://www.politiet.no/rad/menneskehandel/mistenker-du-at-noen-er-utsatt-for-menneskehandel/"
)
HELSENORGE = "https://helsenorge.no/helsehjelp/helsehjelp-til-personer-uten-lovlig-opphold"
RETTSHJELP = "https://menneskertilsalgs.no/helse-rettigheter-og-oppfolging/rettigheter/juridisk-bistand/"
NETTVERK = "https://www.helsedirektoratet.no/rapporter/nasjonalt-nettverk-for-arbeid-mot-menneskehandel-i-helse-og-omsorgstjenestene-2021-2023/oppsummering-av-nettverkets-anbefalinger"
HPL33 = "https://helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/opplysningsplikt-m.v/-33.opplysningsplikt-til-barnevernet"
KOM = "https://www.politiet.no/rad/menneskehandel/koordineringsenheten-mot-menneskehandel/"


def sources(*links: tuple[str, str]) -> str:
    items = "".join(f'<li><a href="{url}">{title}</a></li>' for title, url in links)
    return f"<p><b>Kilder</b></p><ul>{items}</ul>"


COURSE = {
    "slug": "menneskehandel-avdekke-hjelpe-henvise",
    "title": "Menneskehandel: avdekke, hjelpe, henvise",
    "intro": "Et e-læringskurs for deg som jobber i helse- og omsorgstjenestene. Seks korte moduler om å se tegnene, "
    "snakke med personen, kjenne pliktene og rettighetene, og vite hvem du kontakter. Regn med rundt en time.",
    "pass_mark": 80,
    "modules": [
        {
            "slug": "hva-er-menneskehandel",
            "title": "Hva er menneskehandel?",
            "intro": "Handling, middel og formål – og hvorfor alder endrer alt.",
            "lessons": [
                (
                    "Tre elementer",
                    [
                        "Menneskehandel betyr at noen utnytter et annet menneske og tjener på det. Loven beskriver det i "
                        "straffeloven § 257. Det er nyttig å tenke på tre deler: en handling, et middel og et formål.",
                        ("h2", "Handling, middel, formål"),
                        "Handlingen kan være å rekruttere, frakte, ta imot eller huse en person. Midlet er det som gjør "
                        "personen ufri: vold, trusler, å utnytte at personen er i en sårbar situasjon, eller annen "
                        "utilbørlig atferd, for eksempel å binde personen med en gjeld som ikke lar seg betale ned.",
                        "Formålet er utnyttelsen: prostitusjon eller andre seksuelle tjenester, tvangsarbeid eller "
                        "tvangstjenester (også tigging), krigstjeneste i et annet land, eller å fjerne organer.",
                        (
                            "callout",
                            "children",
                            "Barn under 18 år",
                            "<p>Er personen under 18 år, trengs ikke noe middel. Det holder at barnet blir utnyttet til et "
                            "av formålene. Er du i tvil om alderen, skal personen behandles som barn til alderen er avklart.</p>",
                        ),
                    ],
                ),
                (
                    "Hva det ikke er",
                    [
                        "Menneskehandel er ikke det samme som menneskesmugling. Ved smugling hjelper noen en person over "
                        "en grense mot betaling, uten at utnyttelse er poenget. Det må heller ikke krysses noen grense: "
                        "menneskehandel kan skje helt innenfor Norge.",
                        "Den som utnytter, er ofte ikke en del av en stor organisert gruppe. Det kan være en ektefelle, "
                        "en kjæreste, en slektning eller en reisefølge.",
                        ("h2", "Grov menneskehandel"),
                        "Straffeloven § 258 gjelder grov menneskehandel. Det som særlig teller, er om offeret er under 18 "
                        "år, om det er brukt grov vold eller tvang, og om gjerningspersonen har tjent mye penger.",
                        sources(
                            ("Politiet: Hva er menneskehandel?", POLITI),
                            ("Helsedirektoratet: Ofre for menneskehandel", HDIR),
                        ),
                    ],
                ),
            ],
            "quiz": [
                (
                    "Hvilke tre deler bruker vi for å beskrive menneskehandel?",
                    False,
                    [
                        (
                            "Handling, middel og formål",
                            True,
                            "Riktig. Alle tre må være til stede for voksne.",
                        ),
                        (
                            "Grense, betaling og transport",
                            False,
                            "Nei. Det beskriver heller menneskesmugling.",
                        ),
                        (
                            "Anmeldelse, dom og straff",
                            False,
                            "Nei. Det er trinn i en straffesak, ikke hva handelen består i.",
                        ),
                    ],
                ),
                (
                    "En 16-åring blir brukt til å selge sex. Ingen har brukt vold eller trusler. Kan det være menneskehandel?",
                    False,
                    [
                        (
                            "Ja, for barn under 18 trengs ikke noe middel",
                            True,
                            "Riktig. Utnyttelse av barn er menneskehandel uansett middel.",
                        ),
                        (
                            "Nei, det krever vold eller trusler",
                            False,
                            "Nei. Det kravet gjelder bare når personen er voksen.",
                        ),
                    ],
                ),
                (
                    "Hvilke av disse kan være formål ved menneskehandel?",
                    True,
                    [
                        ("Tvangsarbeid, også tigging", True, "Riktig."),
                        ("Seksuell utnyttelse", True, "Riktig."),
                        ("Å fjerne organer", True, "Riktig."),
                        ("Å reise på ferie sammen", False, "Nei. En reise er ikke utnyttelse i seg selv."),
                    ],
                ),
            ],
        },
        {
            "slug": "tegn-og-indikatorer",
            "title": "Tegn og indikatorer",
            "intro": "Hva kan du se og høre i helsetjenesten – og hva betyr det?",
            "lessons": [
                (
                    "Tegn du kan legge merke til",
                    [
                        "Helsepersonell er ofte blant de få som møter en person mens utnyttelsen pågår. Derfor er det "
                        "viktig å kjenne tegnene, og å ta på alvor at noe «skurrer».",
                        ("h2", "Tegn hos pasienten"),
                        "<ul><li>historien virker innøvd, eller henger ikke sammen</li><li>personen nøler med å svare om "
                        "skaden eller sykdommen</li><li>en ledsager svarer for personen, tolker, eller vil ikke gå ut av "
                        "rommet</li><li>personen virker redd, unngår blikkontakt eller avviser hjelp</li><li>personen vet "
                        "ikke adressen sin, eller hvilken dag det er</li><li>personen har ikke selv passet eller pengene "
                        "sine</li></ul>",
                        (
                            "callout",
                            "important",
                            "Ett tegn avgjør ingenting",
                            "<p>At ett eller flere tegn finnes eller mangler, verken bekrefter eller utelukker menneskehandel. "
                            "Tegnene kan ha andre forklaringer. Det du trenger, er en samlet vurdering av personens situasjon.</p>",
                        ),
                    ],
                ),
                (
                    "Begrunnet bekymring er nok",
                    [
                        "Du skal ikke avgjøre om det er menneskehandel. Det er ikke din oppgave, og du trenger ikke være "
                        "sikker. En begrunnet bekymring er nok til å handle: å gi informasjon, å spørre, og å søke råd.",
                        "Lister over tegn er laget for å hjelpe deg å se, ikke for å sette diagnose. De som utnytter andre, "
                        "tilpasser seg også til kjente tegn.",
                        sources(
                            ("RVTS: Spesifikke indikatorer for helsepersonell", RVTS_HELSE),
                            ("Helsedirektoratet: Ofre for menneskehandel", HDIR),
                        ),
                    ],
                ),
            ],
            "quiz": [
                (
                    "En pasient har med en ledsager som svarer på alle spørsmål og vil tolke. Hva sier dette?",
                    False,
                    [
                        (
                            "Det er et tegn du bør ta på alvor, men det beviser ingenting alene",
                            True,
                            "Riktig. Det er et kjent tegn, men kan ha andre forklaringer.",
                        ),
                        (
                            "Det beviser at pasienten er utsatt for menneskehandel",
                            False,
                            "Nei. Ingen enkelttegn beviser noe.",
                        ),
                        (
                            "Det er uten betydning",
                            False,
                            "Nei. En kontrollerende ledsager er et tegn å legge merke til.",
                        ),
                    ],
                ),
                (
                    "Hva trenger du før du handler?",
                    False,
                    [
                        ("En begrunnet bekymring", True, "Riktig. Du trenger ikke være sikker."),
                        (
                            "Bevis for at det er menneskehandel",
                            False,
                            "Nei. Det er ikke din oppgave å avgjøre det.",
                        ),
                        (
                            "At personen selv sier at det er menneskehandel",
                            False,
                            "Nei. Mange forteller ikke, av frykt eller skam.",
                        ),
                    ],
                ),
                (
                    "Hvilke av disse er tegn hos en pasient?",
                    True,
                    [
                        ("Har ikke selv passet sitt", True, "Riktig."),
                        ("Vet ikke adressen der hen bor", True, "Riktig."),
                        (
                            "Har vondt i halsen",
                            False,
                            "Nei. Det er et vanlig symptom, ikke et tegn på utnyttelse.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "samtalen-og-tolken",
            "title": "Samtalen og tolken",
            "intro": "Alene med personen, med kvalifisert tolk, og med sikkerhet først.",
            "lessons": [
                (
                    "Planlegg samtalen",
                    [
                        "Sikkerhet kommer først. Selv en samtale som virker uskyldig, kan gjøre situasjonen farligere for "
                        "personen eller familien. Tenk gjennom hvem som skal være med, hvor dere snakker, og hvordan.",
                        "Snakk med personen alene. Er det en ledsager med, kan du for eksempel si at det er rutine å "
                        "snakke med pasienten alene en stund.",
                        (
                            "callout",
                            "important",
                            "Bruk kvalifisert tolk",
                            "<p>Bruk en kvalifisert tolk, ikke en venn, slektning eller ledsager. Ledsageren kan være den som "
                            "utnytter personen, og kan sile alt som blir sagt. La gjerne personen si noe om valg av tolk, og om "
                            "tolken skal være til stede eller på telefon. Fortell at tolken har taushetsplikt.</p>",
                        ),
                    ],
                ),
                (
                    "Under samtalen",
                    [
                        "Fortell hvem du er, hva rollen din er, og hvilke plikter du har. Si at du er bekymret, og at hjelp "
                        "og beskyttelse finnes hvis personen vil ha det. Vær konkret og ærlig om hva du kan love.",
                        "Unngå ord som «menneskehandel», «tvang» og «offer». Spør heller åpent om hverdagen: Kan du gå når du "
                        "vil? Får du lønnen inn på din egen konto? Har du selv passet ditt? Har du egen nøkkel?",
                        "Er det ikke trygt å snakke nå, prøv å holde på kontakten: gi en ny time snart, eller finn en annen "
                        "grunn til at personen kan komme tilbake.",
                        sources(
                            ("RVTS: Gjennomføring av samtalen", RVTS_SAMTALE),
                            ("RVTS: Allerede bekymret?", RVTS_BEKYMRET),
                        ),
                    ],
                ),
            ],
            "quiz": [
                (
                    "Hvem bør tolke i samtalen?",
                    False,
                    [
                        ("En kvalifisert tolk", True, "Riktig. Tolken har taushetsplikt og er uavhengig."),
                        (
                            "Ledsageren, siden pasienten kjenner hen",
                            False,
                            "Nei. Ledsageren kan være den som utnytter personen.",
                        ),
                        ("Et barn i familien", False, "Nei. Barn skal ikke brukes som tolk."),
                    ],
                ),
                (
                    "Hvilke spørsmål passer i samtalen?",
                    True,
                    [
                        (
                            "Kan du gå fra jobben når du vil?",
                            True,
                            "Riktig. Konkrete spørsmål om hverdagen gir et bilde av situasjonen.",
                        ),
                        ("Har du selv passet ditt?", True, "Riktig."),
                        (
                            "Er du et offer for menneskehandel?",
                            False,
                            "Nei. Slike direkte spørsmål virker sjelden, og ordene kan skremme.",
                        ),
                    ],
                ),
                (
                    "Det er ikke trygt å snakke i dag. Hva gjør du?",
                    False,
                    [
                        ("Prøver å holde på kontakten, for eksempel med en ny time snart", True, "Riktig."),
                        (
                            "Avslutter og noterer at alt er i orden",
                            False,
                            "Nei. Da kan personen forsvinne fra tjenestene.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "pliktene-dine",
            "title": "Pliktene dine",
            "intro": "Taushetsplikt, opplysningsplikt til barnevernet og avvergingsplikt.",
            "lessons": [
                (
                    "Taushetsplikt og samtykke",
                    [
                        "Taushetsplikten beskytter tilliten. Den gjelder fullt ut også for personer uten lovlig opphold. "
                        "Med samtykke kan du dele opplysninger, men samtykket må være informert og konkret, ikke en "
                        "generell fullmakt.",
                        "For en voksen som ikke er i akutt fare, er hovedregelen: gi informasjon om hjelp, og hjelp personen "
                        "å ta kontakt hvis hen vil.",
                    ],
                ),
                (
                    "Når plikten går foran taushetsplikten",
                    [
                        ("h2", "Opplysningsplikt til barnevernet"),
                        "Har du grunn til å tro at et barn blir eller vil bli utnyttet til menneskehandel, skal du melde fra "
                        "til barnevernet (helsepersonelloven § 33). Det gjelder også når alderen er ukjent, men det er grunn "
                        "til å tro at personen er under 18 år. Meld fra med en gang, så barnet ikke forsvinner.",
                        ("h2", "Avvergingsplikt"),
                        "Alle har plikt til å prøve å avverge visse alvorlige lovbrudd (straffeloven § 196), også når de "
                        "har taushetsplikt. Grov menneskehandel (§ 258) er med. Plikten slår inn når det er sikkert eller "
                        "mest sannsynlig at handlingen skjer eller vil skje. Du avverger for eksempel ved å varsle politiet.",
                        (
                            "callout",
                            "note",
                            "Usikkert",
                            "<p>Kildene tyder på at vanlig menneskehandel (§ 257) ikke er med i avvergingsplikten, bare grov "
                            "menneskehandel. Dette er ikke sjekket mot lovteksten. Spør om råd hvis du er i tvil.</p>",
                        ),
                        "Nettverket for arbeid mot menneskehandel peker på at helsepersonell trenger mer kunnskap om "
                        "samspillet mellom disse pliktene, og at det er viktig å dokumentere vurderingen du gjør.",
                        sources(
                            ("Helsedirektoratet: Helsepersonelloven § 33", HPL33),
                            ("Politiet: Mistenker du menneskehandel?", POLITI_MISTANKE),
                            ("Helsedirektoratet: Nettverkets anbefalinger", NETTVERK),
                        ),
                    ],
                ),
            ],
            "quiz": [
                (
                    "Du har grunn til å tro at en 15-åring blir utnyttet. Hva gjelder?",
                    False,
                    [
                        (
                            "Du har plikt til å melde fra til barnevernet, og taushetsplikten er ikke til hinder",
                            True,
                            "Riktig.",
                        ),
                        (
                            "Du må ha samtykke fra barnet før du melder",
                            False,
                            "Nei. Opplysningsplikten gjelder uten samtykke.",
                        ),
                        ("Du venter til du er helt sikker", False, "Nei. «Grunn til å tro» er nok."),
                    ],
                ),
                (
                    "Hvilken form for menneskehandel er sikkert med i avvergingsplikten?",
                    False,
                    [
                        (
                            "Grov menneskehandel, § 258",
                            True,
                            "Riktig. For vanlig menneskehandel (§ 257) er det usikkert.",
                        ),
                        ("Ingen former", False, "Nei. Grov menneskehandel ble tatt med i avvergingsplikten."),
                    ],
                ),
                (
                    "Hva kjennetegner et gyldig samtykke til å dele opplysninger?",
                    True,
                    [
                        ("Det er informert", True, "Riktig."),
                        ("Det er konkret: hva som deles, og med hvem", True, "Riktig."),
                        (
                            "Det er en generell fullmakt til å dele alt",
                            False,
                            "Nei. Et generelt samtykke er ikke nok.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "rettigheter",
            "title": "Rettighetene til mulige ofre",
            "intro": "Helsehjelp, juridisk hjelp og retten til å bli behandlet som offer.",
            "lessons": [
                (
                    "Helsehjelp for alle",
                    [
                        "Alle som er i Norge, har rett til øyeblikkelig hjelp og til helsehjelp som er helt nødvendig og "
                        "ikke kan vente. Gravide har rett til svangerskaps- og fødselsomsorg. Barn under 18 har rett til "
                        "nødvendige helse- og omsorgstjenester, uansett oppholdsstatus.",
                        "Asylsøkere er medlemmer av folketrygden mens søknaden behandles, og har fulle rettigheter til "
                        "helsehjelp og fastlege.",
                        (
                            "callout",
                            "note",
                            "Usikkert: refleksjonsperiode",
                            "<p>Hvilke helserettigheter en person i refleksjonsperiode har, er uklart i kildene. Nettverket "
                            "beskriver tilgangen som begrenset i praksis. Sjekk dette med ROSA eller en advokat.</p>",
                        ),
                    ],
                ),
                (
                    "Juridisk hjelp og status som offer",
                    [
                        "Den som blir identifisert som mulig offer, skal behandles som offer, med de rettighetene det gir, "
                        "til det motsatte er vist. Det er ikke nødvendig med formell identifisering først.",
                        "Et mulig offer har rett til noen timer gratis advokathjelp for å vurdere om hen vil anmelde, og "
                        "rett til bistandsadvokat i saker om menneskehandel.",
                        sources(
                            ("Helsenorge: Helsehjelp til personer uten lovlig opphold", HELSENORGE),
                            ("RVTS: Juridisk bistand", RETTSHJELP),
                            ("Helsedirektoratet: Ofre for menneskehandel", HDIR),
                        ),
                    ],
                ),
            ],
            "quiz": [
                (
                    "En person uten lovlig opphold trenger hjelp som ikke kan vente. Har hen rett til det?",
                    False,
                    [
                        ("Ja", True, "Riktig. Helt nødvendig hjelp som ikke kan vente, gjelder alle."),
                        (
                            "Nei, bare ved livsfare",
                            False,
                            "Nei. Retten er videre enn bare øyeblikkelig hjelp.",
                        ),
                    ],
                ),
                (
                    "Må en person være formelt identifisert før hen får rettigheter som offer?",
                    False,
                    [
                        (
                            "Nei, et mulig offer skal behandles som offer til det motsatte er vist",
                            True,
                            "Riktig.",
                        ),
                        ("Ja, politiet må først bekrefte det", False, "Nei."),
                    ],
                ),
                (
                    "Hva er sagt om helserettigheter i refleksjonsperioden?",
                    False,
                    [
                        (
                            "Det er uklart, og bør sjekkes med ROSA eller advokat",
                            True,
                            "Riktig. Kildene er ikke samstemte.",
                        ),
                        (
                            "Personen har ingen rett til helsehjelp",
                            False,
                            "Nei. Alle har i hvert fall rett til hjelp som ikke kan vente.",
                        ),
                    ],
                ),
            ],
        },
        {
            "slug": "henvise-og-samarbeide",
            "title": "Henvise og samarbeide",
            "intro": "Hvem du ringer, og i hvilken rekkefølge.",
            "lessons": [
                (
                    "Hvem du kontakter",
                    [
                        "<ul><li><b>Akutt fare:</b> ring 112, eller politiet på 02800.</li><li><b>Mulig barn:</b> "
                        "kontakt barnevernet eller barnevernvakten med en gang. Bufdir gir råd på 466 15 000.</li>"
                        "<li><b>Voksen, ikke akutt:</b> ROSA gir råd døgnet rundt på 22 33 11 60, både til deg og til "
                        "personen.</li></ul>",
                        "Med samtykke kan du hjelpe en voksen å kontakte ROSA, en bistandsadvokat eller politiet. KOM, "
                        "koordineringsenheten mot menneskehandel, samordner arbeidet mellom etater, men tar ikke enkeltsaker.",
                        (
                            "callout",
                            "important",
                            "Også når det ikke er menneskehandel",
                            "<p>Viser det seg at personen har en vanskelig livssituasjon, men ikke er utsatt for menneskehandel, "
                            "trenger hen likevel hjelp videre.</p>",
                        ),
                    ],
                ),
                (
                    "Samarbeid og dokumentasjon",
                    [
                        "Menneskehandel hører hjemme i det bredere arbeidet mot vold, overgrep og utnyttelse. Kjenn rutinen "
                        "på din arbeidsplass, og skriv ned vurderingen du gjør: om du fikk samtykke, hvem du kontaktet, og "
                        "om du meldte fra etter opplysningsplikt eller avvergingsplikt.",
                        sources(
                            ("RVTS: Allerede bekymret?", RVTS_BEKYMRET),
                            ("RVTS: Kan personen være mindreårig?", RVTS_MINDRE),
                            ("Politiet: Koordineringsenheten mot menneskehandel", KOM),
                        ),
                    ],
                ),
            ],
            "quiz": [
                (
                    "Du er bekymret for en voksen som ikke er i akutt fare. Hvem kan gi råd hele døgnet?",
                    False,
                    [
                        (
                            "ROSA, på 22 33 11 60",
                            True,
                            "Riktig. ROSA gir råd til både ansatte og personen selv.",
                        ),
                        ("KOM", False, "Nei. KOM samordner etatene, men tar ikke enkeltsaker."),
                        ("Ingen, du må vente til kontortid", False, "Nei. ROSA er åpen døgnet rundt."),
                    ],
                ),
                (
                    "Personen kan være under 18 år. Hva gjør du?",
                    False,
                    [
                        ("Kontakter barnevernet med en gang", True, "Riktig."),
                        (
                            "Venter til alderen er bevist",
                            False,
                            "Nei. Ved tvil skal personen behandles som barn.",
                        ),
                    ],
                ),
                (
                    "Hva bør du dokumentere?",
                    True,
                    [
                        ("Om du fikk samtykke", True, "Riktig."),
                        ("Hvem du kontaktet", True, "Riktig."),
                        ("Om du meldte fra etter en plikt", True, "Riktig."),
                        (
                            "Dine gjetninger om personens bakgrunn, uten grunnlag",
                            False,
                            "Nei. Hold deg til det du har sett og hørt.",
                        ),
                    ],
                ),
            ],
        },
    ],
}
