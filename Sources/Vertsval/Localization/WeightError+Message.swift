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
                nn: "vekta for «\(id)» må vere eit endeleg tal ≥ 0, fekk \(t.number(value))",
                nb: "vekten for «\(id)» må være et endelig tall ≥ 0, fikk \(t.number(value))",
                en: "the weight of '\(id)' must be a finite number ≥ 0, got \(t.number(value))")
        case .allZero:
            return Problem.weightsAllZero.message(in: language)
        }
    }
}
