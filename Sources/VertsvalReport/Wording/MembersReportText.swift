internal import Vertsval

/// The wording of the members' part of a case report (`MembersReport`): its headings, the
/// captions and columns of its tables, and its chart, in nn, nb and en.
enum MembersReportText: Equatable {
    case heading
    case impartialityHeading
    case membersDrawsHeading
    case membersDrawsCaption(members: Int)
    case membersCaption
    case member
    case method
    case firstUnderOwn
    case consistencyRatio
    case methodName(Judgement.Kind, rule: RankOrderRule?)
    case candidateMark
    case weightsCaption
    case templateColumn
    case groupColumn
    case spreadCaption
    case rangeColumn
    case meanColumn
    case deviationColumn
    case chartTitle
    case chartDescription(criteria: [String])
    case percentWeight
    case ownScoresCaption
    case assessor
    case ownScore
    case othersMean
    case withoutColumn

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .heading: return t.pick(nn: "Vektene til styremedlemmene", nb: "Vektene til styremedlemmene", en: "The board members' weights")
        case .impartialityHeading: return t.pick(nn: "Habilitet", nb: "Habilitet", en: "Impartiality")
        case .membersDrawsHeading:
            return t.pick(nn: "Over vektene til styremedlemmene", nb: "Over vektene til styremedlemmene", en: "Across the board members' weights")
        case let .membersDrawsCaption(members):
            return t.pick(
                nn: "Del av trekningane der kvar kommune kjem på kvar plass, over vektene til dei \(members) medlemmene.",
                nb: "Andel av trekningene der hver kommune kommer på hver plass, over vektene til de \(members) medlemmene.",
                en: "Share of draws in which each municipality takes each place, across the weights of the \(members) members.")
        case .membersCaption:
            return t.pick(
                nn: "Kvart medlem, metoden medlemmet brukte, og kven som er først med vektene til medlemmet.",
                nb: "Hvert medlem, metoden medlemmet brukte, og hvem som er først med vektene til medlemmet.",
                en: "Each member, the method they used, and who is first under their weights.")
        case .member: return t.pick(nn: "Medlem", nb: "Medlem", en: "Member")
        case .method: return t.pick(nn: "Metode", nb: "Metode", en: "Method")
        case .firstUnderOwn: return t.pick(nn: "Først med eigne vekter", nb: "Først med egne vekter", en: "First under own weights")
        case .consistencyRatio: return t.pick(nn: "Konsistens (CR)", nb: "Konsistens (CR)", en: "Consistency (CR)")
        case let .methodName(kind, rule):
            switch (kind, rule) {
            case (.rank, .sum?): return t.pick(nn: "rangering (rangsum)", nb: "rangering (rangsum)", en: "ranking (rank sum)")
            case (.rank, .reciprocal?):
                return t.pick(nn: "rangering (resiprok rang)", nb: "rangering (resiprok rang)", en: "ranking (rank reciprocal)")
            case (.rank, _): return t.pick(nn: "rangering (sentroide)", nb: "rangering (sentroide)", en: "ranking (centroid)")
            case (.swing, _): return t.pick(nn: "svingvekting", nb: "svingvekting", en: "swing weighting")
            case (.pairwise, _): return t.pick(nn: "parvis (AHP)", nb: "parvis (AHP)", en: "pairwise (AHP)")
            }
        case .candidateMark: return t.pick(nn: " (kandidatkommune)", nb: " (kandidatkommune)", en: " (candidate municipality)")
        case .weightsCaption:
            return t.pick(
                nn: "Vekt per kriterium i prosent: malen, kvart medlem og gruppa.",
                nb: "Vekt per kriterium i prosent: malen, hvert medlem og gruppen.",
                en: "Weight per criterion in per cent: the template, each member and the group.")
        case .spreadCaption:
            return t.pick(
                nn: "Spreiinga mellom medlemmene per kriterium, i prosent: lågast–høgast, snitt og standardavvik (over medlemmene).",
                nb: "Spredningen mellom medlemmene per kriterium, i prosent: lavest–høyest, snitt og standardavvik (over medlemmene).",
                en: "The spread among the members per criterion, in per cent: lowest–highest, mean and standard deviation (over the members).")
        case .templateColumn: return t.pick(nn: "Malen", nb: "Malen", en: "Template")
        case .groupColumn: return t.pick(nn: "Gruppa", nb: "Gruppen", en: "Group")
        case .rangeColumn: return t.pick(nn: "Lågast–høgast", nb: "Lavest–høyest", en: "Lowest–highest")
        case .meanColumn: return t.pick(nn: "Snitt", nb: "Snitt", en: "Mean")
        case .deviationColumn: return t.pick(nn: "Standardavvik", nb: "Standardavvik", en: "Standard deviation")
        case .chartTitle:
            return t.pick(
                nn: "Vekt per kriterium: malen, medlemmene og gruppa", nb: "Vekt per kriterium: malen, medlemmene og gruppen",
                en: "Weight per criterion: the template, the members and the group")
        case let .chartDescription(criteria):
            return t.pick(nn: "Gruppevekt per kriterium: ", nb: "Gruppevekt per kriterium: ", en: "Group weight per criterion: ")
                + criteria.joined(separator: "; ") + "."
        case .percentWeight: return t.pick(nn: "% vekt", nb: "% vekt", en: "% weight")
        case .ownScoresCaption:
            return t.pick(
                nn: "Vurderarar som er medlemmer: skåren dei gav eigen kommune, mot snittet av dei andre vurderarane.",
                nb: "Vurderere som er medlemmer: skåren de ga egen kommune, mot snittet av de andre vurdererne.",
                en: "Assessors who are members: the score they gave their own municipality, against the other assessors' mean.")
        case .assessor: return t.pick(nn: "Vurderar", nb: "Vurderer", en: "Assessor")
        case .ownScore: return t.pick(nn: "Eigen skår", nb: "Egen skår", en: "Own score")
        case .othersMean: return t.pick(nn: "Snitt andre", nb: "Snitt andre", en: "Others' mean")
        case .withoutColumn: return t.pick(nn: "Utan kandidatkommunane", nb: "Uten kandidatkommunene", en: "Without candidate municipalities")
        }
    }
}
