internal import Vertsval

/// The wording several reports share: the note label, the common table columns (municipality,
/// criterion, total, share, FTE …), the reproducibility box, and the words the HTML and PDF
/// renderers write themselves (page numbers, continued tables). Each key has its nn, nb and en text.
enum ReportText: Equatable {
    case note
    case recommendation
    case result
    case municipality
    case criterion
    case difference
    case total
    case weightNow
    case used
    case costSharing
    case population
    case share
    case service
    case fte
    case cost
    case seedPrefix
    case samplesSuffix
    case reproducibility
    case sameInputsSameReport
    case filesCaption
    case file
    case chartNumbers
    case pageWord
    case ofWord
    case pageNumber(page: Int, count: Int)
    case continued
    case rule
    case no

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .note: return t.pick(nn: "Merk", nb: "Merk", en: "Note")
        case .recommendation: return t.pick(nn: "Tilråding", nb: "Tilrådning", en: "Recommendation")
        case .result: return t.pick(nn: "Resultat", nb: "Resultat", en: "Result")
        case .municipality: return t.pick(nn: "Kommune", nb: "Kommune", en: "Municipality")
        case .criterion: return t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")
        case .difference: return t.pick(nn: "Skilnad", nb: "Forskjell", en: "Difference")
        case .total: return t.pick(nn: "Sum", nb: "Sum", en: "Total")
        case .weightNow: return t.pick(nn: "Vekt no", nb: "Vekt nå", en: "Weight now")
        case .used: return t.pick(nn: "Brukt", nb: "Brukt", en: "Used")
        case .costSharing: return t.pick(nn: "Kostnadsdeling", nb: "Kostnadsdeling", en: "Cost sharing")
        case .population: return t.pick(nn: "Folketal", nb: "Folketall", en: "Population")
        case .share: return t.pick(nn: "Del", nb: "Andel", en: "Share")
        case .service: return t.pick(nn: "Teneste", nb: "Tjeneste", en: "Service")
        case .fte: return t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE")
        case .cost: return t.pick(nn: "Kostnad", nb: "Kostnad", en: "Cost")
        case .seedPrefix: return t.pick(nn: "frø ", nb: "frø ", en: "seed ")
        case .samplesSuffix: return t.pick(nn: " trekningar", nb: " trekninger", en: " samples")
        case .reproducibility: return t.pick(nn: "Etterprøving", nb: "Etterprøving", en: "Reproducibility")
        case .sameInputsSameReport:
            return t.pick(
                nn: "Same inndata, dato og frø gjev same rapport.",
                nb: "Samme inndata, dato og frø gir samme rapport.",
                en: "The same inputs, date and seed give the same report.")
        case .filesCaption:
            return t.pick(
                nn: "Filene som vart lesne, med fingeravtrykket (SHA-256) til innhaldet",
                nb: "Filene som ble lest, med fingeravtrykket (SHA-256) til innholdet",
                en: "The files read, with the fingerprint (SHA-256) of their content")
        case .file: return t.pick(nn: "Fil", nb: "Fil", en: "File")
        case .chartNumbers: return t.pick(nn: "Tala i diagrammet", nb: "Tallene i diagrammet", en: "The numbers in the chart")
        case .pageWord: return t.pick(nn: "Side", nb: "Side", en: "Page")
        case .ofWord: return t.pick(nn: "av", nb: "av", en: "of")
        case let .pageNumber(page, count):
            return t.pick(
                nn: "Side \(page) av \(count)",
                nb: "Side \(page) av \(count)",
                en: "Page \(page) of \(count)")
        case .rule: return t.pick(nn: "Regel", nb: "Regel", en: "Rule")
        case .no: return t.pick(nn: "nei", nb: "nei", en: "no")
        case .continued: return t.pick(nn: "Framhald: ", nb: "Fortsettelse: ", en: "Continued: ")
        }
    }
}
