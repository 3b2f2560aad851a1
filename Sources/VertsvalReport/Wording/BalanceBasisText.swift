internal import Vertsval

/// The wording that says what the portfolio's balance table counts, next to what the cases'
/// regional-balance criterion counts, in nn, nb and en.
enum BalanceBasisText: Equatable {
    case todayColumn(basis: ComputedMeasure.HostingBasis)
    case criterionBasis(criterion: String, basis: ComputedMeasure.HostingBasis, total: String, column: String)
    case contrast(municipality: String, today: String, after: String, population: String)
    case todayShare(share: String, basis: ComputedMeasure.HostingBasis)

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .todayColumn(.arrangements): return t.pick(nn: "Ordningar i dag", nb: "Ordninger i dag", en: "Arrangements today")
        case .todayColumn(.fte): return t.pick(nn: "Årsverk i dag", nb: "Årsverk i dag", en: "FTE today")
        case let .criterionBasis(criterion, .arrangements, total, column):
            return t.pick(
                nn:
                    "«\(column)» er grunnlaget for kriteriet «\(criterion)» i sakene: ordningane med kjend vertskommune i registeret i regionfila i dag (\(total) i alt), kvar talt éin gong same kor mange årsverk ho har.",
                nb:
                    "«\(column)» er grunnlaget for kriteriet «\(criterion)» i sakene: ordningene med kjent vertskommune i registeret i regionfilen i dag (\(total) i alt), hver talt én gang uansett hvor mange årsverk den har.",
                en:
                    "'\(column)' is the basis of the criterion '\(criterion)' in the cases: the arrangements with a known host in the region file's register today (\(total) in all), each counted once however many FTE it has."
            )
        case let .criterionBasis(criterion, .fte, total, column):
            return t.pick(
                nn:
                    "«\(column)» er grunnlaget for kriteriet «\(criterion)» i sakene: årsverka i ordningane med kjend vertskommune i registeret i regionfila i dag (\(total) i alt).",
                nb:
                    "«\(column)» er grunnlaget for kriteriet «\(criterion)» i sakene: årsverkene i ordningene med kjent vertskommune i registeret i regionfilen i dag (\(total) i alt).",
                en:
                    "'\(column)' is the basis of the criterion '\(criterion)' in the cases: the FTE in the arrangements with a known host in the region file's register today (\(total) in all)."
            )
        case let .todayShare(share, .arrangements):
            return t.pick(nn: "\(share) av ordningane i dag", nb: "\(share) av ordningene i dag", en: "\(share) of the arrangements today")
        case let .todayShare(share, .fte):
            return t.pick(
                nn: "\(share) av årsverka i registeret i dag", nb: "\(share) av årsverkene i registeret i dag",
                en: "\(share) of the FTE in the register today")
        case let .contrast(municipality, today, after, population):
            return t.pick(
                nn:
                    "Størst skilnad mellom grunnlaga: \(municipality) har \(today), men \(after) av årsverka etter tildelinga, og \(population) av folketalet.",
                nb:
                    "Størst forskjell mellom grunnlagene: \(municipality) har \(today), men \(after) av årsverkene etter tildelingen, og \(population) av folketallet.",
                en:
                    "Largest gap between the bases: \(municipality) has \(today), but \(after) of the FTE after the assignment, and \(population) of the population."
            )
        }
    }
}
