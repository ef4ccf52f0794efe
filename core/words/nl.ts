// Every word Entente shows in Dutch outside the rules' own messages: editor features, the register and the CLI.
import type { Words } from "./en.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const nl: Words = {
  and: "en",
  or: "of",
  article: () => "een",
  languageTag: "nl-NL",
  didYouMean: (suggestion) => ` Bedoelt u '${suggestion}'?`,
  internalError: (rule, detail) =>
    `Entente kon de regel ${rule} door een interne fout niet op dit bestand toepassen (${detail}). Meld dit alstublieft; de andere regels zijn wel toegepast.`,

  editor: {
    suppress: (rule) => `Onderdruk ${rule} hier, met een reden`,
    fixAll: "Pas alle veilige herstelacties in dit bestand toe",
    requires: "vereist",
    requiresTooltip: "Wat de meldingen bij deze declaratie nog vragen.",
    noActivities: "geen activiteiten",
    required: "verplicht",
    today: "vandaag",
    wholeDeclaration: "hele declaratie",
    tooLarge: (mb) => `Dit bestand is ${mb} MB: te groot om tijdens het typen te controleren. Voer 'entente lint' erop uit.`,
    renameNotAName: "Alleen de naam van een declaratie, of een verwijzing ernaar, kan hier worden hernoemd.",
    renameUndeclared: (name) => `${name} is nergens in de werkruimte gedeclareerd, dus er valt niets te hernoemen.`,
    renameInvalid: (name) => `'${name}' is geen geldige naam: een naam begint met een letter of '_' en bevat letters, cijfers, '_' en '-'.`,
    renameTaken: (name, kind, where) => `${name} is al de naam van een ${kind} in ${where}; namen zijn in de hele werkruimte uniek.`,
  },

  hover: {
    required: "verplicht",
    requiredWhen: (condition) => `verplicht bij \`${condition}\``,
    requiredUnless: (condition) => `verplicht tenzij \`${condition}\``,
    repeatable: "mag herhaald worden",
    listOf: "lijst van",
    approvalType: "autoriteit datum \"kenmerk\"",
    datedType: "datum \"kenmerk\"",
    ratingType: "met | doubtful | not-met \"motivering\"",
    own: "de eigen dienst",
    notWeighed: "nog niet gewogen",
    eligible: "komt in aanmerking voor samenwerking",
    doubtful: "twijfelachtig op",
    ineligible: "komt niet in aanmerking: niet voldaan op",
    weighing: "wegingsnotitie",
    of: "van",
    review: "herziening uiterlijk",
    overdue: "herziening verstreken sinds",
    agreements: "Geldende overeenkomsten",
    none: "geen",
    signed: "ondertekend",
    page: "pagina van de regel",
  },

  report: {
    title: "Partnerregister", asOf: "per", files: "bestanden", ownService: "eigen dienst", partners: "Buitenlandse diensten",
    service: "Dienst", status: "Status", assessment: "Wegingsnotitie", reviewBy: "Herzien uiterlijk", overdue: "verlopen",
    approvedBy: "goedgekeurd door", inForce: "Geldende overeenkomsten", given: "Verstrekt", received: "Ontvangen", balance: "Quid pro quo",
    byCategory: "Per gegevenscategorie", byQuarter: "Per kwartaal", category: "Categorie", quarter: "Kwartaal", requests: "Verzoeken",
    sent: "gedaan", answered: "beantwoord", open: "open", findings: "Openstaande bevindingen", criteria: "Criteria", criterion: "Criterium",
    rating: "Oordeel", agreements: "Overeenkomsten", agreementRegister: "Register van overeenkomsten", agreement: "Overeenkomst",
    form: "Vorm", kind: "Soort", parties: "Partijen", signed: "Ondertekend", expires: "Verloopt", ministryReview: "Toetsing ministerie",
    covers: "Dekt", state: "Stand", activities: "Activiteiten", effective: "Van kracht vanaf", history: "Geschiedenis",
    declaredIn: "gedeclareerd in", none: "geen", noneYet: "Er zijn geen buitenlandse diensten gedeclareerd.",
    notAssessed: "niet gewogen", chartTitle: "Verstrekkingen en ontvangsten per kwartaal",
    noActivity: "Geen verstrekkingen of ontvangsten.", terms: "Voorwaarden bij de verstrekkingen", via: "Via binnenlandse diensten",
    domestic: "binnenlandse diensten", unspecified: "niet vermeld", missing: "ontbreekt",
    baselined: "Bevindingen geaccepteerd in de baseline", baselineIntro: "Vastgelegd in de baseline toen Entente in gebruik werd genomen; hierboven niet als open bevindingen geteld.",
    place: "Plaats", rule: "Regel", finding: "Bevinding", reason: "Reden",
  },
  facts: {
    domestic: "binnenlandse dienst: de regels voor samenwerking met buitenlandse diensten gelden er niet voor",
    framework: "kader",
    members: "leden",
    withinFramework: "samenwerking binnen zijn kader vraagt geen eigen weging of overeenkomst",
    refuses: "weigert elke overeenkomst",
    signed: "ondertekend",
    expires: "verloopt",
    ministryReview: "toetsing ministerie",
    inForceSince: (day) => `van kracht sinds ${day}`,
    inForceFrom: (day) => `van kracht vanaf ${day}`,
    since: (day) => `sinds ${day}`,
    amends: "wijzigt",
    amendedBy: "gewijzigd door",
    supersedes: "vervangt",
    supersededBy: "vervangen door",
    terminatedOn: (day) => `beëindigd op ${day}`,
    annexes: (n) => plural(n, "bijlage", "bijlagen"),
    covers: "dekt",
    coversToday: "dekt vandaag",
    via: "via",
    purpose: "doel",
    retainUntil: (day) => `bewaren tot ${day}`,
    caveats: "gebruiksbeperkingen",
    inReplyTo: "in antwoord op",
    caveatsOn: (n, of) => `gebruiksbeperkingen bij ${n} van ${plural(of, "verstrekking", "verstrekkingen")}`,
    purposeFor: (n) => `doel vermeld bij ${n}`,
    inReplyCount: (n) => `${n} in antwoord op een verzoek van de ontvanger`,
    retention: (n) => `bewaartermijn bij ${n}`,
    retentionPassed: "verstreken",
    on: "op",
    noneRecorded: "geen vastgelegd",
  },
  status: { eligible: "komt in aanmerking", doubtful: "twijfelachtig", ineligible: "komt niet in aanmerking", "not-assessed": "niet gewogen", framework: "binnen zijn kader" },
  state: {
    "in-force": "van kracht", "not-yet-in-force": "nog niet van kracht", expired: "verlopen", superseded: "vervangen", terminated: "beëindigd",
    "in-preparation": "in voorbereiding",
  },
  render: {
    article: (n, title) => (title ? `Artikel ${n} – ${title}` : `Artikel ${n}`),
    annex: (n, title) => (title ? `Bijlage ${n} – ${title}` : `Bijlage ${n}`),
    parties: "Partijen",
    preamble: (parties) => `Tussen ${parties} is het volgende overeengekomen.`,
    form: "Vorm", kind: "Soort", reference: "Kenmerk", inForceFrom: "Van kracht vanaf", expires: "Geldig tot en met", terminated: "Beëindigd op",
    supersedes: "Vervangt", amends: "Wijzigt",
    signatures: "Ondertekening",
    signatureFor: (party) => `Voor ${party}`,
    name: "Naam", function: "Functie", date: "Datum", place: "Plaats", signature: "Handtekening",
    draft: (n) => (n === 0 ? "CONCEPT" : `CONCEPT — ${plural(n, "openstaande bevinding", "openstaande bevindingen")}`),
    page: (n, of) => `Pagina ${n} van ${of}`,
    months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    weighingNote: "Wegingsnotitie", service: "Gewogen dienst", weighed: "Datum van de weging", reviewBy: "Herziening uiterlijk",
    criteria: "Samenwerkingscriteria", rating: "Oordeel", permits: "Toegestane vormen van samenwerking", conditions: "Voorwaarden", approval: "Goedkeuring",
    approvedBy: (authority, date, reference) => `Goedgekeurd door ${authority} op ${date}${reference ? ` (${reference})` : ""}.`,
    criterion: {
      "human-rights": "Respect voor mensenrechten en democratische inbedding", professionalism: "Taken, professionaliteit en betrouwbaarheid",
      "international-obligations": "Wenselijkheid in het kader van internationale verplichtingen", "task-performance": "Bevordering van de eigen taakuitvoering",
      reciprocity: "Wederkerigheid (quid pro quo)",
    },
    saveAsWord: "Opslaan als Word…", saveAsPdf: "Opslaan als pdf…",
  },
  severity: { error: ["fout", "fouten"], warning: ["waarschuwing", "waarschuwingen"], info: ["melding", "meldingen"] },

  languageServer: {
    noTransport: "de server heeft een van de opties hieronder nodig om te weten hoe de editor met hem praat.",
    help: `Gebruik: entente-language-server --stdio | --node-ipc | --socket=POORT | --pipe=NAAM

De taalserver van Entente, om door een editor te laten starten (zie de README, "Other editors").
  --stdio        Berichten via standaardinvoer en -uitvoer
  --node-ipc     Berichten via het IPC-kanaal van Node (VS Code)
  --socket=POORT Berichten via een TCP-socket op POORT
  --pipe=NAAM    Berichten via een named pipe
  --version      Toon de versie
  --help         Toon deze hulp
`,
  },
  cli: {
    help: `Gebruik: entente <opdracht> [opties]

Opdrachten:
  lint [PAD...]       Controleer de .entente-bestanden onder PAD (standaard: .)
      --format stylish|json|sarif|junit|github   Uitvoervorm (standaard: stylish)
      --today JJJJ-MM-DD      De datum waarmee datumregels vergelijken (standaard: vandaag)
      --locale en|nl          Taal van de meldingen (standaard: entente.json, anders en)
      --max-warnings N        Eindig met status 1 bij meer dan N waarschuwingen
      --config BESTAND        Gebruik dit entente.json in plaats van het dichtstbijzijnde
      --fix                   Pas de veilige herstelacties toe en schrijf de bestanden; meld wat overblijft
      --baseline BESTAND      Gebruik deze baseline in plaats van de dichtstbijzijnde entente-baseline.json
      --no-baseline           Meld elke bevinding, ook die welke een baseline accepteert
      --write-baseline[=BESTAND]  Leg de bevindingen van vandaag vast in de baseline (standaard:
                              entente-baseline.json naast entente.json), met behoud van de
                              redenen die erin staan; eindstatus 0
      --new-since REV         Meld alleen de bevindingen die er bij git-revisie REV nog niet waren
                              (een tak zoals origin/main, een tag of een commit)
      --sarif-output BESTAND  Schrijf de bevindingen ook als SARIF-log naar BESTAND, in dezelfde run
  report [PAD...]     Druk het partnerregister af: de stand van elke buitenlandse dienst, de
                      overeenkomsten, de quid-pro-quo-balans en open bevindingen, en alle overeenkomsten
      --format md|html|json   Uitvoervorm (standaard: md); html is één zelfstandige pagina
      --today JJJJ-MM-DD      De datum waarop het register wordt opgemaakt (standaard: vandaag)
      --locale en|nl          Taal (standaard: entente.json, anders en)
      --config BESTAND        Gebruik dit entente.json in plaats van het dichtstbijzijnde
      --baseline BESTAND      Gebruik deze baseline in plaats van de dichtstbijzijnde entente-baseline.json
  render NAAM [PAD...]  Maak van een overeenkomst of wegingsnotitie het document dat wordt ondertekend of goedgekeurd
      --format docx|pdf|html|md  Uitvoervorm (standaard: naar de extensie van het -o-bestand, anders md)
      -o BESTAND              Schrijf naar BESTAND (nodig voor docx en pdf op een terminal)
      --draft                 Ook met open fouten; elke pagina is gemarkeerd als CONCEPT
      --locale en|nl          Taal van de vaste koppen (standaard: entente.json, anders en)
      --today JJJJ-MM-DD      De datum waarmee datumregels vergelijken (standaard: vandaag)
      --config BESTAND        Gebruik dit entente.json in plaats van het dichtstbijzijnde
  fmt [PAD...]        Herschrijf de .entente-bestanden onder PAD in de vaste opmaak
      --check                 Schrijf niets; noem de bestanden die niet zijn opgemaakt (status 1)
      --stdin                 Maak standaardinvoer op naar standaarduitvoer
      --locale en|nl          Taal van de meldingen
  explain [REGEL-ID]  Druk de documentatie van een regel af, of de lijst van regels
  --version           Druk de versie af
  --help              Druk deze hulp af

Eindstatus: 0 geen fouten (en waarschuwingen binnen --max-warnings), of alle bestanden opgemaakt;
1 bevindingen, of bij fmt --check niet-opgemaakte bestanden, of render geweigerd om open fouten; 2 fout in gebruik, configuratie, syntaxis of invoer/uitvoer.
`,
    baselineNotFound: (path) => `de baseline ${path} bestaat niet.`,
    exclusive: (a, b) => `${a} en ${b} kunnen niet samen worden gebruikt.`,
    usage: "Voer 'entente --help' uit voor het gebruik.",
    internalError: (detail) => `interne fout: ${detail}\nMeld dit alstublieft. Er is geen bestand gewijzigd.`,
    unknownCommand: (command) => `onbekende opdracht '${command}'.`,
    oneOf: (flag, allowed, value) => `${flag} moet een van ${allowed} zijn, niet '${value}'.`,
    wholeNumber: (flag, value) => `${flag} moet een geheel getal zijn, niet '${value}'.`,
    needsFile: (flag) => `${flag} heeft de naam van een bestand nodig.`,
    notOverSource: (flag, path) => `${flag} zou ${path} overschrijven, een bestand dat Entente leest; noem een nieuw bestand, zoals entente.sarif.`,
    badToday: (value) => `--today moet een bestaande datum zijn, geschreven als JJJJ-MM-DD, niet '${value}'.`,
    stdinAlone: "--stdin neemt geen paden en geen --check.",
    explainOne: "explain neemt één regel-id.",
    notARule: (id, suggestion) => `'${id}' is geen regel.${suggestion ? ` Bedoelt u '${suggestion}'?` : ""} Voer 'entente explain' uit voor de lijst.`,
    explainHint: "Voer 'entente explain REGEL-ID' uit voor de pagina van een regel.",
    noFiles: (paths) => `geen .entente-bestanden gevonden in ${paths}.`,
    cannotReadConfig: (path, reason) => `kan de configuratie ${path} niet lezen: ${reason}.`,
    cannotRead: (path, reason) => `kan ${path} niet lezen (${reason}).`,
    skipped: (path, reason) => reason === "not-regular"
      ? `let op: ${path} is geen gewoon bestand (een pipe, apparaat of socket); het wordt overgeslagen.`
      : `let op: ${path} is een koppeling naar een bestand buiten de gecontroleerde mappen; het wordt overgeslagen.`,
    cannotWrite: (path, reason) => `kan ${path} niet schrijven (${reason}); het is ongewijzigd.`,
    readOnly: "het bestand is alleen-lezen",
    applied: (fixes, files) => `${plural(fixes, "herstelactie", "herstelacties")} toegepast in ${plural(files, "bestand", "bestanden")}.`,
    reportIncomplete: "sommige bestanden konden niet worden gelezen; het register laat ze weg.",
    renderName: "render vraagt de naam van een overeenkomst of wegingsnotitie: entente render NAAM [PAD...].",
    notDeclared: (name, suggestions) => `'${name}' is niet gedeclareerd in de werkruimte.${suggestions ? ` Bedoelt u ${suggestions}?` : ""}`,
    notRenderable: (name, kind, suggestions) =>
      `${name} is een ${kind}: alleen een overeenkomst of een wegingsnotitie kan als document worden opgemaakt.${suggestions ? ` Bedoelt u ${suggestions}?` : ""}`,
    renderSyntax: (where, name, message) => `${where}: kan ${name} niet opmaken: de declaratie bevat een syntaxisfout: ${message}`,
    renderFindings: (name, n) => `${name} heeft ${plural(n, "openstaande bevinding", "openstaande bevindingen")}:`,
    renderRefused: (name, errors) =>
      `${name} is niet opgemaakt: er ${errors === 1 ? "staat nog 1 fout" : `staan nog ${errors} fouten`} open. Los ${errors === 1 ? "die" : "ze"} op, of geef --draft voor een concept dat op elke pagina als zodanig is gemarkeerd.`,
    binaryToTerminal: (format) => `een ${format}-document kan niet op een terminal worden afgedrukt: geef -o BESTAND, of stuur de uitvoer door.`,
    formatOfOutput: (file) => `de vorm valt niet af te leiden uit '${file}': geef --format docx, pdf, html of md.`,
    written: (path) => `${path} geschreven.`,
    notFormatted: (path) => `${path}: niet opgemaakt`,
    formatted: (n) => `${plural(n, "bestand", "bestanden")} opgemaakt.`,
    checked: (bad, n) => bad === 0
      ? `${n === 1 ? "Het bestand is" : `Alle ${n} bestanden zijn`} opgemaakt.`
      : `${bad} van ${plural(n, "bestand", "bestanden")} niet opgemaakt; 'entente fmt' maakt ze op.`,
    syntax: (path, line, column, message) => `${path}:${line}:${column}: een bestand met syntaxfouten wordt niet opgemaakt: ${message}`,
    encoding: (path) => `${path}: een bestand dat geen geldige UTF-8 is wordt niet opgemaakt; het is ongewijzigd.`,
    unsafe: (path) => `${path}: opmaken zou veranderen wat dit bestand zegt, dus het is ongewijzigd. Meld dit alstublieft.`,
  },
  stylish: {
    noProblems: (files) => `Geen problemen gevonden in ${plural(files, "bestand", "bestanden")}.`,
    nothingLinted: "Er is geen bestand gecontroleerd.",
    configuration: (paths) => paths === "" ? "Configuratie: geen (de standaardinstellingen)." : `Configuratie: ${paths}.`,
    problems: (total, errors, warnings, infos, files) =>
      `✖ ${plural(total, "probleem", "problemen")} (${plural(errors, "fout", "fouten")}, ${plural(warnings, "waarschuwing", "waarschuwingen")}, ${plural(infos, "melding", "meldingen")}) in ${plural(files, "bestand", "bestanden")}.`,
  },
  baseline: {
    at: (path, line, column, what) =>
      `${path}:${line}:${column}: ${what} De baseline wordt niet gebruikt, en geen bevinding wordt gemeld alsof die er niet was: verbeter het bestand, of verwijder het en voer 'entente lint --write-baseline' uit.`,
    read: (code) => `kan de baseline niet lezen (${code}).`,
    syntax: (detail) => `deze baseline is geen geldige JSON (${detail}).`,
    root: "een baseline is een JSON-object met \"version\" en \"findings\".",
    unknownKey: (key, allowed) => `"${key}" is hier geen sleutel van een baseline; de sleutels zijn ${allowed}.`,
    version: (value, known) => `deze baseline heeft versie ${value}, die deze Entente niet kent (zij leest versie ${known}); gebruik de Entente die haar schreef, of schrijf haar opnieuw.`,
    missing: (key) => `"${key}" ontbreekt.`,
    type: (key, expected) =>
      `"${key}" moet ${{ string: "een tekst tussen aanhalingstekens", "text-or-null": "een tekst tussen aanhalingstekens of null", object: "een object", list: "een lijst", count: "een geheel getal van 1 of meer" }[expected] ?? expected} zijn.`,
    baselined: (n, files) => `${plural(n, "bevinding", "bevindingen")} die in de baseline (${files}) ${n === 1 ? "is" : "zijn"} geaccepteerd, ${n === 1 ? "wordt" : "worden"} niet getoond.`,
    stale: (n) => `${plural(n, "bevinding", "bevindingen")} in de baseline ${n === 1 ? "komt" : "komen"} niet meer voor (opgelost: verwijder ${n === 1 ? "haar" : "ze"} met --write-baseline).`,
    staleRule: (rule, n) => `De baseline accepteert ${plural(n, "bevinding", "bevindingen")} van de regel '${rule}', die niet meer bestaat: verwijder ${n === 1 ? "haar" : "ze"} met --write-baseline.`,
    newSince: (added, existing, rev) => `${added} nieuw, ${existing} al aanwezig bij ${rev} (niet getoond).`,
    written: (path, findings, entries, reasons) =>
      `${path} geschreven: ${plural(findings, "bevinding", "bevindingen")} in ${plural(entries, "vermelding", "vermeldingen")}${reasons > 0 ? `, ${plural(reasons, "reden", "redenen")} behouden` : ""}.`,
    elsewhere: (path) => `let op: sommige bestanden volgen de dichterbij gelegen baseline ${path}; die is ongewijzigd.`,
    notWritten: "de baseline is niet geschreven: sommige bestanden konden niet worden gelezen, of de configuratie bevat fouten. Verbeter die eerst.",
    inBaseline: (message, reason) => `${message} (in de baseline${reason ? `: ${reason}` : ""})`,
    noGit: "--new-since leest de revisie uit git, en git is niet geïnstalleerd (of staat niet in het PATH).",
    notARepository: (dir) => `--new-since vergelijkt met een git-revisie, maar ${dir} ligt niet in een git-repository.`,
    unknownRevision: (rev) => `'${rev}' is geen revisie van deze repository: noem een tak (zoals origin/main), een tag of een commit.`,
    shallow: (rev, fetch) => `'${rev}' zit niet in deze kloon, die ondiep is (alleen recente geschiedenis). Haal de revisie eerst op: ${fetch}`,
    gitFailed: (detail) => `git faalde: ${detail}`,
  },
  docs: {
    field: "veld", type: "soort waarde", required: "verplicht", meaning: "betekenis", value: "waarde", inWords: "in woorden", rank: "rang",
    yes: "ja", no: "nee",
    requiredWhen: (condition) => `bij ${condition}`,
    requiredUnless: (conditions) => `tenzij ${conditions}`,
    many: (kinds) => `lijst van ${kinds}`,
    oneOrMany: (kind, kinds) => `${kind}, of een lijst van ${kinds}`,
    orNone: (type) => `${type}, of \`none\``,
    enumOne: "een van de waarden hieronder",
    enumMany: "lijst van de waarden hieronder",
    string: "tekst tussen aanhalingstekens",
    strings: "lijst van teksten tussen aanhalingstekens",
    text: "tekst tussen aanhalingstekens, of een tekstblok",
    date: "datum",
    bool: "`yes` of `no`",
    approval: "autoriteit, datum en kenmerk",
    dated: "datum en kenmerk",
    rating: "oordeel en motivering",
    country: "landcode",
    repeatable: "mag herhaald worden",
    block: { name: "blok met een naam en een titel", number: "blok met een nummer en een titel", none: "blok" },
    valuesOf: (field) => `Waarden van \`${field}\`:`,
    ratings: "Waarden van een oordeel:",
    sameValues: (field, shownField, shownIn) => `\`${field}\` heeft de waarden van \`${shownField}\` bij ${shownIn}, hierboven.`,
    ranksAs: (other, rank) => `als ${other} (${rank})`,
    outsideLadder: "buiten de ladder",
  },
};
