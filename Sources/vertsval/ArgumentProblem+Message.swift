import Vertsval

extension ArgumentProblem {
    /// The mistake in words, without the "vertsval: feil: " prefix.
    func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .missingValue(option):
            return t.pick(nn: "\(t.quote(option)) manglar verdi", nb: "\(t.quote(option)) mangler verdi", en: "\(t.quote(option)) needs a value")
        case let .unknownOption(name, suggestion):
            return t.pick(nn: "ukjend val \(t.quote(name))", nb: "ukjent valg \(t.quote(name))", en: "unknown option \(t.quote(name))")
                + t.didYouMean(suggestion)
        case let .invalidValue(value, argument, allowed, reason):
            let target = argument.map { t.pick(nn: " for \(t.quote($0))", nb: " for \(t.quote($0))", en: " for \(t.quote($0))") } ?? ""
            var text = t.pick(
                nn: "\(t.quote(value)) er ikkje ein gyldig verdi\(target)", nb: "\(t.quote(value)) er ikke en gyldig verdi\(target)",
                en: "\(t.quote(value)) is not a valid value\(target)")
            if !allowed.isEmpty {
                text += t.pick(nn: "; vel ", nb: "; velg ", en: "; choose ") + t.alternatives(allowed.map(t.quote))
            } else if let reason {
                text += ": " + reason
            }
            return text
        case let .missingArgument(names):
            if names.count == 1 {
                return t.pick(nn: "manglar argumentet ", nb: "mangler argumentet ", en: "missing argument ") + t.quote(names[0])
            }
            return t.pick(nn: "manglar eitt av argumenta ", nb: "mangler ett av argumentene ", en: "missing one of the arguments ")
                + t.alternatives(names.map(t.quote))
        case let .unexpectedArguments(values):
            let quoted = t.list(values.map(t.quote))
            if values.count == 1 {
                return t.pick(nn: "uventa argument ", nb: "uventet argument ", en: "unexpected argument ") + quoted
            }
            return t.pick(
                nn: "\(values.count) uventa argument: ", nb: "\(values.count) uventede argumenter: ", en: "\(values.count) unexpected arguments: ")
                + quoted
        case let .valueForFlag(option, value):
            return t.pick(
                nn: "\(t.quote(option)) tek ingen verdi, men fekk \(t.quote(value))",
                nb: "\(t.quote(option)) tar ingen verdi, men fikk \(t.quote(value))",
                en: "\(t.quote(option)) takes no value, but got \(t.quote(value))")
        case let .invalidOption(option):
            return t.pick(nn: "ugyldig val \(t.quote(option))", nb: "ugyldig valg \(t.quote(option))", en: "invalid option \(t.quote(option))")
        case let .other(message):
            return message
        }
    }

    /// "Sjå «vertsval evaluate --help».": where to read more.
    static func hint(helpCommand: String, in language: Language) -> String {
        let t = Phrasebook(language)
        return t.pick(nn: "Sjå ", nb: "Se ", en: "See ") + t.quote(helpCommand) + "."
    }
}
