extension WeightError {
    /// The error in words, with the closest valid criterion id for a typo.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .unknownCriterion(id, suggestion, valid):
            let start = t.pick(nn: "ukjend kriterium «\(id)»", nb: "ukjent kriterium «\(id)»", en: "unknown criterion '\(id)'")
            if suggestion != nil { return start + t.didYouMean(suggestion?.rawValue) }
            return start + t.pick(nn: "; gyldige: ", nb: "; gyldige: ", en: "; valid: ") + valid.rawValues().joined(separator: ", ")
        case let .invalidPoints(id, value):
            return t.pick(
                nn: "vekta for «\(id)» må vere eit tal frå 0 til 1 000 000 poeng, fekk \(t.number(value))",
                nb: "vekten for «\(id)» må være et tall fra 0 til 1 000 000 poeng, fikk \(t.number(value))",
                en: "the weight of '\(id)' must be a number from 0 to 1,000,000 points, got \(t.number(value))")
        case .allZero:
            return Problem.weightsAllZero.message(in: language)
        }
    }
}
