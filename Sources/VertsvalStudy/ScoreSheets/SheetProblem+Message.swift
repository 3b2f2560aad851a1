public import Vertsval

extension SheetProblem {
    /// `file:row:column: feil: message` — the form every located problem is shown in.
    public func formatted(in language: Language) -> String {
        "\(location): \(Phrasebook(language).pick(nn: "feil", nb: "feil", en: "error")): \(message(in: language))"
    }

    /// What is wrong and what would be right, in `language`.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch kind {
        case .unreadable(let reason):
            return t.pick(
                nn: "arket kan ikkje lesast (\(reason)); lagre det som CSV med semikolon mellom kolonnane",
                nb: "arket kan ikke leses (\(reason)); lagre det som CSV med semikolon mellom kolonnene",
                en: "the sheet cannot be read (\(reason)); save it as CSV with semicolons between the columns")
        case .missingColumn(let names):
            let list = t.alternatives(names.map(t.quote))
            return t.pick(
                nn: "arket manglar kolonnen \(list) i første rad", nb: "arket mangler kolonnen \(list) i første rad",
                en: "the sheet has no column \(list) in its first row")
        case let .unknownCandidate(id, suggestion, valid):
            return t.pick(
                nn: "\(t.quote(id)) er ingen kandidat i saka (gyldige: ", nb: "\(t.quote(id)) er ingen kandidat i saken (gyldige: ",
                en: "\(t.quote(id)) is no candidate of the case (valid: ") + valid.joined(separator: ", ") + ")" + t.didYouMean(suggestion)
        case let .unknownCriterion(id, suggestion, valid):
            return t.pick(
                nn: "\(t.quote(id)) er ikkje eit kriterium som blir skåra for hand (gyldige: ",
                nb: "\(t.quote(id)) er ikke et kriterium som skåres for hånd (gyldige: ",
                en: "\(t.quote(id)) is no criterion scored by hand (valid: ") + valid.joined(separator: ", ") + ")" + t.didYouMean(suggestion)
        case .duplicateRow(let first):
            return t.pick(
                nn: "same kandidat og kriterium står alt på rad \(first); fjern den eine rada",
                nb: "samme kandidat og kriterium står allerede på rad \(first); fjern den ene raden",
                en: "the same candidate and criterion are already on row \(first); remove one of the rows")
        case let .notANumber(text, expected):
            switch expected {
            case .level:
                return t.pick(
                    nn: "\(t.quote(text)) er ikkje eit nivå; skriv eit heilt tal på skalaen",
                    nb: "\(t.quote(text)) er ikke et nivå; skriv et heltall på skalaen",
                    en: "\(t.quote(text)) is not a level; write a whole number on the scale")
            default:
                return t.pick(
                    nn: "\(t.quote(text)) er ikkje eit tal; skriv til dømes 7 eller 7,5",
                    nb: "\(t.quote(text)) er ikke et tall; skriv for eksempel 7 eller 7,5",
                    en: "\(t.quote(text)) is not a number; write for example 7 or 7,5")
            }
        case let .levelOutOfScale(level, levels):
            let low = levels.first ?? 0
            let high = levels.last ?? 0
            return t.pick(
                nn: "nivå \(level) er utanfor skalaen; skriv eit nivå frå \(low) til \(high)",
                nb: "nivå \(level) er utenfor skalaen; skriv et nivå fra \(low) til \(high)",
                en: "level \(level) is outside the scale; write a level from \(low) to \(high)")
        case .missingWhy:
            return t.pick(
                nn: "skåren manglar grunngjeving; skriv kvifor i same rad", nb: "skåren mangler begrunnelse; skriv hvorfor i samme rad",
                en: "the score has no rationale; write why in the same row")
        case .missingScore(let expected):
            let what =
                expected == .level
                ? t.pick(nn: "nivå", nb: "nivå", en: "level") : t.pick(nn: "verdi", nb: "verdi", en: "value")
            return t.pick(
                nn: "rada har grunngjeving eller kjelde, men ingen \(what); skriv \(what) eller tøm rada",
                nb: "raden har begrunnelse eller kilde, men ingen \(what); skriv \(what) eller tøm raden",
                en: "the row has a rationale or source but no \(what); write the \(what) or empty the row")
        case .notYesNo(let text):
            return t.pick(
                nn: "\(t.quote(text)) er verken ja eller nei; skriv «ja» eller «nei»",
                nb: "\(t.quote(text)) er verken ja eller nei; skriv «ja» eller «nei»",
                en: "\(t.quote(text)) is neither yes nor no; write 'yes' or 'no'")
        case .willingnessNotAssessed:
            return t.pick(
                nn: "viljen til å vere vertskommune høyrer til saka, ikkje til ein vurderar; tøm cella, eller les arket inn med --as-scores",
                nb: "viljen til å være vertskommune hører til saken, ikke til en vurderer; tøm cellen, eller les arket inn med --as-scores",
                en: "the willingness to host belongs to the case, not to an assessor; empty the cell, or import the sheet with --as-scores")
        case let .outsideUncertainty(value, low, high):
            return t.pick(
                nn: "\(t.number(value)) ligg utanfor spennet saka gir for skåren (\(t.number(low))–\(t.number(high))); "
                    + "skriv ein skår innanfor, eller endre «low»/«high» i saka først",
                nb: "\(t.number(value)) ligger utenfor spennet saken gir for skåren (\(t.number(low))–\(t.number(high))); "
                    + "skriv en skår innenfor, eller endre «low»/«high» i saken først",
                en: "\(t.number(value)) lies outside the range the case gives for the score (\(t.number(low))–\(t.number(high))); "
                    + "write a score within it, or change 'low'/'high' in the case first")
        }
    }
}
