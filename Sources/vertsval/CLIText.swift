import Vertsval
import VertsvalStudy

/// The wording of the command line: every abstract, discussion and option help, in
/// Nynorsk, Bokmål and English. `text` is in the language of this run (`CLILanguage`).
enum CLIText: Equatable {
    case rootAbstract, rootDiscussion, benchmarkGroup
    case demoAbstract
    case evaluateAbstract, evaluateDiscussion, evaluateFile
    case sensitivityAbstract, sensitivityDiscussion, sensitivitySamples, sensitivitySeed, sensitivityWeightSpread
    case validateAbstract, validateDiscussion, validateFiles
    case optimizeAbstract, optimizeDiscussion, optimizeFile, optimizeAlternatives, optimizeExportLP, optimizeExportMPS, optimizeTimings
    case timeLimitSolve, timeLimitExplanation
    case shareAbstract, shareDiscussion
    case reportAbstract, reportDiscussion, reportOutput, reportDate, reportSeed, reportSamples, reportPDFProfile
    case serveAbstract, serveDiscussion, serveHost, servePort, serveRoot
    case convertGAPAbstract, convertGAPDiscussion, convertGAPFile, convertGAPInstance, convertGAPMinimize
    case generateAbstract, generateDiscussion, generatePreset, generateMunicipalities, generateServices, generateBand, generateSeed
    case studyFile, writtenPortfolio
    case newAbstract, newDiscussion, newCaseAbstract, newCaseDiscussion, newTemplateFile, newRegionFile, newCandidates, newService
    case newOutput, newID, newForce, newPortfolioAbstract, newPortfolioDiscussion, newTemplateAbstract, newTemplateDiscussion, newTitle
    case describeAbstract, describeDiscussion, describeFile, describeFormat
    case sheetAbstract, sheetDiscussion, sheetExportAbstract, sheetImportAbstract, sheetImportDiscussion, sheetCase, sheetOutput
    case sheetFile, sheetAssessor, sheetAsScores, sheetTargetChoice
    case lang, format, weight, weightValueName, ruleOff, ruleValueName, score, scoreValueName
    // Checks of option values (ValidationError).
    case alternativesRange, portRange, municipalitiesRange, servicesRange
    case instanceRange(count: Int, file: String)
    case serveRunning(url: String)
    // Counts.
    case validateFailed(errors: Int, warnings: Int)
    case validatePassed(files: Int, warnings: Int)
    case validateUnfinished(files: Int, left: Int, warnings: Int)

    /// The text in the language of this run.
    var text: String { text(in: CLILanguage.current) }

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .rootAbstract:
            return t.pick(
                nn: "Vurder kandidatar til vertskommune etter vurderingsmalen, og forklar resultatet.",
                nb: "Vurder kandidater til vertskommune etter vurderingsmalen, og forklar resultatet.",
                en: "Assess candidate host municipalities by the assessment template, and explain the result.")
        case .rootDiscussion:
            return t.pick(
                nn: """
                    Avgjerdsstøtte for val av vertskommune: skårar kandidatane etter \
                    vurderingsmalen til styret, forklarer resultatet, fordeler tenester under reglar \
                    for balanse og lagar rapport til saksframlegget.
                    Språk: --lang nn|nb|en, elles miljøvariabelen VERTSVAL_LANG, \
                    elles nynorsk. Det gjeld òg hjelpa og feilmeldingane.
                    Start med `vertsval demo`.
                    """,
                nb: """
                    Beslutningsstøtte for valg av vertskommune: skårer kandidatene etter \
                    vurderingsmalen til styret, forklarer resultatet, fordeler tjenester under regler \
                    for balanse og lager rapport til saksfremlegget.
                    Språk: --lang nn|nb|en, ellers miljøvariabelen VERTSVAL_LANG, \
                    ellers nynorsk. Det gjelder også hjelpen og feilmeldingene.
                    Start med `vertsval demo`.
                    """,
                en: """
                    Decision support for choosing a host municipality: scores the candidates by the \
                    board's assessment template, explains the result, assigns services under balance \
                    rules and writes a report for the case paper.
                    Language: --lang nn|nb|en, else the environment variable \
                    VERTSVAL_LANG, else Nynorsk. This applies to help and error messages too.
                    Start with `vertsval demo`.
                    """)
        case .benchmarkGroup:
            return t.pick(nn: "Måling", nb: "Måling", en: "Benchmark")
        case .demoAbstract:
            return t.pick(
                nn: "Køyr den medfølgjande saka frå Sogn og vis kva du kan gjere vidare.",
                nb: "Kjør den medfølgende saken fra Sogn og vis hva du kan gjøre videre.",
                en: "Run the bundled case from Sogn and show what to do next.")
        case .evaluateAbstract:
            return t.pick(
                nn: "Ranger kandidatane i ei sak og forklar kvifor.", nb: "Ranger kandidatene i en sak og forklar hvorfor.",
                en: "Rank the candidates of a case and explain why.")
        case .evaluateDiscussion:
            return t.pick(
                nn: """
                    Les saksfila og malen og regionen ho viser til, brukar utslagskriteria, reknar ut \
                    totalverdien 0–100 for kvar kandidat og forklarer marginen, vekta der dei to første \
                    byter plass, og den minste skårendringa som får dei til å byte.
                    """,
                nb: """
                    Leser saksfilen og malen og regionen den viser til, bruker utslagskriteriene, regner \
                    ut totalverdien 0–100 for hver kandidat og forklarer marginen, vekten der de to første \
                    bytter plass, og den minste skårendringen som får dem til å bytte.
                    """,
                en: """
                    Reads the case file and the template and region it refers to, applies the knock-out \
                    rules, computes each candidate's total value 0–100, and explains the margin, the weight \
                    at which the two first swap places, and the smallest score change that would swap them.
                    """)
        case .evaluateFile:
            return t.pick(
                nn: "Saksfila (kind: case) eller eit scenario (kind: scenario), til dømes Cases/sogn/ureining-miljo-tilsyn.yaml.",
                nb: "Saksfilen (kind: case) eller et scenario (kind: scenario), for eksempel Cases/sogn/ureining-miljo-tilsyn.yaml.",
                en: "The case file (kind: case) or a scenario (kind: scenario), for example Cases/sogn/ureining-miljo-tilsyn.yaml.")
        case .sensitivityAbstract:
            return t.pick(
                nn: "Kor robust er resultatet? SMAA over usikre vekter og skåringar, og robust fordeling.",
                nb: "Hvor robust er resultatet? SMAA over usikre vekter og skåringer, og robust fordeling.",
                en: "How robust is the result? SMAA over uncertain weights and scores, and robust assignment.")
        case .sensitivityDiscussion:
            return t.pick(
                nn: """
                    For ei sak: SMAA-2 (Lahdelma & Salminen 2001) — sannsynet for kvar plass for kvar \
                    kandidat når vektene varierer innanfor uvissa i malen (eller --weight-spread) og \
                    skåringane innanfor låg/høg-overslaga; sentrale vekter; konfidensfaktorar; og, for \
                    kvart kriterium, kven som er først når vekta går frå 0 til 100 %. For ein portefølje: \
                    kor ofte kvar teneste held på vertskommunen sin når vektene i sakene bak verdiane varierer.
                    """,
                nb: """
                    For en sak: SMAA-2 (Lahdelma & Salminen 2001) — sannsynligheten for hver plass for hver \
                    kandidat når vektene varierer innenfor usikkerheten i malen (eller --weight-spread) og \
                    skåringene innenfor lav/høy-overslagene; sentrale vekter; konfidensfaktorer; og, for \
                    hvert kriterium, hvem som er først når vekten går fra 0 til 100 %. For en portefølje: \
                    hvor ofte hver tjeneste beholder vertskommunen sin når vektene i sakene bak verdiene varierer.
                    """,
                en: """
                    For a case: SMAA-2 (Lahdelma & Salminen 2001) — each candidate's probability of each \
                    rank when the weights vary within the template's uncertainty (or --weight-spread) and the \
                    scores within their low/high estimates; central weights; confidence factors; and, for \
                    every criterion, who is first as its weight goes from 0 to 100 %. For a portfolio: how \
                    often each service keeps its host when the weights of the cases behind the values vary.
                    """)
        case .sensitivitySamples, .reportSamples:
            let prefix =
                self == .reportSamples
                ? t.pick(nn: "Trekningar i robustheitsanalysen", nb: "Trekninger i robusthetsanalysen", en: "Samples in the robustness analysis")
                : t.pick(nn: "Tal på trekningar", nb: "Antall trekninger", en: "Number of samples")
            return prefix
                + t.pick(
                    nn: " (standard: \(StudyDefaults.caseSamples) for ei sak, \(StudyDefaults.portfolioSamples) for ein portefølje).",
                    nb: " (standard: \(StudyDefaults.caseSamples) for en sak, \(StudyDefaults.portfolioSamples) for en portefølje).",
                    en: " (default: \(StudyDefaults.caseSamples) for a case, \(StudyDefaults.portfolioSamples) for a portfolio).")
        case .sensitivitySeed:
            return t.pick(
                nn: "Frø, så resultatet kan attskapast.", nb: "Frø, så resultatet kan gjenskapes.",
                en: "Seed, so that the result can be reproduced.")
        case .sensitivityWeightSpread:
            return t.pick(
                nn: "Relativ vektusikkerheit i prosent (til dømes 20 for ±20 %), i staden for malen si.",
                nb: "Relativ vektusikkerhet i prosent (for eksempel 20 for ±20 %), i stedet for malens.",
                en: "Relative weight uncertainty in percent (for example 20 for ±20 %), instead of the template's.")
        case .validateAbstract:
            return t.pick(
                nn: "Kontroller datafiler og vis alle feil med fil, linje og kolonne.",
                nb: "Kontroller datafiler og vis alle feil med fil, linje og kolonne.",
                en: "Check data files and show every error with file, line and column.")
        case .validateDiscussion:
            return t.pick(
                nn: """
                    Kontrollerer malar, regionfiler og saker. Når ei sak blir kontrollert, blir òg malen \
                    og regionen ho viser til kontrollerte; kvart problem blir meldt under sitt eige \
                    filnamn og si eiga linje.
                    """,
                nb: """
                    Kontrollerer maler, regionfiler og saker. Når en sak blir kontrollert, blir også malen \
                    og regionen den viser til kontrollert; hvert problem blir meldt under sitt eget \
                    filnavn og sin egen linje.
                    """,
                en: """
                    Checks templates, region files and cases. Checking a case also checks the template and \
                    region it refers to; each problem is reported under its own file name and line.
                    """)
        case .validateFiles:
            return t.pick(nn: "Éi eller fleire datafiler.", nb: "Én eller flere datafiler.", en: "One or more data files.")
        case .optimizeAbstract:
            return t.pick(
                nn: "Fordel tenestene i ein portefølje på vertskommunar under reglane for balanse.",
                nb: "Fordel tjenestene i en portefølje på vertskommuner under reglene for balanse.",
                en: "Assign the services of a portfolio to host municipalities under the balance rules.")
        case .optimizeDiscussion:
            return t.pick(
                nn: """
                    Løyser fordelinga i porteføljen med GLPK: éin vertskommune per teneste, vedtekne \
                    vertskommunar står fast, balansebandet, grenser for årsverk, tal på tenester, saman \
                    og åtskilde. Forklarer prisen for balanse, kva reglar som bind og kva dei kostar, og \
                    kvifor tenester ikkje ligg hos kommunen med høgast verdi. Når ikkje alle reglane kan \
                    haldast, blir reglane som står mot kvarandre nemnde, og den minste endringa som gjer \
                    dei moglege (sluttkode 3).
                    """,
                nb: """
                    Løser fordelingen i porteføljen med GLPK: én vertskommune per tjeneste, vedtatte \
                    vertskommuner står fast, balansebåndet, grenser for årsverk, antall tjenester, sammen \
                    og atskilt. Forklarer prisen for balanse, hvilke regler som binder og hva de koster, \
                    og hvorfor tjenester ikke ligger hos kommunen med høyest verdi. Når ikke alle reglene \
                    kan holdes, blir reglene som står mot hverandre nevnt, og den minste endringen som \
                    gjør dem mulige (sluttkode 3).
                    """,
                en: """
                    Solves the portfolio's assignment with GLPK: one host per service, decided hosts kept, \
                    balance bands, FTE bounds, service counts, co-location and separation. Explains the price \
                    of balance, which rules bind and what they are worth, and why services are not at their \
                    best-valued municipality. When the rules cannot all hold, names the rules that conflict \
                    and the least change that makes them feasible (exit code 3).
                    """)
        case .optimizeFile:
            return t.pick(
                nn: "Porteføljefila (kind: portfolio), til dømes Cases/sogn/tenester-2027.yaml.",
                nb: "Porteføljefilen (kind: portfolio), for eksempel Cases/sogn/tenester-2027.yaml.",
                en: "The portfolio file (kind: portfolio), for example Cases/sogn/tenester-2027.yaml.")
        case .optimizeAlternatives:
            return t.pick(
                nn: "Kor mange nest beste fordelingar som skal visast.", nb: "Hvor mange nest beste fordelinger som skal vises.",
                en: "How many next-best assignments to show.")
        case .optimizeExportLP:
            return t.pick(
                nn: "Skriv modellen som CPLEX LP-fil hit.", nb: "Skriv modellen som CPLEX LP-fil hit.", en: "Write the model as a CPLEX LP file here."
            )
        case .optimizeExportMPS:
            return t.pick(
                nn: "Skriv modellen som fri MPS-fil (med OBJSENSE MAX) hit.", nb: "Skriv modellen som fri MPS-fil (med OBJSENSE MAX) hit.",
                en: "Write the model as a free MPS file (with OBJSENSE MAX) here.")
        case .optimizeTimings:
            return t.pick(
                nn:
                    "Vis når den beste fordelinga vart funnen og når ho vart prova optimal (klokketid; svaret blir ikkje likt frå køyring til køyring).",
                nb:
                    "Vis når den beste fordelingen ble funnet og når den ble bevist optimal (klokketid; svaret blir ikke likt fra kjøring til kjøring).",
                en:
                    "Show when the best assignment was found and when it was proven optimal (wall-clock time; the output then differs from run to run)."
            )
        case .timeLimitSolve:
            return t.pick(
                nn: "Tidsgrense per løysing, i sekund (standard 60).", nb: "Tidsgrense per løsning, i sekunder (standard 60).",
                en: "Time limit per solve, in seconds (default 60).")
        case .timeLimitExplanation:
            return t.pick(
                nn:
                    "Tidsgrense for heile forklaringa, i sekund (standard 60). Forklaringa løyser modellen på nytt for kvar regel og kvar flytta teneste, på alle kjernane; for ein nasjonal portefølje tek det om lag eitt sekund, for vanskelegare meir. Når grensa blir nådd, seier svaret kva som manglar.",
                nb:
                    "Tidsgrense for hele forklaringen, i sekunder (standard 60). Forklaringen løser modellen på nytt for hver regel og hver flyttet tjeneste, på alle kjernene; for en nasjonal portefølje tar det omtrent ett sekund, for vanskeligere mer. Når grensen blir nådd, sier svaret hva som mangler.",
                en:
                    "Time limit for the whole explanation, in seconds (default 60). The explanation solves the model again for each rule and each moved service, on every core; for a national portfolio this takes about a second, more for harder ones. When the limit is reached, the answer says what is missing."
            )
        case .shareAbstract:
            return t.pick(
                nn: "Del kostnadene etter kostnadsnøkkelen (til dømes 25\u{00A0}% likt og 75\u{00A0}% etter folketal).",
                nb: "Del kostnadene etter kostnadsnøkkelen (for eksempel 25\u{00A0}% likt og 75\u{00A0}% etter folketall).",
                en: "Share the costs by the cost key (for example 25\u{00A0}% equally and 75\u{00A0}% by population).")
        case .shareDiscussion:
            return t.pick(
                nn: """
                    For ei sak: kvar kommune sin del av budsjettet til tenesta. For ein portefølje: \
                    budsjettet til kvar teneste delt etter nøkkelen, og nettoposisjonen til kvar kommune — \
                    delen av arbeidsplassane han er vert for (vedtekne vertskommunar, og den beste \
                    fordelinga for dei opne) mot delen av kostnadene.
                    """,
                nb: """
                    For en sak: hver kommunes andel av budsjettet til tjenesten. For en portefølje: \
                    budsjettet til hver tjeneste delt etter nøkkelen, og nettoposisjonen til hver kommune — \
                    andelen av arbeidsplassene den er vert for (vedtatte vertskommuner, og den beste \
                    fordelingen for de åpne) mot andelen av kostnadene.
                    """,
                en: """
                    For a case: each municipality's share of the service's budget. For a portfolio: each \
                    service's budget shared by its key, and each municipality's net position — its share of \
                    the hosted jobs (decided hosts, and the optimal assignment for open ones) against its \
                    share of the cost.
                    """)
        case .reportAbstract:
            return t.pick(
                nn: "Lag rapport (PDF, HTML eller Markdown) til saksframlegget.", nb: "Lag rapport (PDF, HTML eller Markdown) til saksfremlegget.",
                en: "Write a report (PDF, HTML or Markdown) for the case paper.")
        case .reportDiscussion:
            return t.pick(
                nn: """
                    Skriv vurderinga av ei sak (eller eit scenario), eller fordelinga i ein portefølje, som \
                    A4-PDF med topptekst og «Side x av y», som sjølvstendig HTML-fil eller som Markdown; \
                    formatet følgjer filendinga til -o. Same inndata, --date og --seed gir same byte, \
                    både herifrå og frå arbeidsbenken. Fila blir skriven til ei mellombels fil og så \
                    omdøypt, så ei avbroten køyring aldri etterlèt ein halvskriven rapport.
                    """,
                nb: """
                    Skriver vurderingen av en sak (eller et scenario), eller fordelingen i en portefølje, som \
                    A4-PDF med topptekst og «Side x av y», som selvstendig HTML-fil eller som Markdown; \
                    formatet følger filendelsen til -o. Samme inndata, --date og --seed gir samme byte, \
                    både herfra og fra arbeidsbenken. Filen blir skrevet til en midlertidig fil og så \
                    omdøpt, så en avbrutt kjøring aldri etterlater en halvskrevet rapport.
                    """,
                en: """
                    Writes the assessment of a case (or scenario), or the assignment of a portfolio, as an A4 \
                    PDF with running header and "Side x av y", a self-contained HTML file, or Markdown; the \
                    format follows the extension of -o. The same inputs, --date and --seed give the same \
                    bytes, from here and from the workbench. The file is written through a temporary file \
                    and renamed, so an interrupted run never leaves a half-written report.
                    """)
        case .reportOutput:
            return t.pick(
                nn: "Rapportfila: .pdf, .html eller .md.", nb: "Rapportfilen: .pdf, .html eller .md.", en: "The report file: .pdf, .html or .md.")
        case .reportDate:
            return t.pick(
                nn: "Datoen rapporten gjeld (ÅÅÅÅ-MM-DD); standard er i dag.", nb: "Datoen rapporten gjelder (ÅÅÅÅ-MM-DD); standard er i dag.",
                en: "The date the report is for (YYYY-MM-DD); default is today.")
        case .reportPDFProfile:
            return t.pick(
                nn: "Kva slags PDF: archive (PDF/A-2a, tagga, klar for arkivet og skjermlesarar) eller plain (berre sidene, utan taggar).",
                nb: "Hva slags PDF: archive (PDF/A-2a, tagget, klar for arkivet og skjermlesere) eller plain (bare sidene, uten tagger).",
                en: "Which kind of PDF: archive (PDF/A-2a, tagged, ready for the archive and screen readers) or plain (the pages only, untagged).")
        case .reportSeed:
            return t.pick(
                nn: "Frø for robustheitsanalysen, så resultatet kan attskapast.", nb: "Frø for robusthetsanalysen, så resultatet kan gjenskapes.",
                en: "Seed for the robustness analysis, so that the result can be reproduced.")
        case .serveAbstract:
            return t.pick(
                nn: "Start arbeidsbenken i nettlesaren: flytt vekter, sjå rangeringa endre seg, lagre scenario.",
                nb: "Start arbeidsbenken i nettleseren: flytt vekter, se rangeringen endre seg, lagre scenario.",
                en: "Start the workbench in the browser: move weights, watch the ranking change, save scenarios.")
        case .serveDiscussion:
            return t.pick(
                nn: """
                    Viser sider for kvar sak og kvar portefølje under Cases/: vektglidarar som rangerer på \
                    nytt med ein gong, byte av vekter, robustheit, reglar å slå av og optimere på nytt, \
                    lagring av eit scenario ved sida av saka, og nedlasting av rapportar. Lyttar på \
                    127.0.0.1 som standard; på ei anna adresse treng lagring nøkkelen som blir skriven ut ved start.
                    """,
                nb: """
                    Viser sider for hver sak og hver portefølje under Cases/: vektglidere som rangerer på \
                    nytt med en gang, bytte av vekter, robusthet, regler å slå av og optimere på nytt, \
                    lagring av et scenario ved siden av saken, og nedlasting av rapporter. Lytter på \
                    127.0.0.1 som standard; på en annen adresse trenger lagring nøkkelen som blir skrevet ut ved start.
                    """,
                en: """
                    Serves pages for every case and portfolio under Cases/: weight sliders that re-rank \
                    live, swap weights, robustness, rules to switch off and re-optimise, saving a scenario \
                    next to the case, and report downloads. Binds 127.0.0.1 by default; when bound to another \
                    address, saving needs the token printed at start.
                    """)
        case .serveHost:
            return t.pick(nn: "Adressa å lytte på.", nb: "Adressen å lytte på.", en: "The address to listen on.")
        case .servePort:
            return t.pick(nn: "Porten å lytte på.", nb: "Porten å lytte på.", en: "The port to listen on.")
        case .serveRoot:
            return t.pick(
                nn: "Mappa med Cases/ (standard: den noverande).", nb: "Mappen med Cases/ (standard: den nåværende).",
                en: "The folder with Cases/ (default: the current one).")
        case .convertGAPAbstract:
            return t.pick(
                nn: "Gjer ein GAP-instans (OR-Library / Yagiura) om til ei porteføljefil.",
                nb: "Gjør en GAP-instans (OR-Library / Yagiura) om til en porteføljefil.",
                en: "Turn a GAP instance (OR-Library / Yagiura) into a portfolio file.")
        case .convertGAPDiscussion:
            return t.pick(
                nn: """
                    Les ein instans av det generaliserte tilordningsproblemet (OR-Library-fil med fleire \
                    instansar eller fil med éin instans) og skriv han som portefølje med region: agentane \
                    blir kommunane a1 … am med kapasiteten som største tal på årsverk, jobbane blir tenestene \
                    j1 … jn med årsverk per kommune (fteAt). Forteneste blir verdi (maksimering, OR-Library \
                    gap1–12); med --minimize er verdi = (største kostnad − kostnad) / skala, så det beste for \
                    porteføljen er tilordninga med lågast kostnad. Køyr så `vertsval optimize` på fila.
                    """,
                nb: """
                    Leser en instans av det generaliserte tilordningsproblemet (OR-Library-fil med flere \
                    instanser eller fil med én instans) og skriver den som portefølje med region: agentene \
                    blir kommunene a1 … am med kapasiteten som største antall årsverk, jobbene blir tjenestene \
                    j1 … jn med årsverk per kommune (fteAt). Fortjeneste blir verdi (maksimering, OR-Library \
                    gap1–12); med --minimize er verdi = (største kostnad − kostnad) / skala, så det beste for \
                    porteføljen er tilordningen med lavest kostnad. Kjør så `vertsval optimize` på filen.
                    """,
                en: """
                    Reads a generalized-assignment instance (OR-Library multi-instance file or a single \
                    instance file) and writes it as a portfolio and its region: agents become \
                    municipalities a1 … am with an FTE maximum of their capacity, jobs become services \
                    j1 … jn with per-municipality FTE (fteAt). Profits are values (maximisation, \
                    OR-Library gap1–12); with --minimize, value = (max cost − cost) / scale, so the \
                    portfolio optimum is the minimum-cost assignment. Then run `vertsval optimize` on the \
                    written file.
                    """)
        case .convertGAPFile:
            return t.pick(
                nn: "GAP-fila, til dømes ../shared/benchmarks/gap/orlib/gap1.txt.",
                nb: "GAP-filen, for eksempel ../shared/benchmarks/gap/orlib/gap1.txt.",
                en: "The GAP file, for example ../shared/benchmarks/gap/orlib/gap1.txt.")
        case .convertGAPInstance:
            return t.pick(
                nn: "Kva instans i fila (1 = den første).", nb: "Hvilken instans i filen (1 = den første).",
                en: "Which instance in the file (1 = the first).")
        case .convertGAPMinimize:
            return t.pick(
                nn: "Kostnader skal minimerast (type A–E); elles blir dei maksimerte.",
                nb: "Kostnader skal minimeres (type A–E); ellers blir de maksimert.",
                en: "Costs are to be minimised (types A–E); otherwise they are maximised.")
        case .generateAbstract:
            return t.pick(
                nn: "Lag ein syntetisk portefølje (fylke eller heile landet) med fast frø.",
                nb: "Lag en syntetisk portefølje (fylke eller hele landet) med fast frø.",
                en: "Make a synthetic portfolio (county or the whole country) with a fixed seed.")
        case .generateDiscussion:
            return t.pick(
                nn: """
                    Skriv SyntheticPortfolio.make(municipalities:services:band:seed:) som porteføljefil med \
                    region (sjå oppskrifta i dokumentasjonen til SyntheticPortfolio). Førehandsval: \
                    county = 43 × 60, nation = 356 × 100; band: loose = ±100 % + 5 årsverk, tight = ±25 % + 10 årsverk.
                    """,
                nb: """
                    Skriver SyntheticPortfolio.make(municipalities:services:band:seed:) som porteføljefil med \
                    region (se oppskriften i dokumentasjonen til SyntheticPortfolio). Forhåndsvalg: \
                    county = 43 × 60, nation = 356 × 100; bånd: loose = ±100 % + 5 årsverk, tight = ±25 % + 10 årsverk.
                    """,
                en: """
                    Writes SyntheticPortfolio.make(municipalities:services:band:seed:) as a portfolio \
                    file and its region (see the recipe in SyntheticPortfolio's documentation). Presets: \
                    county = 43 × 60, nation = 356 × 100; bands: loose = ±100 % + 5 FTE, tight = ±25 % + 10 FTE.
                    """)
        case .generatePreset:
            return t.pick(
                nn: "county (43 × 60) eller nation (356 × 100).", nb: "county (43 × 60) eller nation (356 × 100).",
                en: "county (43 × 60) or nation (356 × 100).")
        case .generateMunicipalities:
            return t.pick(
                nn: "Tal på kommunar (overstyrer --preset).", nb: "Antall kommuner (overstyrer --preset).",
                en: "Number of municipalities (overrides --preset).")
        case .generateServices:
            return t.pick(
                nn: "Tal på tenester (overstyrer --preset).", nb: "Antall tjenester (overstyrer --preset).",
                en: "Number of services (overrides --preset).")
        case .generateBand:
            return t.pick(nn: "loose, tight eller none.", nb: "loose, tight eller none.", en: "loose, tight or none.")
        case .generateSeed:
            return t.pick(nn: "Frø for tilfeldige tal.", nb: "Frø for tilfeldige tall.", en: "Seed for the random numbers.")
        case .newAbstract:
            return t.pick(
                nn: "Start ei ny sak, ein ny portefølje eller ein ny vurderingsmal.",
                nb: "Start en ny sak, en ny portefølje eller en ny vurderingsmal.",
                en: "Start a new case, portfolio or evaluation template.")
        case .newDiscussion:
            return t.pick(
                nn: """
                    Skriv ei fil som er gyldig, men ikkje ferdig: det som må fyllast inn står tomt, med forklaring \
                    i kommentarar. «vertsval validate» lister opp det som står att; ingenting blir rekna ut før alt er fylt inn.
                    """,
                nb: """
                    Skriver en fil som er gyldig, men ikke ferdig: det som må fylles inn står tomt, med forklaring \
                    i kommentarer. «vertsval validate» lister opp det som gjenstår; ingenting blir regnet ut før alt er fylt inn.
                    """,
                en: """
                    Writes a file that is valid but unfinished: what must be filled in is left empty, explained in \
                    comments. 'vertsval validate' lists what is left; nothing is computed until everything is filled in.
                    """)
        case .newCaseAbstract:
            return t.pick(
                nn: "Start ei sak: kandidatar og tomme skårar for kvart kriterium i malen.",
                nb: "Start en sak: kandidater og tomme skårer for hvert kriterium i malen.",
                en: "Start a case: candidates and empty scores for every criterion of the template.")
        case .newCaseDiscussion:
            return t.pick(
                nn: """
                    Skriv ei sak med kvart kriterium som skal skårast for hand, for kvar kandidat, med ordlyden på \
                    skalaen som kommentar og «level»/«value», «why» og «source» tomme. Kriterium som blir rekna ut \
                    frå regionfila, kjem ikkje med. Stiane til malen og regionen blir skrivne relativt til den nye fila.
                    Døme: vertsval new case --template Criteria/vertskommune-2025.yaml --region Cases/sogn/region.yaml \
                    --candidates ardal,laerdal --service Feiing -o Cases/sogn/feiing.yaml
                    """,
                nb: """
                    Skriver en sak med hvert kriterium som skal skåres for hånd, for hver kandidat, med ordlyden på \
                    skalaen som kommentar og «level»/«value», «why» og «source» tomme. Kriterier som blir regnet ut \
                    fra regionfilen, kommer ikke med. Stiene til malen og regionen blir skrevet relativt til den nye filen.
                    Eksempel: vertsval new case --template Criteria/vertskommune-2025.yaml --region Cases/sogn/region.yaml \
                    --candidates ardal,laerdal --service Feiing -o Cases/sogn/feiing.yaml
                    """,
                en: """
                    Writes a case with every criterion scored by hand, for every candidate, with the scale's wording \
                    as comments and 'level'/'value', 'why' and 'source' empty. Criteria computed from the region file \
                    are left out. The paths to the template and the region are written relative to the new file.
                    Example: vertsval new case --template Criteria/vertskommune-2025.yaml --region Cases/sogn/region.yaml \
                    --candidates ardal,laerdal --service Feiing -o Cases/sogn/feiing.yaml
                    """)
        case .newTemplateFile:
            return t.pick(
                nn: "Vurderingsmalen (kind: template).", nb: "Vurderingsmalen (kind: template).", en: "The evaluation template (kind: template).")
        case .newRegionFile:
            return t.pick(nn: "Regionfila (kind: region).", nb: "Regionfilen (kind: region).", en: "The region file (kind: region).")
        case .newCandidates:
            return t.pick(
                nn: "Kandidatane: id-ane til kommunane i regionfila, skilde med komma, til dømes ardal,laerdal.",
                nb: "Kandidatene: id-ene til kommunene i regionfilen, skilt med komma, for eksempel ardal,laerdal.",
                en: "The candidates: the ids of municipalities in the region file, separated by commas, for example ardal,laerdal.")
        case .newService:
            return t.pick(
                nn: "Namnet på tenesta, til dømes «Feiing».", nb: "Navnet på tjenesten, for eksempel «Feiing».",
                en: "The name of the service, for example 'Feiing'.")
        case .newOutput:
            return t.pick(
                nn: "Fila som skal skrivast (.yaml). Ei fil som finst, blir ikkje skriven over utan --force.",
                nb: "Filen som skal skrives (.yaml). En fil som finnes, blir ikke skrevet over uten --force.",
                en: "The file to write (.yaml). An existing file is not overwritten without --force.")
        case .newID:
            return t.pick(
                nn: "Id-en i fila; elles laga av filnamnet.", nb: "Id-en i filen; ellers laget av filnavnet.",
                en: "The id in the file; made from the file name otherwise.")
        case .newForce:
            return t.pick(nn: "Skriv over fila om ho finst.", nb: "Skriv over filen om den finnes.", en: "Overwrite the file if it exists.")
        case .newPortfolioAbstract:
            return t.pick(
                nn: "Start ein portefølje frå registeret over samarbeid i regionen.",
                nb: "Start en portefølje fra registeret over samarbeid i regionen.",
                en: "Start a portfolio from the region's register of cooperation.")
        case .newPortfolioDiscussion:
            return t.pick(
                nn: """
                    Tenester med kjend vertskommune i registeret blir faste («host»); dei andre blir opne, med ein \
                    tom verdi for kvar kommune. Årsverk som registeret ikkje har, står tomme. Reglane for balanse står \
                    som kommentar.
                    """,
                nb: """
                    Tjenester med kjent vertskommune i registeret blir faste («host»); de andre blir åpne, med en \
                    tom verdi for hver kommune. Årsverk som registeret ikke har, står tomme. Reglene for balanse står \
                    som kommentar.
                    """,
                en: """
                    Services with a known host in the register are fixed ('host'); the others are open, with an empty \
                    value for each municipality. FTE the register does not have are left empty. The balance rules are \
                    given as comments.
                    """)
        case .newTemplateAbstract:
            return t.pick(
                nn: "Start ein vurderingsmal med eitt kriterium av kvart slag.", nb: "Start en vurderingsmal med ett kriterium av hvert slag.",
                en: "Start an evaluation template with one criterion of each kind.")
        case .newTemplateDiscussion:
            return t.pick(
                nn: """
                    Skriv eit utkast (status: draft) med eitt kriterium med skala, eitt med måleverdi skriven inn \
                    for hand, eitt med reisetid og eitt med regional balanse rekna ut frå regionfila, og dei tre \
                    slaga utelukkingsreglar. Byt ut ordlyden med den styret vedtek.
                    """,
                nb: """
                    Skriver et utkast (status: draft) med ett kriterium med skala, ett med måleverdi skrevet inn \
                    for hånd, ett med reisetid og ett med regional balanse regnet ut fra regionfilen, og de tre \
                    typene utelukkingsregler. Bytt ut ordlyden med den styret vedtar.
                    """,
                en: """
                    Writes a draft (status: draft) with one criterion with a scale, one with a value typed in by hand, \
                    one with travel time and one with regional balance computed from the region file, and the three \
                    kinds of knock-out rule. Replace the wording with the one the board adopts.
                    """)
        case .newTitle:
            return t.pick(nn: "Tittelen på malen.", nb: "Tittelen på malen.", en: "The title of the template.")
        case .describeAbstract:
            return t.pick(
                nn: "Vis kva ei datafil inneheld: id-ar, namn og reglar.", nb: "Vis hva en datafil inneholder: id-er, navn og regler.",
                en: "Show what a data file contains: ids, names and rules.")
        case .describeDiscussion:
            return t.pick(
                nn: """
                    For ein vurderingsmal: kriteria med id, vekt og ordlyden på skalaen eller måleeininga, og \
                    utelukkingsreglane. For ein region: kommunane og registeret over samarbeid. For ei sak: kandidatane, \
                    skårane så langt og det som står att. For ein portefølje: tenestene og reglane. Alt du treng for å \
                    skrive den neste fila.
                    """,
                nb: """
                    For en vurderingsmal: kriteriene med id, vekt og ordlyden på skalaen eller måleenheten, og \
                    utelukkingsreglene. For en region: kommunene og registeret over samarbeid. For en sak: kandidatene, \
                    skårene så langt og det som gjenstår. For en portefølje: tjenestene og reglene. Alt du trenger for å \
                    skrive den neste filen.
                    """,
                en: """
                    For a template: the criteria with id, weight and the wording of the scale or the unit, and the \
                    knock-out rules. For a region: the municipalities and the register of cooperation. For a case: the \
                    candidates, the scores so far and what is left. For a portfolio: the services and the rules. All you \
                    need to write the next file.
                    """)
        case .describeFile:
            return t.pick(
                nn: "Ein vurderingsmal, ein region, ei sak, eit scenario eller ein portefølje.",
                nb: "En vurderingsmal, en region, en sak, et scenario eller en portefølje.",
                en: "A template, a region, a case, a scenario or a portfolio.")
        case .sheetAbstract:
            return t.pick(
                nn: "Skåringsark for vurderarar: skriv ut eit ark og les det utfylte arket inn i saka.",
                nb: "Skåringsark for vurderere: skriv ut et ark og les det utfylte arket inn i saken.",
                en: "Score sheets for assessors: write a sheet out and read the filled-in sheet into the case.")
        case .sheetDiscussion:
            return t.pick(
                nn: """
                    Arket er ei CSV-fil som Excel og LibreOffice opnar direkte (UTF-8, semikolon, desimalkomma): éi rad \
                    for kvar kandidat og kvart kriterium som blir skåra for hand, med ordlyden på skalaen og skåren no. \
                    Vurderaren fyller ut nivå/verdi, grunngjeving og kjelde; «sheet import» les arket inn att.
                    """,
                nb: """
                    Arket er en CSV-fil som Excel og LibreOffice åpner direkte (UTF-8, semikolon, desimalkomma): én rad \
                    for hver kandidat og hvert kriterium som skåres for hånd, med ordlyden på skalaen og skåren nå. \
                    Vurdereren fyller ut nivå/verdi, begrunnelse og kilde; «sheet import» leser arket inn igjen.
                    """,
                en: """
                    The sheet is a CSV file that Excel and LibreOffice open directly (UTF-8, semicolons, decimal comma): \
                    one row for each candidate and each criterion scored by hand, with the scale's wording and the score \
                    now. The assessor fills in level/value, why and source; 'sheet import' reads the sheet back.
                    """)
        case .sheetExportAbstract:
            return t.pick(
                nn: "Skriv eit skåringsark for ei sak.", nb: "Skriv et skåringsark for en sak.", en: "Write a score sheet for a case.")
        case .sheetImportAbstract:
            return t.pick(
                nn: "Les eit utfylt skåringsark inn i saka.", nb: "Les et utfylt skåringsark inn i saken.",
                en: "Read a filled-in score sheet into the case.")
        case .sheetImportDiscussion:
            return t.pick(
                nn: """
                    Med --assessor blir skårane lagra som denne vurderaren sine («assessors:»); med --as-scores blir dei \
                    skårane i saka. Kvar celle blir sjekka først: er noko gale, blir kvar feil vist med rad og kolonne i \
                    arket, og ingenting blir skrive. Kommentarane og oppsettet i saksfila blir tekne vare på.
                    """,
                nb: """
                    Med --assessor blir skårene lagret som denne vurdererens («assessors:»); med --as-scores blir de \
                    skårene i saken. Hver celle blir sjekket først: er noe galt, blir hver feil vist med rad og kolonne i \
                    arket, og ingenting blir skrevet. Kommentarene og oppsettet i saksfilen blir tatt vare på.
                    """,
                en: """
                    With --assessor the scores are stored as this assessor's ('assessors:'); with --as-scores they become \
                    the case's scores. Every cell is checked first: if anything is wrong, each error is shown with the \
                    sheet's row and column, and nothing is written. The case file's comments and layout are kept.
                    """)
        case .sheetCase:
            return t.pick(nn: "Saka (kind: case).", nb: "Saken (kind: case).", en: "The case (kind: case).")
        case .sheetOutput:
            return t.pick(nn: "Arket som skal skrivast (.csv).", nb: "Arket som skal skrives (.csv).", en: "The sheet to write (.csv).")
        case .sheetFile:
            return t.pick(nn: "Det utfylte arket (.csv).", nb: "Det utfylte arket (.csv).", en: "The filled-in sheet (.csv).")
        case .sheetAssessor:
            return t.pick(
                nn: "Namnet på vurderaren som fylte ut arket.", nb: "Navnet på vurdereren som fylte ut arket.",
                en: "The name of the assessor who filled in the sheet.")
        case .sheetAsScores:
            return t.pick(
                nn: "Skriv skårane som skårane i saka (ikkje som éin vurderar sine).",
                nb: "Skriv skårene som skårene i saken (ikke som én vurderers).",
                en: "Write the scores as the case's scores (not as one assessor's).")
        case .sheetTargetChoice:
            return t.pick(
                nn: "vel anten --assessor \"Namn\" eller --as-scores", nb: "velg enten --assessor \"Navn\" eller --as-scores",
                en: "choose either --assessor \"Name\" or --as-scores")
        case .describeFormat:
            return t.pick(nn: "Format: text eller markdown.", nb: "Format: text eller markdown.", en: "Format: text or markdown.")
        case .studyFile:
            return t.pick(
                nn: "Ei sak (kind: case), eit scenario (kind: scenario) eller ein portefølje (kind: portfolio).",
                nb: "En sak (kind: case), et scenario (kind: scenario) eller en portefølje (kind: portfolio).",
                en: "A case (kind: case), a scenario (kind: scenario) or a portfolio (kind: portfolio).")
        case .writtenPortfolio:
            return t.pick(
                nn: "Porteføljefila som skal skrivast (regionen blir skriven ved sida av).",
                nb: "Porteføljefilen som skal skrives (regionen blir skrevet ved siden av).",
                en: "The portfolio file to write (the region is written next to it).")
        case .lang:
            return t.pick(
                nn: "Språk: nn (nynorsk), nb (bokmål) eller en (English).", nb: "Språk: nn (nynorsk), nb (bokmål) eller en (English).",
                en: "Language: nn (Nynorsk), nb (Bokmål) or en (English).")
        case .format:
            return t.pick(nn: "Format: text, markdown eller json.", nb: "Format: text, markdown eller json.", en: "Format: text, markdown or json.")
        case .weight:
            return t.pick(
                nn: "Set poeng på eit kriterium for denne køyringa, til dømes fagmiljo=30. Kan gjentakast.",
                nb: "Sett poeng på et kriterium for denne kjøringen, for eksempel fagmiljo=30. Kan gjentas.",
                en: "Set the points of a criterion for this run, for example fagmiljo=30. Can be repeated.")
        case .weightValueName:
            return t.pick(nn: "id=poeng", nb: "id=poeng", en: "id=points")
        case .score:
            return t.pick(
                nn: "Set ein annan skår for denne køyringa, til dømes luster.fagmiljo=3 (kandidat.kriterium=nivå). Kan gjentakast.",
                nb: "Sett en annen skår for denne kjøringen, for eksempel luster.fagmiljo=3 (kandidat.kriterium=nivå). Kan gjentas.",
                en: "Set another score for this run, for example luster.fagmiljo=3 (candidate.criterion=level). Can be repeated.")
        case .scoreValueName:
            return t.pick(nn: "kandidat.kriterium=nivå", nb: "kandidat.kriterium=nivå", en: "candidate.criterion=level")
        case .ruleOff:
            return t.pick(
                nn: "Slå av ein regel i porteføljen for denne køyringa: balance, fte, services, together:a+b eller apart:a+b. Kan gjentakast.",
                nb: "Slå av en regel i porteføljen for denne kjøringen: balance, fte, services, together:a+b eller apart:a+b. Kan gjentas.",
                en: "Switch off a rule of the portfolio for this run: balance, fte, services, together:a+b or apart:a+b. Can be repeated.")
        case .ruleValueName:
            return t.pick(nn: "regel", nb: "regel", en: "rule")
        case .alternativesRange:
            return t.pick(
                nn: "--alternatives må vere mellom 0 og 100", nb: "--alternatives må være mellom 0 og 100",
                en: "--alternatives must be between 0 and 100")
        case .portRange:
            return t.pick(nn: "--port må vere mellom 1 og 65535", nb: "--port må være mellom 1 og 65535", en: "--port must be between 1 and 65535")
        case .municipalitiesRange:
            return t.pick(
                nn: "--municipalities må vere mellom 2 og 2000", nb: "--municipalities må være mellom 2 og 2000",
                en: "--municipalities must be between 2 and 2000")
        case .servicesRange:
            return t.pick(
                nn: "--services må vere mellom 1 og 5000", nb: "--services må være mellom 1 og 5000", en: "--services must be between 1 and 5000")
        case let .validateFailed(errors, warnings):
            return t.pick(
                nn: "\(Self.count(errors, "feil", "feil")) og \(Self.count(warnings, "åtvaring", "åtvaringar")).",
                nb: "\(Self.count(errors, "feil", "feil")) og \(Self.count(warnings, "advarsel", "advarsler")).",
                en: "\(Self.count(errors, "error", "errors")) and \(Self.count(warnings, "warning", "warnings")).")
        case let .validatePassed(files, warnings):
            let noted =
                warnings == 0
                ? ""
                : " ("
                    + t.pick(
                        nn: Self.count(warnings, "åtvaring", "åtvaringar"), nb: Self.count(warnings, "advarsel", "advarsler"),
                        en: Self.count(warnings, "warning", "warnings")) + ")"
            return t.pick(
                nn: "\(Self.count(files, "fil", "filer")) er i orden", nb: "\(Self.count(files, "fil", "filer")) er i orden",
                en: "\(Self.count(files, "file", "files")) OK") + noted + "."
        case let .validateUnfinished(files, left, warnings):
            let noted =
                warnings == 0
                ? ""
                : " ("
                    + t.pick(
                        nn: Self.count(warnings, "åtvaring", "åtvaringar") + " til", nb: Self.count(warnings, "advarsel", "advarsler") + " til",
                        en: Self.count(warnings, "other warning", "other warnings")) + ")"
            return t.pick(
                nn:
                    "\(Self.count(files, "fil er gyldig", "filer er gyldige")), men \(left) punkt står att å fylle inn\(noted); ingenting blir rekna ut før alt er fylt inn.",
                nb:
                    "\(Self.count(files, "fil er gyldig", "filer er gyldige")), men \(Self.count(left, "punkt", "punkter")) gjenstår å fylle inn\(noted); ingenting blir regnet ut før alt er fylt inn.",
                en:
                    "\(Self.count(files, "file is", "files are")) valid, but \(Self.count(left, "item is", "items are")) left to fill in\(noted); nothing is computed until everything is filled in."
            )
        case let .serveRunning(url):
            return t.pick(
                nn: "arbeidsbenken køyrer på \(url)  (Ctrl-C for å stoppe)", nb: "arbeidsbenken kjører på \(url)  (Ctrl-C for å stoppe)",
                en: "the workbench runs at \(url)  (Ctrl-C to stop)")
        case let .instanceRange(count, file):
            return t.pick(
                nn: "--instance må vere mellom 1 og \(count) for \(file)", nb: "--instance må være mellom 1 og \(count) for \(file)",
                en: "--instance must be between 1 and \(count) for \(file)")
        }
    }

    /// "1 åtvaring", "2 åtvaringar": `count` with the singular or the plural.
    private static func count(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
