public import Vertsval

extension JudgementFormProblem {
    /// What is wrong and what would be right, in `language`.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .memberMissing:
            return t.pick(
                nn: "skriv namnet til medlemmen", nb: "skriv navnet til medlemmet", en: "write the member's name")
        case let .tooLong(field, limit):
            let name = fieldName(field, t)
            return t.pick(
                nn: "\(name) kan vere høgst \(limit) teikn", nb: "\(name) kan være høyst \(limit) tegn",
                en: "\(name) may be at most \(limit) characters")
        case let .unknownMunicipality(id, suggestion, valid):
            return t.pick(
                nn: "\(t.quote(id)) er ingen kommune i regionen (gyldige: ", nb: "\(t.quote(id)) er ingen kommune i regionen (gyldige: ",
                en: "\(t.quote(id)) is no municipality of the region (valid: ") + valid.joined(separator: ", ") + ")" + t.didYouMean(suggestion)
        case .notADate(let text):
            return t.pick(
                nn: "datoen skal skrivast ÅÅÅÅ-MM-DD, til dømes 2026-02-23, ikkje \(t.quote(text))",
                nb: "datoen skal skrives ÅÅÅÅ-MM-DD, for eksempel 2026-02-23, ikke \(t.quote(text))",
                en: "the date must be written YYYY-MM-DD, for example 2026-02-23, not \(t.quote(text))")
        case .unknownMethod(let text):
            return t.pick(
                nn: "metoden må vere rank, swing eller pairwise, ikkje \(t.quote(text))",
                nb: "metoden må være rank, swing eller pairwise, ikke \(t.quote(text))",
                en: "the method must be rank, swing or pairwise, not \(t.quote(text))")
        case .unknownRule(let text):
            return t.pick(
                nn: "regelen for rangering må vere centroid, sum eller reciprocal, ikkje \(t.quote(text))",
                nb: "regelen for rangering må være centroid, sum eller reciprocal, ikke \(t.quote(text))",
                en: "the ranking rule must be centroid, sum or reciprocal, not \(t.quote(text))")
        case let .unknownCriterion(id, suggestion, valid):
            return t.pick(
                nn: "\(t.quote(id)) er ikkje eit kriterium i malen (gyldige: ", nb: "\(t.quote(id)) er ikke et kriterium i malen (gyldige: ",
                en: "\(t.quote(id)) is no criterion of the template (valid: ") + valid.joined(separator: ", ") + ")" + t.didYouMean(suggestion)
        case let .inputsMissing(method, criteria):
            let list = t.list(criteria.map(t.quote))
            switch method {
            case .rank:
                return t.pick(
                    nn: "gje kvart kriterium ein rang; desse manglar: \(list)", nb: "gi hvert kriterium en rang; disse mangler: \(list)",
                    en: "give every criterion a rank; these have none: \(list)")
            case .swing:
                return t.pick(
                    nn: "gje kvart kriterium svingpoeng; desse manglar: \(list)", nb: "gi hvert kriterium svingpoeng; disse mangler: \(list)",
                    en: "give every criterion swing points; these have none: \(list)")
            case .pairwise:
                return t.pick(
                    nn: "samanlikn kvart par av kriterium; desse para manglar: \(list)",
                    nb: "sammenlign hvert par av kriterier; disse parene mangler: \(list)",
                    en: "compare every pair of criteria; these pairs are missing: \(list)")
            }
        case let .rankOutOfRange(criterion, value, count):
            return t.pick(
                nn: "rangen til \(t.quote(criterion)) må vere eit heilt tal frå 1 til \(count), ikkje \(t.number(value))",
                nb: "rangen til \(t.quote(criterion)) må være et helt tall fra 1 til \(count), ikke \(t.number(value))",
                en: "the rank of \(t.quote(criterion)) must be a whole number from 1 to \(count), not \(t.number(value))")
        case let .pointsOutOfRange(criterion, value):
            return t.pick(
                nn: "svingpoenga til \(t.quote(criterion)) må vere frå 0 til 100, ikkje \(t.number(value))",
                nb: "svingpoengene til \(t.quote(criterion)) må være fra 0 til 100, ikke \(t.number(value))",
                en: "the swing points of \(t.quote(criterion)) must be from 0 to 100, not \(t.number(value))")
        case .swingTopNot100(let highest):
            return t.pick(
                nn: "det viktigaste svinget skal ha 100 poeng, men det høgaste er \(t.number(highest))",
                nb: "det viktigste svinget skal ha 100 poeng, men det høyeste er \(t.number(highest))",
                en: "the most important swing must have 100 points, but the highest is \(t.number(highest))")
        case let .notOnSaatyScale(first, second, value):
            return t.pick(
                nn: "\(t.quote(first)) mot \(t.quote(second)): \(t.quote(value)) er ikkje på skalaen 1–9 (eller 1/2–1/9)",
                nb: "\(t.quote(first)) mot \(t.quote(second)): \(t.quote(value)) er ikke på skalaen 1–9 (eller 1/2–1/9)",
                en: "\(t.quote(first)) against \(t.quote(second)): \(t.quote(value)) is not on the scale 1–9 (or 1/2–1/9)")
        case let .pairOutOfOrder(first, second):
            return t.pick(
                nn:
                    "paret \(t.quote(first)) mot \(t.quote(second)) skal stå under det kriteriet som kjem først i malen, og eit kriterium blir ikkje samanlikna med seg sjølv",
                nb:
                    "paret \(t.quote(first)) mot \(t.quote(second)) skal stå under det kriteriet som kommer først i malen, og et kriterium sammenlignes ikke med seg selv",
                en:
                    "the pair \(t.quote(first)) against \(t.quote(second)) belongs under the criterion that comes first in the template, and a criterion is not compared with itself"
            )
        }
    }

    private func fieldName(_ field: Field, _ t: Phrasebook) -> String {
        switch field {
        case .member: t.pick(nn: "namnet", nb: "navnet", en: "the name")
        case .role: t.pick(nn: "rolla", nb: "rollen", en: "the role")
        case .note: t.pick(nn: "merknaden", nb: "merknaden", en: "the note")
        }
    }
}
