internal import Foundation
internal import Vertsval

/// The texts of the workbench's pages, one catalogue with nn/nb/en for every key: the
/// pages get them as `/texts.js`, generated from here, so no wording lives in the scripts.
enum WorkbenchText: String, CaseIterable {
    case title
    case tagline
    case cases
    case portfolios
    case none
    case scenario
    case back
    case weights
    case weightsHelp
    case scores
    case scoresHelp
    case reset
    case result
    case swaps
    case criterion
    case weightNow
    case swapAt
    case never
    case robustness
    case spread
    case runSmaa
    case saveScenario
    case saveHelp
    case scenarioId
    case scenarioTitle
    case scenarioReason
    case save
    case download
    case rules
    case rulesHelp
    case assignment
    case service
    case fte
    case host
    case value
    case runnerUp
    case rank
    case points
    case saved
    case total
    case decided
    case conflicts
    case working
    case language
    case downloadDraft
    case downloadScenario
    case downloadDraftRules
    case staleRobustness
    case recompute
    case rankLegend
    case firstIn
    case numbersAsTable
    case contributions
    case candidate
    case changedFrom
    case rankingChanged

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .title: return t.pick(nn: "vertsval", nb: "vertsval", en: "vertsval")
        case .tagline:
            return t.pick(
                nn: "Vurder kandidatar til vertskommune, og fordel tenester under reglar for balanse.",
                nb: "Vurder kandidater til vertskommune, og fordel tjenester under regler for balanse.",
                en: "Assess candidate host municipalities, and assign services under balance rules.")
        case .cases: return t.pick(nn: "Saker", nb: "Saker", en: "Cases")
        case .portfolios: return t.pick(nn: "Porteføljar", nb: "Porteføljer", en: "Portfolios")
        case .none: return t.pick(nn: "Ingen filer funne.", nb: "Ingen filer funnet.", en: "No files found.")
        case .scenario: return t.pick(nn: "scenario", nb: "scenario", en: "scenario")
        case .back: return t.pick(nn: "← Alle saker", nb: "← Alle saker", en: "← All cases")
        case .weights: return t.pick(nn: "Vekter", nb: "Vekter", en: "Weights")
        case .scores: return t.pick(nn: "Skårar", nb: "Skårer", en: "Scores")
        case .scoresHelp:
            return t.pick(
                nn: "Vel eit anna nivå for å sjå kva som skjer om ein skår var annleis. Det blir eit utkast; saka blir aldri endra.",
                nb: "Velg et annet nivå for å se hva som skjer om en skår var annerledes. Det blir et utkast; saken blir aldri endret.",
                en: "Choose another level to see what happens if a score were different. The result is a draft; the case is never changed.")
        case .weightsHelp:
            return t.pick(
                nn:
                    "Flytt ei vekt for å sjå rangeringa endre seg. Endringane gjeld berre her til du lagrar eit scenario; malen og saka blir aldri endra.",
                nb:
                    "Flytt en vekt for å se rangeringen endre seg. Endringene gjelder bare her til du lagrer et scenario; malen og saken blir aldri endret.",
                en:
                    "Move a weight to see the ranking change. Changes stay here until you save a scenario; the template and the case are never changed."
            )
        case .reset: return t.pick(nn: "Tilbake til malen", nb: "Tilbake til malen", en: "Back to the template")
        case .result: return t.pick(nn: "Resultat", nb: "Resultat", en: "Result")
        case .swaps:
            return t.pick(
                nn: "Vekta der dei to første byter plass", nb: "Vekten der de to første bytter plass", en: "The weight at which the first two swap")
        case .criterion: return t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")
        case .weightNow: return t.pick(nn: "Vekt no", nb: "Vekt nå", en: "Weight now")
        case .swapAt: return t.pick(nn: "Byter ved", nb: "Bytter ved", en: "Swap at")
        case .never: return t.pick(nn: "aldri", nb: "aldri", en: "never")
        case .robustness: return t.pick(nn: "Kor robust er resultatet?", nb: "Hvor robust er resultatet?", en: "How robust is the result?")
        case .spread: return t.pick(nn: "Vektusikkerheit ±", nb: "Vektusikkerhet ±", en: "Weight uncertainty ±")
        case .runSmaa: return t.pick(nn: "Rekn ut", nb: "Regn ut", en: "Compute")
        case .saveScenario: return t.pick(nn: "Lagre som scenario", nb: "Lagre som scenario", en: "Save as scenario")
        case .saveHelp:
            return t.pick(
                nn: "Scenarioet blir lagra som ei ny fil ved sida av saka. Grunngjeving er påkravd.",
                nb: "Scenarioet blir lagret som en ny fil ved siden av saken. Begrunnelse er påkrevd.",
                en: "The scenario is saved as a new file next to the case. A reason is required.")
        case .scenarioId:
            return t.pick(nn: "Id (små bokstavar og bindestrek)", nb: "Id (små bokstaver og bindestrek)", en: "Id (lower case and hyphens)")
        case .scenarioTitle: return t.pick(nn: "Tittel", nb: "Tittel", en: "Title")
        case .scenarioReason: return t.pick(nn: "Grunngjeving", nb: "Begrunnelse", en: "Reason")
        case .save: return t.pick(nn: "Lagre", nb: "Lagre", en: "Save")
        case .download: return t.pick(nn: "Last ned rapport", nb: "Last ned rapport", en: "Download report")
        case .rules: return t.pick(nn: "Reglar", nb: "Regler", en: "Rules")
        case .rulesHelp:
            return t.pick(
                nn: "Slå av ein regel for å sjå kva han kostar.", nb: "Slå av en regel for å se hva den koster.",
                en: "Switch a rule off to see what it costs.")
        case .assignment: return t.pick(nn: "Fordeling", nb: "Fordeling", en: "Assignment")
        case .service: return t.pick(nn: "Teneste", nb: "Tjeneste", en: "Service")
        case .fte: return t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE")
        case .host: return t.pick(nn: "Vertskommune", nb: "Vertskommune", en: "Host")
        case .value: return t.pick(nn: "Verdi", nb: "Verdi", en: "Value")
        case .runnerUp: return t.pick(nn: "Nest best", nb: "Nest best", en: "Runner-up")
        case .rank: return t.pick(nn: "Rang", nb: "Rang", en: "Rank")
        case .points: return t.pick(nn: "poeng", nb: "poeng", en: "points")
        case .saved: return t.pick(nn: "\"Lagra\": ", nb: "\"Lagret\": ", en: "\"Saved\": ")
        case .total: return t.pick(nn: "Total", nb: "Total", en: "Total")
        case .decided: return t.pick(nn: "vedteke", nb: "vedtatt", en: "decided")
        case .conflicts:
            return t.pick(nn: "Reglane kan ikkje haldast samstundes", nb: "Reglene kan ikke holdes samtidig", en: "The rules cannot all hold")
        case .working: return t.pick(nn: "Reknar …", nb: "Regner …", en: "Computing …")
        case .language: return t.pick(nn: "Språk", nb: "Språk", en: "Language")
        case .downloadDraft:
            return t.pick(
                nn: "Last ned utkastet (endra vekter eller skårar)", nb: "Last ned utkastet (endrede vekter eller skårer)",
                en: "Download the draft (changed weights or scores)")
        case .downloadDraftRules:
            return t.pick(
                nn: "Last ned utkastet (reglar slått av)", nb: "Last ned utkastet (regler slått av)", en: "Download the draft (rules switched off)")
        case .downloadScenario: return t.pick(nn: "Last ned scenarioet", nb: "Last ned scenarioet", en: "Download the scenario")
        case .staleRobustness:
            return t.pick(
                nn: "Robustheita nedanfor er rekna ut for dei førre vektene, ikkje dei som står no.",
                nb: "Robustheten nedenfor er regnet ut for de forrige vektene, ikke de som står nå.",
                en: "The robustness below was computed for the earlier weights, not the ones set now.")
        case .recompute: return t.pick(nn: "Rekn ut på nytt", nb: "Regn ut på nytt", en: "Compute again")
        case .rankLegend: return t.pick(nn: "Fargen viser plassen:", nb: "Fargen viser plassen:", en: "The colour shows the place:")
        case .firstIn: return t.pick(nn: "først i", nb: "først i", en: "first in")
        case .numbersAsTable: return t.pick(nn: "Tala som tabell", nb: "Tallene som tabell", en: "The numbers as a table")
        case .contributions:
            return t.pick(nn: "Bidrag per kriterium (poeng)", nb: "Bidrag per kriterium (poeng)", en: "Contribution per criterion (points)")
        case .candidate: return t.pick(nn: "Kandidat", nb: "Kandidat", en: "Candidate")
        case .changedFrom: return t.pick(nn: "endra frå", nb: "endret fra", en: "changed from")
        case .rankingChanged: return t.pick(nn: "Ny rangering:", nb: "Ny rangering:", en: "New ranking:")
        }
    }

    /// The catalogue as a script: `const TEXTS = { nn: {…}, nb: {…}, en: {…} };`.
    static var script: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var tables: [String: [String: String]] = [:]
        for language in Language.allCases {
            tables[language.rawValue] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.text(in: language)) })
        }
        let json = (try? encoder.encode(tables)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "'use strict';\n// Generated from WorkbenchText.swift: the one catalogue of the pages' wording.\nconst TEXTS = " + json + ";\n"
    }
}
