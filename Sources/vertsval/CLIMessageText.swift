import Vertsval

/// The wording of the command line's own messages (what `demo` suggests next, files written,
/// write failures) and of ArgumentParser's help in Norwegian, in nn, nb and en.
enum CLIMessageText: Equatable {
    case bundledCaseMissing(path: String)
    case whatNext
    case tryOtherWeights
    case fourCandidates
    case markdownOrJSON
    case checkDataFiles
    case howRobust
    case reportForCase
    case assignAllServices
    case moveWeightsInBrowser
    case otherLanguages
    case dataFiles(root: String)
    case outputExtension(output: String)
    case dateFormat(date: String)
    case wrote(output: String)
    case errorPrefix
    case newFileWritten(path: String, left: Int)
    case sheetWritten(path: String, rows: Int)
    case sheetImported(path: String, scores: Int, assessor: String?)
    case nextSteps
    case nextDescribe
    case nextValidate
    case nextEvaluate
    case nextOptimize
    case nextReport
    case folderMissing(path: String, folder: String)
    case cannotWrite(path: String, reason: String)
    // ArgumentParser's help, in Norwegian (HelpText); the English is ArgumentParser's own.
    case subcommandPlaceholder
    case overviewPrefix
    case usagePrefix
    case argumentsHeading
    case optionsHeading
    case subcommandsHeading
    case subcommandGroupHeading(group: String)
    case seeForMoreHelp(command: String)
    case showVersion
    case showHelp
    case defaultLabel
    case valuesLabel

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .bundledCaseMissing(path):
            return t.pick(
                nn: "finn ikkje \(path); køyr kommandoen frå mappa med vertsval-kjeldekoden",
                nb: "finner ikke \(path); kjør kommandoen fra mappen med vertsval-kildekoden",
                en: "cannot find \(path); run the command from the vertsval source folder")
        case .whatNext:
            return t.pick(nn: "Kva no?", nb: "Hva nå?", en: "What next?")
        case .tryOtherWeights:
            return t.pick(nn: "  Prøv andre vekter:        ", nb: "  Prøv andre vekter:        ", en: "  Try other weights:        ")
        case .fourCandidates:
            return t.pick(nn: "  Fire kandidatar:          ", nb: "  Fire kandidater:          ", en: "  Four candidates:          ")
        case .markdownOrJSON:
            return t.pick(nn: "  Markdown eller JSON:      ", nb: "  Markdown eller JSON:      ", en: "  Markdown or JSON:         ")
        case .checkDataFiles:
            return t.pick(nn: "  Kontroller datafilene:    ", nb: "  Kontroller datafilene:    ", en: "  Check the data files:     ")
        case .howRobust:
            return t.pick(nn: "  Kor robust er det?        ", nb: "  Hvor robust er det?       ", en: "  How robust is it?         ")
        case .reportForCase:
            return t.pick(nn: "  Rapport til saka (PDF):   ", nb: "  Rapport til saken (PDF):  ", en: "  Report for the case (PDF): ")
        case .assignAllServices:
            return t.pick(nn: "  Fordel alle tenestene:    ", nb: "  Fordel alle tjenestene:   ", en: "  Assign all the services:  ")
        case .moveWeightsInBrowser:
            return t.pick(nn: "  Flytt vekter i nettlesar: ", nb: "  Flytt vekter i nettleser: ", en: "  Move weights in a browser: ")
        case .otherLanguages:
            return t.pick(nn: "  Bokmål eller engelsk:     ", nb: "  Bokmål eller engelsk:     ", en: "  Bokmål or English:        ")
        case let .dataFiles(root):
            return t.pick(
                nn: "  Datafilene:               \(root)Criteria/vertskommune-2025.yaml, \(root)Cases/sogn/",
                nb: "  Datafilene:               \(root)Criteria/vertskommune-2025.yaml, \(root)Cases/sogn/",
                en: "  The data files:           \(root)Criteria/vertskommune-2025.yaml, \(root)Cases/sogn/")
        case let .outputExtension(output):
            return t.pick(
                nn: "-o må slutte på .pdf, .html eller .md, ikkje «\(output)»", nb: "-o må slutte på .pdf, .html eller .md, ikke «\(output)»",
                en: "-o must end in .pdf, .html or .md, not '\(output)'")
        case let .dateFormat(date):
            return t.pick(
                nn: "--date skal skrivast ÅÅÅÅ-MM-DD, ikkje «\(date)»", nb: "--date skal skrives ÅÅÅÅ-MM-DD, ikke «\(date)»",
                en: "--date must be YYYY-MM-DD, not '\(date)'")
        case let .wrote(output):
            return t.pick(nn: "Skreiv \(output)", nb: "Skrev \(output)", en: "Wrote \(output)")
        case let .newFileWritten(path, left):
            return t.pick(
                nn: "Skreiv \(path): \(left) punkt står att å fylle inn.",
                nb: "Skrev \(path): \(left) \(left == 1 ? "punkt" : "punkter") gjenstår å fylle inn.",
                en: "Wrote \(path): \(left) \(left == 1 ? "item is" : "items are") left to fill in.")
        case let .sheetWritten(path, rows):
            return t.pick(
                nn: "Skreiv \(path): \(rows) \(rows == 1 ? "rad" : "rader") å fylle ut.",
                nb: "Skrev \(path): \(rows) \(rows == 1 ? "rad" : "rader") å fylle ut.",
                en: "Wrote \(path): \(rows) \(rows == 1 ? "row" : "rows") to fill in.")
        case let .sheetImported(path, scores, assessor):
            guard let assessor else {
                return t.pick(
                    nn: "Skreiv \(scores) \(scores == 1 ? "skår" : "skårar") inn i \(path).",
                    nb: "Skrev \(scores) \(scores == 1 ? "skår" : "skårer") inn i \(path).",
                    en: "Wrote \(scores) \(scores == 1 ? "score" : "scores") into \(path).")
            }
            return t.pick(
                nn: "Skreiv \(scores) \(scores == 1 ? "skår" : "skårar") frå \(assessor) inn i \(path).",
                nb: "Skrev \(scores) \(scores == 1 ? "skår" : "skårer") fra \(assessor) inn i \(path).",
                en: "Wrote \(scores) \(scores == 1 ? "score" : "scores") by \(assessor) into \(path).")
        case .nextSteps:
            return t.pick(nn: "Neste steg:", nb: "Neste steg:", en: "Next steps:")
        case .nextDescribe:
            return t.pick(nn: "  Kva som skal fyllast inn:   ", nb: "  Hva som skal fylles inn:    ", en: "  What to fill in:            ")
        case .nextValidate:
            return t.pick(nn: "  Kva som står att:           ", nb: "  Hva som gjenstår:           ", en: "  What is left:               ")
        case .nextEvaluate:
            return t.pick(nn: "  Når alt er fylt inn:        ", nb: "  Når alt er fylt inn:        ", en: "  When everything is filled:  ")
        case .nextOptimize:
            return t.pick(nn: "  Fordel tenestene:           ", nb: "  Fordel tjenestene:          ", en: "  Assign the services:        ")
        case .nextReport:
            return t.pick(nn: "  Rapport til saka (PDF):     ", nb: "  Rapport til saken (PDF):    ", en: "  Report for the case (PDF):  ")
        case .errorPrefix:
            return t.pick(nn: "feil: ", nb: "feil: ", en: "error: ")
        case let .folderMissing(path, folder):
            return t.pick(
                nn: "kan ikkje skrive «\(path)»: mappa «\(folder)» finst ikkje", nb: "kan ikke skrive «\(path)»: mappen «\(folder)» finnes ikke",
                en: "cannot write '\(path)': folder '\(folder)' does not exist")
        case let .cannotWrite(path, reason):
            return t.pick(
                nn: "kan ikkje skrive «\(path)»: \(reason)", nb: "kan ikke skrive «\(path)»: \(reason)", en: "cannot write '\(path)': \(reason)")
        case .subcommandPlaceholder: return t.pick(nn: "<kommando>", nb: "<kommando>", en: "<subcommand>")
        case .overviewPrefix: return t.pick(nn: "OVERSYN: ", nb: "OVERSIKT: ", en: "OVERVIEW: ")
        case .usagePrefix: return t.pick(nn: "BRUK:  ", nb: "BRUK:  ", en: "USAGE: ")
        case .argumentsHeading: return t.pick(nn: "ARGUMENT:", nb: "ARGUMENTER:", en: "ARGUMENTS:")
        case .optionsHeading: return t.pick(nn: "VAL:", nb: "VALG:", en: "OPTIONS:")
        case .subcommandsHeading: return t.pick(nn: "KOMMANDOAR:", nb: "KOMMANDOER:", en: "SUBCOMMANDS:")
        case let .subcommandGroupHeading(group):
            return t.pick(nn: "KOMMANDOAR FOR \(group):", nb: "KOMMANDOER FOR \(group):", en: "\(group) SUBCOMMANDS:")
        case let .seeForMoreHelp(command):
            return t.pick(nn: "Sjå \(command) for meir hjelp.", nb: "Se \(command) for mer hjelp.", en: "See \(command) for detailed help.")
        case .showVersion: return t.pick(nn: "Vis versjonen.", nb: "Vis versjonen.", en: "Show the version.")
        case .showHelp: return t.pick(nn: "Vis hjelpa.", nb: "Vis hjelpen.", en: "Show help information.")
        case .defaultLabel: return t.pick(nn: "standard:", nb: "standard:", en: "default:")
        case .valuesLabel: return t.pick(nn: "(verdiar:", nb: "(verdier:", en: "(values:")
        }
    }
}
