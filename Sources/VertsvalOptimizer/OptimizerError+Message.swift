public import Vertsval

extension OptimizerError {
    /// The error in words: what the user can do about it, never a solver's column name.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .numberOutOfRange:
            return t.pick(
                nn:
                    "tala i porteføljen (verdiar, årsverk eller vekt på tenestene) er for store til at løysaren kan rekne med dei; sjå over tala i fila",
                nb:
                    "tallene i porteføljen (verdier, årsverk eller vekt på tjenestene) er for store til at løseren kan regne med dem; se over tallene i filen",
                en:
                    "the numbers in the portfolio (values, FTE or service importance) are too large for the solver to compute with; check the figures in the file"
            )
        case let .exportFailed(path, reason):
            return t.pick(
                nn: "kan ikkje skrive «\(path)»: \(reason)", nb: "kan ikke skrive «\(path)»: \(reason)", en: "cannot write '\(path)': \(reason)")
        case .sampling(let error):
            return error.message(in: language)
        case .weights(let error):
            return error.message(in: language)
        case .internalFailure(let detail):
            return t.pick(
                nn: "intern feil i vertsval (meld han gjerne frå): \(detail)",
                nb: "intern feil i vertsval (meld den gjerne fra): \(detail)",
                en: "internal error in vertsval (please report it): \(detail)")
        }
    }
}
