"""The most central guidance pages, in bokmål, nynorsk and English."""

HDIR = "Helsedirektoratet, avdeling for faglig veiledning (demo)"

PAGES = [
    {
        "slug": "tegn-pa-menneskehandel",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "barnevern", "student-underviser"],
        "topics": ["avdekking"],
        "sources": ["mts-tegn", "mts-generelle", "mts-helse", "hdir-indikatorer"],
        "owner": HDIR,
        "changed": "2026-10-15",
        "review": "2027-04-15",
        "nb": {
            "title": "Tegn på menneskehandel",
            "intro": "Ingen enkelttegn beviser menneskehandel, men flere tegn sammen bør få deg til å stoppe opp og spørre mer.",
            "change": "Lagt til tegn som gjelder helsepersonell spesielt.",
            "body": [
                (
                    "cite",
                    "Helsepersonell og sosialarbeidere er ofte blant de få som treffer personen mens utnyttingen pågår. "
                    "Derfor er det viktig å kjenne igjen typiske tegn og ta magefølelsen på alvor når noe skurrer.",
                    ["mts-tegn"],
                ),
                ("h", "Tegn i møtet med helsetjenesten"),
                (
                    "check",
                    "Vær oppmerksom hvis personen",
                    [
                        "forteller en historie som virker innøvd eller ikke henger sammen",
                        "nøler med å svare på hvordan skaden eller sykdommen oppstod",
                        "har med en følgeperson som svarer, tolker eller ikke vil gå ut av rommet",
                        "virker redd eller nervøs og unngår blikkontakt",
                        "ikke vet adressen sin, eller ikke vet hvor hen er eller hvilken dato det er",
                        "ikke selv har pass, ID-papirer eller kontroll over egne penger",
                        "får mange telefoner eller meldinger under konsultasjonen",
                    ],
                ),
                (
                    "cite",
                    "Listene er ikke fullstendige. Tegnene kan ha andre forklaringer, og en person som er utsatt for "
                    "menneskehandel kan vise få eller ingen av dem.",
                    ["mts-helse", "hdir-indikatorer"],
                ),
                ("h", "Generelle tegn på kontroll og tvang"),
                (
                    "p",
                    "Personen kan virke overvåket, ha gjeld til noen som betalte reisen, mangle kontakt med familie og venner, "
                    "eller ha tatt valg ut fra falske løfter eller i en situasjon uten reelle alternativer. Vold, trusler "
                    "og skader som kan komme av mishandling er også tegn.",
                ),
                (
                    "important",
                    "Helhetlig vurdering",
                    "Det er personens samlede livssituasjon som teller. Du trenger ikke være sikker: en begrunnet bekymring er nok til å handle.",
                ),
                (
                    "contact",
                    "ROSA – råd om menneskehandel hele døgnet",
                    "/hjelp/tjeneste/rosa/",
                    "22 33 11 60",
                    "Gir råd til helse- og omsorgstjenesten og til personer som kan være utsatt.",
                ),
            ],
        },
        "nn": {
            "title": "Teikn på menneskehandel",
            "intro": "Ingen einskilde teikn provar menneskehandel, men fleire teikn saman bør få deg til å stoppe opp og spørje meir.",
            "owner": "Helsedirektoratet, avdeling for fagleg rettleiing (demo)",
            "change": "Lagt til teikn som gjeld helsepersonell særskilt.",
            "body": [
                (
                    "cite",
                    "Helsepersonell og sosialarbeidarar er ofte blant dei få som møter personen medan utnyttinga går føre seg. "
                    "Difor er det viktig å kjenne att typiske teikn og ta magekjensla på alvor når noko skurrar.",
                    ["mts-tegn"],
                ),
                ("h", "Teikn i møtet med helsetenesta"),
                (
                    "check",
                    "Ver merksam dersom personen",
                    [
                        "fortel ei historie som verkar innøvd eller ikkje heng saman",
                        "nølar med å svare på korleis skaden eller sjukdomen oppstod",
                        "har med ein følgjeperson som svarar, tolkar eller ikkje vil gå ut av rommet",
                        "verkar redd eller nervøs og unngår augekontakt",
                        "ikkje veit adressa si, eller ikkje veit kvar hen er eller kva dato det er",
                        "ikkje sjølv har pass, ID-papir eller kontroll over eigne pengar",
                        "får mange telefonar eller meldingar under konsultasjonen",
                    ],
                ),
                (
                    "cite",
                    "Listene er ikkje fullstendige. Teikna kan ha andre forklaringar, og ein person som er utsett for "
                    "menneskehandel, kan vise få eller ingen av dei.",
                    ["mts-helse", "hdir-indikatorer"],
                ),
                ("h", "Generelle teikn på kontroll og tvang"),
                (
                    "p",
                    "Personen kan verke overvaka, ha gjeld til nokon som betalte reisa, mangle kontakt med familie og vener, "
                    "eller ha teke val ut frå falske lovnader eller i ein situasjon utan reelle alternativ. Vald, truslar "
                    "og skadar som kan kome av mishandling er òg teikn.",
                ),
                (
                    "important",
                    "Heilskapleg vurdering",
                    "Det er den samla livssituasjonen til personen som tel. Du treng ikkje vere sikker: ei grunngitt uro er nok til å handle.",
                ),
                (
                    "contact",
                    "ROSA – råd om menneskehandel heile døgeret",
                    "/nn/hjelp/tjeneste/rosa/",
                    "22 33 11 60",
                    "Gir råd til helse- og omsorgstenesta og til personar som kan vere utsette.",
                ),
            ],
        },
        "en": {
            "title": "Signs of human trafficking",
            "intro": "No single sign proves trafficking, but several signs together should make you stop and ask more.",
            "owner": "Norwegian Directorate of Health, guidance unit (demo)",
            "change": "Added signs that concern health workers in particular.",
            "body": [
                (
                    "cite",
                    "Health and social workers are often among the few who meet the person while the exploitation is still "
                    "going on. So it matters to know the typical signs and to take your gut feeling seriously when something feels wrong.",
                    ["mts-tegn"],
                ),
                ("h", "Signs in a health care encounter"),
                (
                    "check",
                    "Pay attention if the person",
                    [
                        "tells a story that seems rehearsed or does not add up",
                        "hesitates to say how the injury or illness came about",
                        "is accompanied by someone who answers, interprets or will not leave the room",
                        "seems scared or nervous and avoids eye contact",
                        "does not know their address, where they are or what date it is",
                        "does not hold their own passport, ID papers or control their own money",
                        "gets many calls or messages during the appointment",
                    ],
                ),
                (
                    "cite",
                    "These lists are not complete. The signs can have other explanations, and a person who is trafficked "
                    "may show few or none of them.",
                    ["mts-helse", "hdir-indikatorer"],
                ),
                ("h", "General signs of control and coercion"),
                (
                    "p",
                    "The person may seem watched, owe money to someone who paid for the journey, lack contact with family and "
                    "friends, or have made choices based on false promises or with no real alternatives. Violence, threats and "
                    "injuries that may come from abuse are also signs.",
                ),
                (
                    "important",
                    "Look at the whole picture",
                    "What counts is the person's whole life situation. You do not need to be certain: a reasoned concern is enough to act.",
                ),
                (
                    "contact",
                    "ROSA – advice on trafficking around the clock",
                    "/en/hjelp/tjeneste/rosa/",
                    "22 33 11 60",
                    "Advises the health and care services and people who may be exploited.",
                ),
            ],
        },
    },
    {
        "slug": "hva-gjor-jeg-ved-bekymring",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "barnevern"],
        "topics": ["avdekking", "henvisning"],
        "sources": ["mts-bekymret", "hdir-verktoy", "hdir-kap6", "udi-kan-det-vaere"],
        "owner": HDIR,
        "changed": "2026-10-15",
        "review": "2027-04-15",
        "nb": {
            "title": "Hva gjør jeg hvis jeg er bekymret?",
            "intro": "Slik går du fram når du tror en pasient eller bruker kan være utsatt for menneskehandel.",
            "change": "Nytt steg om å holde på kontakten når en følgeperson er til stede.",
            "body": [
                (
                    "important",
                    "Akutt fare",
                    "Er noen i akutt fare, ring 112. Vil du melde fra til politiet uten at det haster, ring 02800.",
                ),
                ("h", "Stegene når det ikke er akutt"),
                (
                    "check",
                    "Voksen person, ikke akutt",
                    [
                        "Sørg for at personen får vite hvor hen kan få hjelp og beskyttelse.",
                        "Snakk med personen alene hvis det er trygt, og si at du er bekymret.",
                        "Med samtykke: hjelp personen å kontakte et hjelpetiltak eller en advokat.",
                        "Ring ROSA for råd hvis du er usikker.",
                        "Hvis en følgeperson er med: finn en grunn til å møtes igjen snart.",
                    ],
                ),
                (
                    "cite",
                    "Det er ikke din oppgave å avgjøre om det er menneskehandel. Du bidrar til identifisering ved å ta opp "
                    "bekymringen og gi informasjon om hjelp.",
                    ["udi-kan-det-vaere", "hdir-kap6"],
                ),
                (
                    "children",
                    "Kan personen være under 18 år?",
                    "Kontakt barnevernet med en gang. Du har opplysningsplikt også når alderen er uklar, men du har grunn til å tro at personen er et barn.",
                ),
                (
                    "p",
                    "Har du materiell klart, for eksempel små kort med telefonnummeret til ROSA, kan personen ta det med seg uten å vekke oppsikt.",
                ),
                (
                    "uncertain",
                    "Kildene sier at personen bør henvises videre også når det viser seg å handle om en vanskelig livssituasjon og ikke "
                    "menneskehandel. Den nøyaktige formuleringen i kilden er ikke kontrollert.",
                ),
                ("contact", "ROSA", "/hjelp/tjeneste/rosa/", "22 33 11 60", "Åpent hele døgnet."),
            ],
        },
        "nn": {
            "title": "Kva gjer eg om eg er uroa?",
            "intro": "Slik går du fram når du trur ein pasient eller brukar kan vere utsett for menneskehandel.",
            "owner": "Helsedirektoratet, avdeling for fagleg rettleiing (demo)",
            "change": "Nytt steg om å halde på kontakten når ein følgjeperson er til stades.",
            "body": [
                (
                    "important",
                    "Akutt fare",
                    "Er nokon i akutt fare, ring 112. Vil du melde frå til politiet utan at det hastar, ring 02800.",
                ),
                ("h", "Stega når det ikkje er akutt"),
                (
                    "check",
                    "Vaksen person, ikkje akutt",
                    [
                        "Sørg for at personen får vite kvar hen kan få hjelp og vern.",
                        "Snakk med personen åleine om det er trygt, og sei at du er uroa.",
                        "Med samtykke: hjelp personen å kontakte eit hjelpetiltak eller ein advokat.",
                        "Ring ROSA for råd om du er usikker.",
                        "Om ein følgjeperson er med: finn ein grunn til å møtast att snart.",
                    ],
                ),
                (
                    "cite",
                    "Det er ikkje di oppgåve å avgjere om det er menneskehandel. Du bidreg til identifisering ved å ta opp "
                    "uroa og gi informasjon om hjelp.",
                    ["udi-kan-det-vaere", "hdir-kap6"],
                ),
                (
                    "children",
                    "Kan personen vere under 18 år?",
                    "Kontakt barnevernet med ein gong. Du har opplysningsplikt òg når alderen er uklar, men du har grunn til å tru at personen er eit barn.",
                ),
                (
                    "p",
                    "Har du materiell klart, til dømes små kort med telefonnummeret til ROSA, kan personen ta det med seg utan å vekkje merksemd.",
                ),
                (
                    "uncertain",
                    "Kjeldene seier at personen bør tilvisast vidare òg når det viser seg å handle om ein vanskeleg livssituasjon og ikkje "
                    "menneskehandel. Den nøyaktige ordlyden i kjelda er ikkje kontrollert.",
                ),
                ("contact", "ROSA", "/nn/hjelp/tjeneste/rosa/", "22 33 11 60", "Ope heile døgeret."),
            ],
        },
        "en": {
            "title": "What do I do if I am worried?",
            "intro": "How to proceed when you think a patient or client may be a victim of human trafficking.",
            "owner": "Norwegian Directorate of Health, guidance unit (demo)",
            "change": "New step on keeping contact when a companion is present.",
            "body": [
                (
                    "important",
                    "Immediate danger",
                    "If someone is in immediate danger, call 112. To report to the police when it is not urgent, call 02800.",
                ),
                ("h", "Steps when it is not acute"),
                (
                    "check",
                    "Adult, not acute",
                    [
                        "Make sure the person learns where to get help and protection.",
                        "Talk to the person alone if it is safe, and say that you are worried.",
                        "With consent: help the person contact a support service or a lawyer.",
                        "Call ROSA for advice if you are unsure.",
                        "If a companion is present: find a reason to meet again soon.",
                    ],
                ),
                (
                    "cite",
                    "It is not your task to decide whether this is trafficking. You help identification by raising your "
                    "concern and giving information about help.",
                    ["udi-kan-det-vaere", "hdir-kap6"],
                ),
                (
                    "children",
                    "Could the person be under 18?",
                    "Contact child welfare services at once. Your duty to report applies even when age is unclear but you have reason to believe the person is a child.",
                ),
                (
                    "p",
                    "If you keep material ready, such as small cards with ROSA's number, the person can take it without drawing attention.",
                ),
                (
                    "uncertain",
                    "The sources say the person should be referred on even when it turns out to be a difficult life situation rather than "
                    "trafficking. The exact wording in the source has not been checked.",
                ),
                ("contact", "ROSA", "/en/hjelp/tjeneste/rosa/", "22 33 11 60", "Open around the clock."),
            ],
        },
    },
    {
        "slug": "samtalen",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "barnevern", "student-underviser"],
        "topics": ["samtale", "avdekking"],
        "sources": ["mts-planlegging", "mts-samtale", "nmh-barrierer", "mts-prinsipper"],
        "owner": HDIR,
        "changed": "2026-09-01",
        "review": "2027-03-01",
        "nb": {
            "title": "Samtalen: alene, med kvalifisert tolk og med tillit",
            "intro": "En trygg samtale er ofte den eneste veien til å forstå situasjonen. Planlegg den godt.",
            "change": "Eksempelspørsmål om hverdagen lagt til.",
            "body": [
                ("h", "Før samtalen"),
                (
                    "cite",
                    "Tenk gjennom hvem som skal være med, hvor dere skal snakke og hvordan. Sikkerhet kommer først: selv en "
                    "uskyldig samtale kan gjøre situasjonen farligere for personen eller familien.",
                    ["mts-planlegging"],
                ),
                (
                    "important",
                    "Snakk med personen alene",
                    "Ingen andre enn eventuelt en kvalifisert tolk skal være i rommet. Ikke bruk en venn, partner eller slektning som tolk, "
                    "selv om de tilbyr seg.",
                ),
                ("h", "I samtalen"),
                (
                    "check",
                    "Gode grep",
                    [
                        "Forklar hvem du er, og hva taushetsplikten og opplysningsplikten din betyr.",
                        "Si at du er bekymret, og at hjelp og beskyttelse finnes hvis personen ønsker det.",
                        "Gi konkret og realistisk informasjon, og sjekk at den er forstått.",
                        "Unngå ord som «menneskehandel», «tvang» og «offer». Spør åpent om personen trenger hjelp.",
                    ],
                ),
                (
                    "acc",
                    [
                        (
                            "Eksempler på spørsmål om hverdagen",
                            "Kan du gå fra boligen eller jobben når du vil? Må du be om lov for å gå til lege? Får du lønn på en konto bare du "
                            "har tilgang til? Har du selv passet ditt? Har du egen nøkkel?",
                        ),
                        (
                            "Hvis personen er i akutt krise",
                            "Sørg først for fysisk trygghet, hvile, mat og drikke og støtte. Samtalen kan vente.",
                        ),
                    ],
                ),
                (
                    "cite",
                    "Å spørre rett ut om noen er utsatt for menneskehandel fungerer sjelden. Bygg heller et bilde av bo- og "
                    "arbeidsforholdene fra flere kanter.",
                    ["mts-samtale"],
                ),
                (
                    "p",
                    "Tillit tar tid. Vis omsorg, hold fokus på her og nå, og ikke lov mer enn du kan holde.",
                ),
            ],
        },
        "nn": {
            "title": "Samtalen: åleine, med kvalifisert tolk og med tillit",
            "intro": "Ein trygg samtale er ofte den einaste vegen til å forstå situasjonen. Planlegg han godt.",
            "owner": "Helsedirektoratet, avdeling for fagleg rettleiing (demo)",
            "change": "Døme på spørsmål om kvardagen lagt til.",
            "body": [
                ("h", "Før samtalen"),
                (
                    "cite",
                    "Tenk gjennom kven som skal vere med, kvar de skal snakke og korleis. Tryggleik kjem først: sjølv ein "
                    "uskuldig samtale kan gjere situasjonen farlegare for personen eller familien.",
                    ["mts-planlegging"],
                ),
                (
                    "important",
                    "Snakk med personen åleine",
                    "Ingen andre enn eventuelt ein kvalifisert tolk skal vere i rommet. Ikkje bruk ein ven, partnar eller slektning som tolk, "
                    "sjølv om dei tilbyr seg.",
                ),
                ("h", "I samtalen"),
                (
                    "check",
                    "Gode grep",
                    [
                        "Forklar kven du er, og kva teieplikta og opplysningsplikta di tyder.",
                        "Sei at du er uroa, og at hjelp og vern finst om personen ønskjer det.",
                        "Gi konkret og realistisk informasjon, og sjekk at han er forstått.",
                        "Unngå ord som «menneskehandel», «tvang» og «offer». Spør ope om personen treng hjelp.",
                    ],
                ),
                (
                    "acc",
                    [
                        (
                            "Døme på spørsmål om kvardagen",
                            "Kan du gå frå bustaden eller jobben når du vil? Må du be om lov for å gå til lege? Får du løn på ein konto berre du "
                            "har tilgang til? Har du sjølv passet ditt? Har du eigen nøkkel?",
                        ),
                        (
                            "Om personen er i akutt krise",
                            "Sørg først for fysisk tryggleik, kvile, mat og drikke og støtte. Samtalen kan vente.",
                        ),
                    ],
                ),
                (
                    "cite",
                    "Å spørje rett ut om nokon er utsett for menneskehandel fungerer sjeldan. Bygg heller eit bilete av bu- og "
                    "arbeidstilhøva frå fleire kantar.",
                    ["mts-samtale"],
                ),
                (
                    "p",
                    "Tillit tek tid. Vis omsorg, hald fokus på her og no, og ikkje lov meir enn du kan halde.",
                ),
            ],
        },
        "en": {
            "title": "The conversation: alone, with a qualified interpreter, building trust",
            "intro": "A safe conversation is often the only way to understand the situation. Plan it well.",
            "owner": "Norwegian Directorate of Health, guidance unit (demo)",
            "change": "Added example questions about daily life.",
            "body": [
                ("h", "Before the conversation"),
                (
                    "cite",
                    "Think through who should take part, where you will talk and how. Safety comes first: even an innocent "
                    "conversation can make things more dangerous for the person or their family.",
                    ["mts-planlegging"],
                ),
                (
                    "important",
                    "Talk to the person alone",
                    "No one else than, if needed, a qualified interpreter should be in the room. Do not use a friend, partner or relative "
                    "as interpreter, even if they offer.",
                ),
                ("h", "During the conversation"),
                (
                    "check",
                    "Good practice",
                    [
                        "Explain who you are and what your duty of confidentiality and duty to report mean.",
                        "Say that you are worried, and that help and protection exist if the person wants it.",
                        "Give concrete and realistic information, and check that it is understood.",
                        "Avoid words like \u201ctrafficking\u201d, \u201cforce\u201d and \u201cvictim\u201d. Ask openly whether the person needs help.",
                    ],
                ),
                (
                    "acc",
                    [
                        (
                            "Example questions about daily life",
                            "Can you leave your home or work when you want? Do you have to ask permission to see a doctor? Is your pay put "
                            "into an account only you can use? Do you keep your own passport? Do you have your own key?",
                        ),
                        (
                            "If the person is in acute crisis",
                            "First make sure of physical safety, rest, food and drink, and support. The conversation can wait.",
                        ),
                    ],
                ),
                (
                    "cite",
                    "Asking straight out whether someone is trafficked rarely works. Build a picture of their living and working "
                    "conditions from several angles instead.",
                    ["mts-samtale"],
                ),
                (
                    "p",
                    "Trust takes time. Show care, focus on the here and now, and do not promise more than you can keep.",
                ),
            ],
        },
    },
    {
        "slug": "kvalifisert-tolk",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "barnevern"],
        "topics": ["samtale"],
        "sources": ["nmh-barrierer", "imdi-tolk", "mts-planlegging"],
        "owner": HDIR,
        "changed": "2026-09-01",
        "review": "2027-03-01",
        "nb": {
            "title": "Bruk kvalifisert tolk – aldri personens nettverk",
            "intro": "Mangel på felles språk er en av de største hindringene for å avdekke menneskehandel.",
            "change": "Tolkeloven fra 2022 omtalt.",
            "body": [
                (
                    "cite",
                    "Bruk en kvalifisert tolk, også når en «venn» eller slektning sier at personen vil ha dem som tolk. "
                    "Følgepersonen kan være den som utnytter, og kan sensurere alt som blir sagt.",
                    ["nmh-barrierer"],
                ),
                (
                    "cite",
                    "Tolkeloven har siden 1. januar 2022 pålagt offentlige organer å bruke kvalifisert tolk når det trengs "
                    "for å ivareta rettssikkerhet eller gi forsvarlig hjelp.",
                    ["imdi-tolk"],
                ),
                ("h", "Velg tolk sammen med personen"),
                (
                    "p",
                    "Kjønn, språk og bakgrunn hos tolken betyr noe. Felles kultur kan skape trygghet, men også frykt for at det som sies "
                    "sprer seg i miljøet. La personen påvirke valget av tolk og om tolken er til stede eller på telefon.",
                ),
                (
                    "note",
                    "Tolken har taushetsplikt",
                    "Si tydelig til personen at også tolken har taushetsplikt. Det kan gjøre det lettere å fortelle.",
                ),
                (
                    "p",
                    "Noen ganger snakker personen faktisk norsk eller engelsk, men blir hindret av følgepersonen som «tolker».",
                ),
            ],
        },
        "nn": {
            "title": "Bruk kvalifisert tolk – aldri nettverket til personen",
            "intro": "Mangel på felles språk er eit av dei største hindera for å avdekkje menneskehandel.",
            "owner": "Helsedirektoratet, avdeling for fagleg rettleiing (demo)",
            "change": "Tolkelova frå 2022 omtalt.",
            "body": [
                (
                    "cite",
                    "Bruk ein kvalifisert tolk, òg når ein «ven» eller slektning seier at personen vil ha dei som tolk. "
                    "Følgjepersonen kan vere den som utnyttar, og kan sensurere alt som blir sagt.",
                    ["nmh-barrierer"],
                ),
                (
                    "cite",
                    "Tolkelova har sidan 1. januar 2022 pålagt offentlege organ å bruke kvalifisert tolk når det trengst "
                    "for å ta vare på rettstryggleiken eller gi forsvarleg hjelp.",
                    ["imdi-tolk"],
                ),
                ("h", "Vel tolk saman med personen"),
                (
                    "p",
                    "Kjønn, språk og bakgrunn hos tolken tyder noko. Felles kultur kan skape tryggleik, men òg frykt for at det som blir sagt, "
                    "spreier seg i miljøet. La personen påverke valet av tolk og om tolken er til stades eller på telefon.",
                ),
                (
                    "note",
                    "Tolken har teieplikt",
                    "Sei tydeleg til personen at òg tolken har teieplikt. Det kan gjere det lettare å fortelje.",
                ),
                (
                    "p",
                    "Somme gonger snakkar personen faktisk norsk eller engelsk, men blir hindra av følgjepersonen som «tolkar».",
                ),
            ],
        },
        "en": {
            "title": "Use a qualified interpreter – never the person's own network",
            "intro": "Lack of a shared language is one of the biggest barriers to uncovering trafficking.",
            "owner": "Norwegian Directorate of Health, guidance unit (demo)",
            "change": "Described the Interpreter Act of 2022.",
            "body": [
                (
                    "cite",
                    "Use a qualified interpreter, even when a \u201cfriend\u201d or relative says the person wants them to interpret. "
                    "The companion may be the exploiter and can censor everything that is said.",
                    ["nmh-barrierer"],
                ),
                (
                    "cite",
                    "Since 1 January 2022 the Interpreter Act has required public bodies to use a qualified interpreter when "
                    "needed to protect legal rights or give proper help.",
                    ["imdi-tolk"],
                ),
                ("h", "Choose the interpreter with the person"),
                (
                    "p",
                    "The interpreter's gender, language and background matter. A shared culture can feel safe, but can also raise fear "
                    "that what is said will spread in the community. Let the person influence the choice, and whether the interpreter "
                    "is present or on the phone.",
                ),
                (
                    "note",
                    "The interpreter is bound by confidentiality",
                    "Tell the person clearly that the interpreter also has a duty of confidentiality. It can make it easier to talk.",
                ),
                (
                    "p",
                    "Sometimes the person actually speaks Norwegian or English but is held back by the companion who \u201cinterprets\u201d.",
                ),
            ],
        },
    },
    {
        "slug": "helsefolger",
        "audiences": ["helsepersonell", "student-underviser"],
        "topics": ["helse"],
        "sources": ["mts-prinsipper", "hdir-kap6", "nmh-rapport"],
        "owner": HDIR,
        "changed": "2026-08-20",
        "review": "2027-02-20",
        "nb": {
            "title": "Fysiske og psykiske helsefølger",
            "intro": "Utnytting og livssituasjonen rundt gir ofte store helseplager, og behovet for helsehjelp kan være omfattende.",
            "change": "Omtale av psykiske plager utvidet.",
            "body": [
                (
                    "cite",
                    "Personer som er utsatt for menneskehandel har som regel lite kontakt med offentlige myndigheter, men har "
                    "ofte store helseproblemer. Mange har behov for omfattende helsehjelp.",
                    ["hdir-kap6", "mts-prinsipper"],
                ),
                ("h", "Fysiske helseplager"),
                (
                    "p",
                    "Vanlige funn er skader etter vold, ubehandlede infeksjoner og sår, seksuelt overførbare infeksjoner, smerter og "
                    "belastningsskader etter tungt eller farlig arbeid, dårlig ernæring og tannproblemer. Sykdom kan ha gått lenge "
                    "uten behandling.",
                ),
                ("h", "Psykiske helseplager"),
                (
                    "p",
                    "Langvarig frykt, trusler og tap av kontroll kan gi angst, depresjon, søvnproblemer og traumereaksjoner. "
                    "Noen bruker rusmidler for å holde ut. Skam og mistillit til hjelpere er vanlig og kan gjøre det vanskelig å fortelle.",
                ),
                (
                    "note",
                    "Se hele mennesket",
                    "Helseplagene henger ofte sammen med bo- og arbeidsforhold. Spør om søvn, mat, arbeidstid og trygghet, ikke bare om symptomet.",
                ),
                (
                    "uncertain",
                    "Et mye sitert anslag sier at de fleste som har vært utsatt, var i kontakt med helsetjenesten mens utnyttingen pågikk. "
                    "Tallet kommer fra en amerikansk studie og er ikke kontrollert mot originalkilden.",
                ),
            ],
        },
        "nn": {
            "title": "Fysiske og psykiske helsefølgjer",
            "intro": "Utnytting og livssituasjonen rundt gir ofte store helseplager, og behovet for helsehjelp kan vere omfattande.",
            "owner": "Helsedirektoratet, avdeling for fagleg rettleiing (demo)",
            "change": "Omtalen av psykiske plager utvida.",
            "body": [
                (
                    "cite",
                    "Personar som er utsette for menneskehandel, har som regel lite kontakt med offentlege styresmakter, men har "
                    "ofte store helseproblem. Mange treng omfattande helsehjelp.",
                    ["hdir-kap6", "mts-prinsipper"],
                ),
                ("h", "Fysiske helseplager"),
                (
                    "p",
                    "Vanlege funn er skadar etter vald, ubehandla infeksjonar og sår, seksuelt overførbare infeksjonar, smerter og "
                    "belastingsskadar etter tungt eller farleg arbeid, dårleg ernæring og tannproblem. Sjukdom kan ha gått lenge "
                    "utan behandling.",
                ),
                ("h", "Psykiske helseplager"),
                (
                    "p",
                    "Langvarig frykt, truslar og tap av kontroll kan gi angst, depresjon, søvnvanskar og traumereaksjonar. "
                    "Nokre bruker rusmiddel for å halde ut. Skam og mistillit til hjelparar er vanleg og kan gjere det vanskeleg å fortelje.",
                ),
                (
                    "note",
                    "Sjå heile mennesket",
                    "Helseplagene heng ofte saman med bu- og arbeidstilhøve. Spør om søvn, mat, arbeidstid og tryggleik, ikkje berre om symptomet.",
                ),
                (
                    "uncertain",
                    "Eit mykje sitert overslag seier at dei fleste som har vore utsette, var i kontakt med helsetenesta medan utnyttinga "
                    "gjekk føre seg. Talet kjem frå ein amerikansk studie og er ikkje kontrollert mot originalkjelda.",
                ),
            ],
        },
        "en": {
            "title": "Physical and mental health consequences",
            "intro": "Exploitation and the life around it often cause serious health problems, and the need for care can be extensive.",
            "owner": "Norwegian Directorate of Health, guidance unit (demo)",
            "change": "Expanded the section on mental health.",
            "body": [
                (
                    "cite",
                    "People exposed to trafficking usually have little contact with public authorities but often have serious "
                    "health problems. Many need extensive health care.",
                    ["hdir-kap6", "mts-prinsipper"],
                ),
                ("h", "Physical health"),
                (
                    "p",
                    "Common findings are injuries from violence, untreated infections and wounds, sexually transmitted infections, pain "
                    "and strain injuries from heavy or dangerous work, poor nutrition and dental problems. Illness may have gone "
                    "untreated for a long time.",
                ),
                ("h", "Mental health"),
                (
                    "p",
                    "Long-lasting fear, threats and loss of control can lead to anxiety, depression, sleep problems and trauma reactions. "
                    "Some use drugs or alcohol to cope. Shame and distrust of helpers are common and can make it hard to speak.",
                ),
                (
                    "note",
                    "See the whole person",
                    "Health problems are often linked to living and working conditions. Ask about sleep, food, working hours and safety, not only the symptom.",
                ),
                (
                    "uncertain",
                    "A widely quoted estimate says most survivors were in contact with health care while being exploited. The figure "
                    "comes from a US study and has not been checked against the original source.",
                ),
            ],
        },
    },
    {
        "slug": "traumebevisst-oppfolging",
        "audiences": ["helsepersonell", "sosialarbeider-nav"],
        "topics": ["helse"],
        "sources": ["mts-prinsipper", "hdir-verktoy"],
        "owner": HDIR,
        "changed": "2026-08-20",
        "review": "2027-02-20",
        "nb": {
            "title": "Helsemessig oppfølging og traumebevisst omsorg",
            "intro": "God oppfølging gir personen tilbake trygghet, verdighet og kontroll over eget liv.",
            "change": "WHOs prinsipper for trygge samtaler lagt inn.",
            "body": [
                (
                    "cite",
                    "Oppfølgingen skal ta særlig hensyn til helse, sikkerhet og velferd. Vekt informasjon, taushetsplikt, "
                    "informert samtykke og personens egne valg.",
                    ["mts-prinsipper"],
                ),
                ("h", "Prinsipper for en trygg samtale"),
                (
                    "check",
                    "Bygget på WHOs ti prinsipper",
                    [
                        "Ikke gjør skade, og vurder risiko før du handler.",
                        "Ha henvisningsinformasjon klar, og ikke lov noe du ikke kan holde.",
                        "Velg og forbered tolk og kolleger nøye.",
                        "Sørg for anonymitet og fortrolighet.",
                        "Få informert samtykke før du går videre.",
                        "Lytt til personens egen vurdering av situasjonen og risikoen.",
                        "Unngå å retraumatisere, og vær forberedt på å handle raskt i en nødsituasjon.",
                    ],
                ),
                (
                    "note",
                    "Traumebevisst omsorg i praksis",
                    "Forklar hva du gjør før du gjør det, spesielt ved undersøkelser. La personen bestemme tempo, og gi valg der det går.",
                ),
                (
                    "p",
                    "Sikkerheten må også vurderes når du henviser videre: hvem får vite hva, og kan informasjonen nå den som utnytter?",
                ),
            ],
        },
        "nn": {
            "title": "Helsemessig oppfølging og traumemedviten omsorg",
            "intro": "God oppfølging gir personen attende tryggleik, verdigheit og kontroll over eige liv.",
            "owner": "Helsedirektoratet, avdeling for fagleg rettleiing (demo)",
            "change": "Prinsippa til WHO for trygge samtalar lagt inn.",
            "body": [
                (
                    "cite",
                    "Oppfølginga skal ta særleg omsyn til helse, tryggleik og velferd. Legg vekt på informasjon, teieplikt, "
                    "informert samtykke og dei eigne vala til personen.",
                    ["mts-prinsipper"],
                ),
                ("h", "Prinsipp for ein trygg samtale"),
                (
                    "check",
                    "Bygd på dei ti prinsippa til WHO",
                    [
                        "Ikkje gjer skade, og vurder risiko før du handlar.",
                        "Ha tilvisingsinformasjon klar, og ikkje lov noko du ikkje kan halde.",
                        "Vel og førebu tolk og kollegaer nøye.",
                        "Sørg for anonymitet og fortruleg handsaming.",
                        "Få informert samtykke før du går vidare.",
                        "Lytt til korleis personen sjølv vurderer situasjonen og risikoen.",
                        "Unngå å retraumatisere, og ver førebudd på å handle raskt i ein naudsituasjon.",
                    ],
                ),
                (
                    "note",
                    "Traumemedviten omsorg i praksis",
                    "Forklar kva du gjer før du gjer det, særleg ved undersøkingar. La personen bestemme tempoet, og gi val der det går.",
                ),
                (
                    "p",
                    "Tryggleiken må òg vurderast når du viser vidare: kven får vite kva, og kan informasjonen nå den som utnyttar?",
                ),
            ],
        },
        "en": {
            "title": "Health follow-up and trauma-informed care",
            "intro": "Good follow-up gives the person back a sense of safety, dignity and control over their own life.",
            "owner": "Norwegian Directorate of Health, guidance unit (demo)",
            "change": "Added WHO's principles for safe conversations.",
            "body": [
                (
                    "cite",
                    "Follow-up should pay particular attention to health, safety and welfare. Stress information, confidentiality, "
                    "informed consent and the person's own choices.",
                    ["mts-prinsipper"],
                ),
                ("h", "Principles for a safe conversation"),
                (
                    "check",
                    "Based on WHO's ten principles",
                    [
                        "Do no harm, and assess risk before you act.",
                        "Have referral information ready, and make no promises you cannot keep.",
                        "Choose and prepare interpreters and colleagues carefully.",
                        "Ensure anonymity and confidentiality.",
                        "Get informed consent before going further.",
                        "Listen to the person's own view of their situation and risks.",
                        "Avoid re-traumatising, and be ready to act fast in an emergency.",
                    ],
                ),
                (
                    "note",
                    "Trauma-informed care in practice",
                    "Explain what you are going to do before you do it, especially in examinations. Let the person set the pace and give choices where you can.",
                ),
                (
                    "p",
                    "Consider safety when you refer on as well: who learns what, and could the information reach the exploiter?",
                ),
            ],
        },
    },
    {
        "slug": "barn-og-alderstvil",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "barnevern"],
        "topics": ["barn", "plikter"],
        "sources": ["mts-mindrearig", "mts-barn", "bufdir-mindrearige", "hpl-33"],
        "owner": "Bufdir, fagteam for barnevern (demo)",
        "changed": "2026-10-01",
        "review": "2027-01-10",
        "nb": {
            "title": "Barn og tvil om alder",
            "intro": "Er du i tvil om personen er under 18 år, skal hen behandles som et barn til alderen er avklart.",
            "change": "Presisert at barn ikke kan velge bort hjelp.",
            "body": [
                (
                    "cite",
                    "Når det er grunn til å tro at personen er under 18 år, har hen særlig beskyttelse som barn til alderen er "
                    "avklart. Dette følger av Europarådets konvensjon mot menneskehandel.",
                    ["mts-mindrearig"],
                ),
                (
                    "children",
                    "Kontakt barnevernet straks",
                    "Meld fra til barnevernet med en gang, slik at barnet ikke forsvinner. Utenom kontortid: kontakt barnevernvakten, "
                    "eller Alarmtelefonen for barn og unge på 116 111.",
                ),
                (
                    "p",
                    "Et barn kan ikke velge å bli værende i en utnyttingssituasjon eller si nei til hjelp. Derfor er framgangsmåten "
                    "annerledes enn for voksne. For barn kreves det heller ikke vold, trusler eller annen utilbørlig atferd for at "
                    "det skal være menneskehandel.",
                ),
                ("h", "Tegn hos barn og unge"),
                (
                    "check",
                    "Vær oppmerksom hvis barnet",
                    [
                        "reiser uten foreldre eller sammen med voksne som ikke kan dokumentere omsorgsforholdet",
                        "har en voksen «fikser» i nærheten som ordner ting og dukker opp raskt",
                        "har penger, telefoner eller verdisaker hen ikke kan forklare",
                        "sier at hen er voksen, men ser mye yngre ut",
                        "ikke går på skole og har lite lek og fritid",
                    ],
                ),
                (
                    "contact",
                    "Bufdirs veiledningstelefon om mindreårige ofre",
                    "/hjelp/tjeneste/bufdir-menneskehandel/",
                    "466 15 000",
                    "For fagfolk som er usikre på hva de skal gjøre.",
                ),
                (
                    "uncertain",
                    "Barnevernloven ble ny fra 1. januar 2023, og paragrafnumrene for akuttplassering er endret. "
                    "Hvilke paragrafer som gjelder nå, er ikke kontrollert.",
                ),
            ],
        },
        "nn": {
            "title": "Barn og tvil om alder",
            "intro": "Er du i tvil om personen er under 18 år, skal hen handsamast som eit barn til alderen er avklart.",
            "owner": "Bufdir, fagteam for barnevern (demo)",
            "change": "Presisert at barn ikkje kan velje bort hjelp.",
            "body": [
                (
                    "cite",
                    "Når det er grunn til å tru at personen er under 18 år, har hen særleg vern som barn til alderen er "
                    "avklart. Dette følgjer av konvensjonen til Europarådet mot menneskehandel.",
                    ["mts-mindrearig"],
                ),
                (
                    "children",
                    "Kontakt barnevernet straks",
                    "Meld frå til barnevernet med ein gong, slik at barnet ikkje forsvinn. Utanom kontortid: kontakt barnevernvakta, "
                    "eller Alarmtelefonen for barn og unge på 116 111.",
                ),
                (
                    "p",
                    "Eit barn kan ikkje velje å bli verande i ein utnyttingssituasjon eller seie nei til hjelp. Difor er framgangsmåten "
                    "annleis enn for vaksne. For barn krevst det heller ikkje vald, truslar eller anna utilbørleg åtferd for at "
                    "det skal vere menneskehandel.",
                ),
                ("h", "Teikn hos barn og unge"),
                (
                    "check",
                    "Ver merksam om barnet",
                    [
                        "reiser utan foreldre eller saman med vaksne som ikkje kan dokumentere omsorgstilhøvet",
                        "har ein vaksen «fiksar» i nærleiken som ordnar ting og dukkar opp raskt",
                        "har pengar, telefonar eller verdisaker hen ikkje kan forklare",
                        "seier at hen er vaksen, men ser mykje yngre ut",
                        "ikkje går på skule og har lite leik og fritid",
                    ],
                ),
                (
                    "contact",
                    "Rettleiingstelefonen til Bufdir om mindreårige offer",
                    "/nn/hjelp/tjeneste/bufdir-menneskehandel/",
                    "466 15 000",
                    "For fagfolk som er usikre på kva dei skal gjere.",
                ),
                (
                    "uncertain",
                    "Barnevernslova vart ny frå 1. januar 2023, og paragrafnummera for akuttplassering er endra. "
                    "Kva paragrafar som gjeld no, er ikkje kontrollert.",
                ),
            ],
        },
        "en": {
            "title": "Children and doubt about age",
            "intro": "If you are unsure whether the person is under 18, treat them as a child until their age is clarified.",
            "owner": "Bufdir, child welfare team (demo)",
            "change": "Made clear that children cannot decline help.",
            "body": [
                (
                    "cite",
                    "When there is reason to believe the person is under 18, they have special protection as a child until their "
                    "age is clarified. This follows from the Council of Europe anti-trafficking convention.",
                    ["mts-mindrearig"],
                ),
                (
                    "children",
                    "Contact child welfare services at once",
                    "Report to child welfare services straight away so the child does not disappear. Out of hours: contact the child "
                    "welfare emergency service, or the helpline for children and young people on 116 111.",
                ),
                (
                    "p",
                    "A child cannot choose to stay in an exploitative situation or refuse help. So the procedure differs from that for "
                    "adults. For children, no violence, threats or other improper conduct is needed for it to be trafficking.",
                ),
                ("h", "Signs in children and young people"),
                (
                    "check",
                    "Pay attention if the child",
                    [
                        "travels without parents or with adults who cannot document the care relationship",
                        "has an adult \u201cfixer\u201d nearby who arranges things and turns up quickly",
                        "has money, phones or valuables they cannot explain",
                        "says they are an adult but looks much younger",
                        "is not in school and has little play or leisure",
                    ],
                ),
                (
                    "contact",
                    "Bufdir advice line on child victims",
                    "/en/hjelp/tjeneste/bufdir-menneskehandel/",
                    "466 15 000",
                    "For professionals who are unsure what to do.",
                ),
                (
                    "uncertain",
                    "A new Child Welfare Act took effect on 1 January 2023 and the section numbers for emergency placement changed. "
                    "Which sections apply now has not been checked.",
                ),
            ],
        },
    },
    {
        "slug": "rettigheter-etter-oppholdsstatus",
        "audiences": ["helsepersonell", "sosialarbeider-nav"],
        "topics": ["rettigheter"],
        "sources": ["forskrift-1255", "hod-i5", "helsenorge-papirlose", "nmh-id", "mts-refleksjon"],
        "owner": "Helsedirektoratet, avdeling for rettigheter (demo)",
        "changed": "2026-11-01",
        "review": "2026-12-01",
        "nb": {
            "title": "Rettigheter etter oppholdsstatus",
            "intro": "Hva personen har rett til av helsehjelp og velferd, avhenger av oppholdsstatus. Bruk rettighetsveiviseren for en konkret vurdering.",
            "change": "Oppdatert omtale av refleksjonsperiode og helserettigheter.",
            "body": [
                (
                    "cite",
                    "Alle som oppholder seg i Norge, uansett status, har rett til øyeblikkelig hjelp, helsehjelp som er helt "
                    "nødvendig og ikke kan vente, vurdering i spesialisthelsetjenesten og smittevernhjelp. Gravide har også rett "
                    "til svangerskaps- og fødselsomsorg og abort.",
                    ["forskrift-1255", "helsenorge-papirlose"],
                ),
                (
                    "cite",
                    "Fulle rettigheter krever lovlig opphold og i tillegg fast opphold, medlemskap i folketrygden eller rett "
                    "etter en gjensidig avtale.",
                    ["forskrift-1255", "hod-i5"],
                ),
                (
                    "children",
                    "Barn uten fulle rettigheter",
                    "Barn under 18 år har likevel rett til nødvendige helse- og omsorgstjenester fra kommunen og spesialisthelsetjenesten.",
                ),
                ("h", "Vanlige statuser"),
                (
                    "acc",
                    [
                        (
                            "Asylsøker",
                            "Er medlem av folketrygden fra søknaden er levert til det er gitt tillatelse eller endelig avslag, og har derfor fulle helserettigheter og fastlege.",
                        ),
                        (
                            "Refleksjonsperiode",
                            "Gir seks måneders opphold og rett til å arbeide. Retten til sosiale tjenester fra NAV er full.",
                        ),
                        (
                            "Uten lovlig opphold",
                            "Har rett til helsehjelp som ikke kan vente. Fra NAV får personen opplysning, råd og veiledning, og i en nødssituasjon kortvarig økonomisk hjelp.",
                        ),
                    ],
                ),
                (
                    "uncertain",
                    "Helserettighetene til personer i refleksjonsperiode er juridisk uklare. Helsedirektoratets nettverk beskriver "
                    "tilgangen som begrenset i praksis, mens andre kilder omtaler den som full. Regjeringen har varslet en utredning.",
                ),
                (
                    "contact",
                    "Rettighetsveiviseren",
                    "/rettigheter/",
                    "",
                    "Svar på noen spørsmål og se hva personen har rett til.",
                ),
            ],
        },
        "nn": {
            "title": "Rettar etter opphaldsstatus",
            "intro": "Kva personen har rett til av helsehjelp og velferd, kjem an på opphaldsstatus. Bruk rettsvegvisaren for ei konkret vurdering.",
            "owner": "Helsedirektoratet, avdeling for rettar (demo)",
            "change": "Oppdatert omtale av refleksjonsperiode og helserettar.",
            "body": [
                (
                    "cite",
                    "Alle som oppheld seg i Noreg, uansett status, har rett til augeblikkeleg hjelp, helsehjelp som er heilt "
                    "naudsynt og ikkje kan vente, vurdering i spesialisthelsetenesta og smittevernhjelp. Gravide har òg rett "
                    "til svangerskaps- og fødselsomsorg og abort.",
                    ["forskrift-1255", "helsenorge-papirlose"],
                ),
                (
                    "cite",
                    "Fulle rettar krev lovleg opphald og i tillegg fast opphald, medlemskap i folketrygda eller rett "
                    "etter ein gjensidig avtale.",
                    ["forskrift-1255", "hod-i5"],
                ),
                (
                    "children",
                    "Barn utan fulle rettar",
                    "Barn under 18 år har likevel rett til naudsynte helse- og omsorgstenester frå kommunen og spesialisthelsetenesta.",
                ),
                ("h", "Vanlege statusar"),
                (
                    "acc",
                    [
                        (
                            "Asylsøkjar",
                            "Er medlem av folketrygda frå søknaden er levert til det er gitt løyve eller endeleg avslag, og har difor fulle helserettar og fastlege.",
                        ),
                        (
                            "Refleksjonsperiode",
                            "Gir seks månaders opphald og rett til å arbeide. Retten til sosiale tenester frå NAV er full.",
                        ),
                        (
                            "Utan lovleg opphald",
                            "Har rett til helsehjelp som ikkje kan vente. Frå NAV får personen opplysning, råd og rettleiing, og i ein naudssituasjon kortvarig økonomisk hjelp.",
                        ),
                    ],
                ),
                (
                    "uncertain",
                    "Helserettane til personar i refleksjonsperiode er juridisk uklare. Nettverket til Helsedirektoratet skildrar "
                    "tilgangen som avgrensa i praksis, medan andre kjelder omtaler han som full. Regjeringa har varsla ei utgreiing.",
                ),
                (
                    "contact",
                    "Rettsvegvisaren",
                    "/nn/rettigheter/",
                    "",
                    "Svar på nokre spørsmål og sjå kva personen har rett til.",
                ),
            ],
        },
        "en": {
            "title": "Rights by residence status",
            "intro": "What health care and welfare the person is entitled to depends on residence status. Use the rights navigator for a concrete assessment.",
            "owner": "Norwegian Directorate of Health, rights unit (demo)",
            "change": "Updated the sections on the reflection period and health rights.",
            "body": [
                (
                    "cite",
                    "Everyone in Norway, whatever their status, has a right to emergency care, care that is strictly necessary and "
                    "cannot wait, assessment by specialist services, and care for dangerous infectious diseases. Pregnant women also "
                    "have a right to antenatal and birth care and to abortion.",
                    ["forskrift-1255", "helsenorge-papirlose"],
                ),
                (
                    "cite",
                    "Full rights require lawful residence plus either a stay of at least twelve months, membership of the National "
                    "Insurance Scheme, or rights under a reciprocal agreement.",
                    ["forskrift-1255", "hod-i5"],
                ),
                (
                    "children",
                    "Children without full rights",
                    "Children under 18 still have a right to necessary health and care services from the municipality and specialist services.",
                ),
                ("h", "Common statuses"),
                (
                    "acc",
                    [
                        (
                            "Asylum seeker",
                            "A member of the National Insurance Scheme from the application until a permit or a final refusal, so has full health rights and a GP.",
                        ),
                        (
                            "Reflection period",
                            "Gives six months' stay and the right to work. Rights to social services from NAV are full.",
                        ),
                        (
                            "Without lawful residence",
                            "Has a right to care that cannot wait. NAV gives information and advice, and short-term financial help in an emergency.",
                        ),
                    ],
                ),
                (
                    "uncertain",
                    "The health rights of people in a reflection period are legally unclear. The Directorate's network describes access "
                    "as limited in practice, while other sources call it full. The government has announced a review.",
                ),
                (
                    "contact",
                    "Rights navigator",
                    "/en/rettigheter/",
                    "",
                    "Answer a few questions and see what the person is entitled to.",
                ),
            ],
        },
    },
    {
        "slug": "taushetsplikt-og-avvergingsplikt",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "student-underviser"],
        "topics": ["plikter"],
        "sources": ["hpl-21", "straffeloven", "prop-66", "nkvts-plikter", "nmh-juridisk"],
        "owner": "Helsedirektoratet, juridisk avdeling (demo)",
        "changed": "2026-06-10",
        "review": "2026-11-01",
        "nb": {
            "title": "Taushetsplikt og avvergingsplikt",
            "intro": "Taushetsplikten beskytter tilliten. Avvergingsplikten går foran den når det gjelder grov menneskehandel.",
            "change": "Lagt til når avvergingsplikten slår inn.",
            "body": [
                (
                    "cite",
                    "Taushetsplikten gjelder fullt ut også for pasienter uten lovlig opphold. Den skal sikre at folk ikke lar være "
                    "å søke hjelp av frykt for at opplysninger kommer ut.",
                    ["hpl-21", "hod-i5"],
                ),
                (
                    "uncertain",
                    "Ingen lov pålegger helsepersonell å melde en pasients ulovlige opphold til politiet eller UDI. Å gjøre det uten "
                    "lovhjemmel vil trolig bryte taushetsplikten. Dette er en slutning, ikke et uttrykkelig kildeutsagn.",
                ),
                ("h", "Avvergingsplikten"),
                (
                    "cite",
                    "Alle, også de med taushetsplikt, skal prøve å avverge visse alvorlige lovbrudd, for eksempel ved å varsle politiet. "
                    "Plikten gjelder når det er sikkert eller mest sannsynlig at lovbruddet vil skje eller pågår. Grov menneskehandel "
                    "er omfattet siden lovendringen i 2020.",
                    ["straffeloven", "prop-66"],
                ),
                (
                    "check",
                    "Tegn på at menneskehandelen kan være grov",
                    [
                        "Den utsatte er under 18 år.",
                        "Det er brukt grov vold eller tvang.",
                        "Handlingen har gitt betydelig utbytte.",
                    ],
                ),
                (
                    "uncertain",
                    "Vanlig menneskehandel (straffeloven § 257) ser ikke ut til å være omfattet av avvergingsplikten, og datoen lovendringen "
                    "trådte i kraft er ikke kontrollert.",
                ),
                (
                    "note",
                    "Dokumenter vurderingen",
                    "Skriv i journalen hva du vurderte, om du fikk samtykke, og hvorfor du eventuelt brøt taushetsplikten.",
                ),
            ],
        },
        "nn": {
            "title": "Teieplikt og avvergingsplikt",
            "intro": "Teieplikta vernar tilliten. Avvergingsplikta går føre ho når det gjeld grov menneskehandel.",
            "owner": "Helsedirektoratet, juridisk avdeling (demo)",
            "change": "Lagt til når avvergingsplikta slår inn.",
            "body": [
                (
                    "cite",
                    "Teieplikta gjeld fullt ut òg for pasientar utan lovleg opphald. Ho skal sikre at folk ikkje let vere "
                    "å søkje hjelp av frykt for at opplysningar kjem ut.",
                    ["hpl-21", "hod-i5"],
                ),
                (
                    "uncertain",
                    "Inga lov pålegg helsepersonell å melde at ein pasient er her ulovleg, til politiet eller UDI. Å gjere det utan "
                    "heimel i lov vil truleg bryte teieplikta. Dette er ei slutning, ikkje eit uttrykkeleg utsegn i kjeldene.",
                ),
                ("h", "Avvergingsplikta"),
                (
                    "cite",
                    "Alle, òg dei med teieplikt, skal prøve å avverje visse alvorlege lovbrot, til dømes ved å varsle politiet. "
                    "Plikta gjeld når det er sikkert eller mest sannsynleg at lovbrotet vil skje eller går føre seg. Grov menneskehandel "
                    "er omfatta sidan lovendringa i 2020.",
                    ["straffeloven", "prop-66"],
                ),
                (
                    "check",
                    "Teikn på at menneskehandelen kan vere grov",
                    [
                        "Den utsette er under 18 år.",
                        "Det er brukt grov vald eller tvang.",
                        "Handlinga har gitt monaleg utbyte.",
                    ],
                ),
                (
                    "uncertain",
                    "Vanleg menneskehandel (straffelova § 257) ser ikkje ut til å vere omfatta av avvergingsplikta, og datoen lovendringa "
                    "tok til å gjelde, er ikkje kontrollert.",
                ),
                (
                    "note",
                    "Dokumenter vurderinga",
                    "Skriv i journalen kva du vurderte, om du fekk samtykke, og kvifor du eventuelt braut teieplikta.",
                ),
            ],
        },
        "en": {
            "title": "Confidentiality and the duty to avert crime",
            "intro": "Confidentiality protects trust. The duty to avert crime overrides it in cases of aggravated trafficking.",
            "owner": "Norwegian Directorate of Health, legal department (demo)",
            "change": "Added when the duty to avert applies.",
            "body": [
                (
                    "cite",
                    "Confidentiality applies in full to patients without lawful residence too. It exists so that people do not avoid "
                    "seeking help for fear that information will get out.",
                    ["hpl-21", "hod-i5"],
                ),
                (
                    "uncertain",
                    "No statute requires health workers to report a patient's irregular status to the police or the immigration "
                    "authorities. Doing so without legal basis would probably breach confidentiality. This is an inference, not a stated source.",
                ),
                ("h", "The duty to avert crime"),
                (
                    "cite",
                    "Everyone, including people bound by confidentiality, must try to prevent certain serious crimes, for example by "
                    "alerting the police. The duty applies when it is certain or most likely that the crime will happen or is going on. "
                    "Aggravated trafficking has been covered since a 2020 amendment.",
                    ["straffeloven", "prop-66"],
                ),
                (
                    "check",
                    "Signs that the trafficking may be aggravated",
                    [
                        "The victim is under 18.",
                        "Serious violence or coercion has been used.",
                        "The act has brought considerable profit.",
                    ],
                ),
                (
                    "uncertain",
                    "Ordinary trafficking (Penal Code section 257) appears not to be covered by the duty to avert, and the date the "
                    "amendment took effect has not been checked.",
                ),
                (
                    "note",
                    "Document your assessment",
                    "Write in the record what you assessed, whether you got consent, and why you breached confidentiality if you did.",
                ),
            ],
        },
    },
    {
        "slug": "opplysningsplikt-til-barnevernet",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "barnevern"],
        "topics": ["plikter", "barn"],
        "sources": ["hpl-33", "nkvts-plikter", "mts-mindrearig", "bufdir-mindrearige"],
        "owner": "Bufdir, fagteam for barnevern (demo)",
        "changed": "2026-10-01",
        "review": "2027-10-01",
        "nb": {
            "title": "Opplysningsplikt til barnevernet",
            "intro": "Har du grunn til å tro at et barn blir eller vil bli utnyttet i menneskehandel, skal du melde fra til barnevernet.",
            "change": "Terskelen «grunn til å tro» forklart.",
            "body": [
                (
                    "cite",
                    "Helsepersonell skal være oppmerksom på forhold som kan føre til tiltak fra barnevernet, og skal av eget tiltak "
                    "melde fra. Plikten går foran taushetsplikten og gjelder alle under 18 år.",
                    ["hpl-33"],
                ),
                (
                    "cite",
                    "«Grunn til å tro» betyr mer enn en vag mistanke, men du trenger verken være sikker eller mene at det er mer "
                    "sannsynlig enn ikke.",
                    ["nkvts-plikter"],
                ),
                (
                    "children",
                    "Også ved tvil om alder",
                    "Plikten gjelder også når alderen er ukjent, men du har grunn til å tro at personen er under 18. Meld fra straks.",
                ),
                (
                    "p",
                    "Tilsvarende plikter gjelder for ansatte i NAV og krisesentre etter at reglene ble samordnet i 2018.",
                ),
                (
                    "contact",
                    "Barnevernvakt",
                    "/hjelp/tjeneste/barnevernvakt/",
                    "116 111",
                    "Alarmtelefonen for barn og unge svarer hele døgnet.",
                ),
            ],
        },
        "nn": {
            "title": "Opplysningsplikt til barnevernet",
            "intro": "Har du grunn til å tru at eit barn blir eller vil bli utnytta i menneskehandel, skal du melde frå til barnevernet.",
            "owner": "Bufdir, fagteam for barnevern (demo)",
            "change": "Terskelen «grunn til å tru» forklart.",
            "body": [
                (
                    "cite",
                    "Helsepersonell skal vere merksame på tilhøve som kan føre til tiltak frå barnevernet, og skal på eige initiativ "
                    "melde frå. Plikta går føre teieplikta og gjeld alle under 18 år.",
                    ["hpl-33"],
                ),
                (
                    "cite",
                    "«Grunn til å tru» tyder meir enn ein vag mistanke, men du treng verken vere sikker eller meine at det er meir "
                    "sannsynleg enn ikkje.",
                    ["nkvts-plikter"],
                ),
                (
                    "children",
                    "Òg ved tvil om alder",
                    "Plikta gjeld òg når alderen er ukjend, men du har grunn til å tru at personen er under 18. Meld frå straks.",
                ),
                (
                    "p",
                    "Tilsvarande plikter gjeld for tilsette i NAV og krisesenter etter at reglane vart samordna i 2018.",
                ),
                (
                    "contact",
                    "Barnevernvakt",
                    "/nn/hjelp/tjeneste/barnevernvakt/",
                    "116 111",
                    "Alarmtelefonen for barn og unge svarar heile døgeret.",
                ),
            ],
        },
        "en": {
            "title": "Duty to report to child welfare services",
            "intro": "If you have reason to believe a child is or will be exploited in trafficking, you must report it to child welfare services.",
            "owner": "Bufdir, child welfare team (demo)",
            "change": "Explained the \u201creason to believe\u201d threshold.",
            "body": [
                (
                    "cite",
                    "Health workers must watch for situations that may call for child welfare measures and must report on their own "
                    "initiative. The duty overrides confidentiality and covers everyone under 18.",
                    ["hpl-33"],
                ),
                (
                    "cite",
                    "\u201cReason to believe\u201d means more than a vague suspicion, but you need neither certainty nor to think it more "
                    "likely than not.",
                    ["nkvts-plikter"],
                ),
                (
                    "children",
                    "Also when age is in doubt",
                    "The duty applies when age is unknown but you have reason to believe the person is under 18. Report at once.",
                ),
                (
                    "p",
                    "Similar duties apply to staff in NAV and crisis centres since the rules were harmonised in 2018.",
                ),
                (
                    "contact",
                    "Child welfare emergency service",
                    "/en/hjelp/tjeneste/barnevernvakt/",
                    "116 111",
                    "The helpline for children and young people answers around the clock.",
                ),
            ],
        },
    },
    {
        "slug": "henvisning-og-samarbeid",
        "audiences": ["helsepersonell", "sosialarbeider-nav", "barnevern"],
        "topics": ["henvisning"],
        "sources": ["hdir-kap6", "rosa", "politiet-kom", "mts-juridisk", "nmh-rapport"],
        "owner": HDIR,
        "changed": "2026-10-15",
        "review": "2027-04-15",
        "nb": {
            "title": "Henvisning og samarbeid: ROSA, politi, barnevern, NAV, RVTS og rettshjelp",
            "intro": "Ingen etat har eneansvar for å identifisere ofre i Norge. Her er de viktigste samarbeidspartnerne.",
            "change": "KOMs rolle presisert.",
            "body": [
                (
                    "cite",
                    "Alle som blir bekymret, har et ansvar for å identifisere personen som mulig offer og sette hen i kontakt med "
                    "myndigheter og hjelpetiltak. En som er identifisert som mulig offer, skal behandles som offer til det motsatte er vist.",
                    ["hdir-kap6"],
                ),
                (
                    "contact",
                    "ROSA",
                    "/hjelp/tjeneste/rosa/",
                    "22 33 11 60",
                    "Døgnåpen telefon. Gir råd til fagfolk og koordinerer trygge botilbud for personer over 18 år.",
                ),
                ("contact", "Politiet", "/hjelp/tjeneste/politiet/", "02800", "Ring 112 ved akutt fare."),
                (
                    "contact",
                    "Barnevernet",
                    "/hjelp/tjeneste/barnevernvakt/",
                    "116 111",
                    "For alle under 18 år, og ved tvil om alder.",
                ),
                (
                    "acc",
                    [
                        (
                            "NAV",
                            "Human Trafficking Support Oslo ved NAV Grünerløkka følger opp voksne som kan være utsatt, og gir råd til NAV-kontor i hele landet.",
                        ),
                        (
                            "RVTS",
                            "De regionale ressurssentrene om vold, traumatisk stress og selvmordsforebygging gir veiledning og opplæring til fagfolk. De er ikke et tilbud til de utsatte selv.",
                        ),
                        (
                            "Rettshjelp",
                            "Et mulig offer har rett til minst tre timers gratis juridisk rådgivning før hen bestemmer seg for å anmelde, og rett til bistandsadvokat i saker om menneskehandel.",
                        ),
                        (
                            "KOM",
                            "Koordineringsenheten mot menneskehandel i Politidirektoratet arbeider for samarbeid mellom etatene, men har ingen rolle i enkeltsaker.",
                        ),
                    ],
                ),
                (
                    "uncertain",
                    "Telefonnummer til flere av tilbudene, blant annet HTSO og RVTS-ene, er ikke kontrollert. Se hjelpekatalogen.",
                ),
            ],
        },
        "nn": {
            "title": "Tilvising og samarbeid: ROSA, politi, barnevern, NAV, RVTS og rettshjelp",
            "intro": "Ingen etat har åleineansvar for å identifisere offer i Noreg. Her er dei viktigaste samarbeidspartnarane.",
            "owner": "Helsedirektoratet, avdeling for fagleg rettleiing (demo)",
            "change": "Rolla til KOM presisert.",
            "body": [
                (
                    "cite",
                    "Alle som blir uroa, har eit ansvar for å identifisere personen som mogleg offer og setje hen i kontakt med "
                    "styresmakter og hjelpetiltak. Ein som er identifisert som mogleg offer, skal handsamast som offer til det motsette er vist.",
                    ["hdir-kap6"],
                ),
                (
                    "contact",
                    "ROSA",
                    "/nn/hjelp/tjeneste/rosa/",
                    "22 33 11 60",
                    "Døgnope telefon. Gir råd til fagfolk og koordinerer trygge butilbod for personar over 18 år.",
                ),
                ("contact", "Politiet", "/nn/hjelp/tjeneste/politiet/", "02800", "Ring 112 ved akutt fare."),
                (
                    "contact",
                    "Barnevernet",
                    "/nn/hjelp/tjeneste/barnevernvakt/",
                    "116 111",
                    "For alle under 18 år, og ved tvil om alder.",
                ),
                (
                    "acc",
                    [
                        (
                            "NAV",
                            "Human Trafficking Support Oslo ved NAV Grünerløkka følgjer opp vaksne som kan vere utsette, og gir råd til NAV-kontor i heile landet.",
                        ),
                        (
                            "RVTS",
                            "Dei regionale ressurssentera om vald, traumatisk stress og sjølvmordsførebygging gir rettleiing og opplæring til fagfolk. Dei er ikkje eit tilbod til dei utsette sjølve.",
                        ),
                        (
                            "Rettshjelp",
                            "Eit mogleg offer har rett til minst tre timar gratis juridisk rådgiving før hen bestemmer seg for å melde, og rett til bistandsadvokat i saker om menneskehandel.",
                        ),
                        (
                            "KOM",
                            "Koordineringseininga mot menneskehandel i Politidirektoratet arbeider for samarbeid mellom etatane, men har inga rolle i einskildsaker.",
                        ),
                    ],
                ),
                (
                    "uncertain",
                    "Telefonnummer til fleire av tilboda, mellom anna HTSO og RVTS-ane, er ikkje kontrollerte. Sjå hjelpekatalogen.",
                ),
            ],
        },
        "en": {
            "title": "Referral and cooperation: ROSA, police, child welfare, NAV, RVTS and legal aid",
            "intro": "No single agency has sole responsibility for identifying victims in Norway. These are the key partners.",
            "owner": "Norwegian Directorate of Health, guidance unit (demo)",
            "change": "Clarified KOM's role.",
            "body": [
                (
                    "cite",
                    "Anyone who becomes worried has a responsibility to identify the person as a possible victim and connect them with "
                    "authorities and support. Someone identified as a possible victim is to be treated as a victim until the opposite is shown.",
                    ["hdir-kap6"],
                ),
                (
                    "contact",
                    "ROSA",
                    "/en/hjelp/tjeneste/rosa/",
                    "22 33 11 60",
                    "Open around the clock. Advises professionals and coordinates safe housing for people over 18.",
                ),
                (
                    "contact",
                    "Police",
                    "/en/hjelp/tjeneste/politiet/",
                    "02800",
                    "Call 112 in immediate danger.",
                ),
                (
                    "contact",
                    "Child welfare services",
                    "/en/hjelp/tjeneste/barnevernvakt/",
                    "116 111",
                    "For everyone under 18, and when age is in doubt.",
                ),
                (
                    "acc",
                    [
                        (
                            "NAV",
                            "Human Trafficking Support Oslo at NAV Grünerløkka follows up adults who may be exploited and advises NAV offices nationwide.",
                        ),
                        (
                            "RVTS",
                            "The regional resource centres on violence, traumatic stress and suicide prevention guide and train professionals. They do not serve victims directly.",
                        ),
                        (
                            "Legal aid",
                            "A possible victim has a right to at least three hours of free legal advice before deciding whether to report, and to a victim's lawyer in trafficking cases.",
                        ),
                        (
                            "KOM",
                            "The Coordination Unit against Human Trafficking at the National Police Directorate promotes cooperation between agencies but has no role in single cases.",
                        ),
                    ],
                ),
                (
                    "uncertain",
                    "Phone numbers for several services, including HTSO and the RVTS centres, have not been checked. See the help directory.",
                ),
            ],
        },
    },
]
