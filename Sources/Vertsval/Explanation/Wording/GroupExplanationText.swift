/// The wording of the group's view (`GroupExplanation`): every sentence and fragment about
/// the members' own judgements, in nn, nb and en. Figures come formatted from the writer.
enum GroupExplanationText: Equatable {
    case headline(count: Int, of: Int, first: String, plural: Bool, template: String, templatePlural: Bool)
    case headlineAll(of: Int, first: String, plural: Bool, template: String, templatePlural: Bool)
    case othersFirst(count: Int, first: String, plural: Bool)
    case noCandidate
    case groupArithmetic(first: String, plural: Bool)
    case groupGeometric(first: String, plural: Bool)
    case candidateMembers(members: String)
    case withoutSame(count: Int, first: String, plural: Bool, members: Int)
    case withoutDifferent(count: Int, first: String, plural: Bool, all: String, allPlural: Bool, members: Int)
    case withoutNoneLeft
    case noCandidateMembers
    case bodyDecides
    case consistent(member: String, ratio: String)
    case inconsistent(member: String, ratio: String, judgements: String)
    case judgement(first: String, second: String, given: String, consistent: String)
    case ownScore(assessor: String, member: String, municipality: String, criterion: String, own: String, others: String, difference: String)
    case membersDraws(first: String, share: String, samples: String)
    case membersDrawsWithScores(first: String, share: String, samples: String)
    case illustrative
    case someIllustrative(members: String)
    case thisMember

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .headline(count, total, first, plural, template, templatePlural):
            let verb = plural ? t.pick(nn: "er", nb: "er", en: "rank") : t.pick(nn: "er", nb: "er", en: "ranks")
            let templateVerb = templatePlural ? "rank" : "ranks"
            return t.pick(
                nn: "Med vektene til \(count) av \(total) medlemmer er \(first) først; med vektene i malen er \(template) først.",
                nb: "Med vektene til \(count) av \(total) medlemmer er \(first) først; med vektene i malen er \(template) først.",
                en:
                    "Under the weights of \(count) of \(total) members \(first) \(verb) first; under the template's weights \(template) \(templateVerb) first."
            )
        case let .headlineAll(total, first, plural, template, templatePlural):
            let verb = plural ? "rank" : "ranks"
            let templateVerb = templatePlural ? "rank" : "ranks"
            return t.pick(
                nn: "Med vektene til kvart av dei \(total) medlemmene er \(first) først; med vektene i malen er \(template) først.",
                nb: "Med vektene til hvert av de \(total) medlemmene er \(first) først; med vektene i malen er \(template) først.",
                en:
                    "Under the weights of each of the \(total) members \(first) \(verb) first; under the template's weights \(template) \(templateVerb) first."
            )
        case let .othersFirst(count, first, plural):
            let verb = plural ? "rank" : "ranks"
            return count == 1
                ? t.pick(
                    nn: "Med vektene til 1 medlem er \(first) først.", nb: "Med vektene til 1 medlem er \(first) først.",
                    en: "Under the weights of 1 member \(first) \(verb) first.")
                : t.pick(
                    nn: "Med vektene til \(count) medlemmer er \(first) først.", nb: "Med vektene til \(count) medlemmer er \(first) først.",
                    en: "Under the weights of \(count) members \(first) \(verb) first.")
        case .noCandidate: return t.pick(nn: "ingen kandidat", nb: "ingen kandidat", en: "no candidate")
        case let .groupArithmetic(first, plural):
            let verb = plural ? "rank" : "ranks"
            return t.pick(
                nn:
                    "Gruppevekta er gjennomsnittet av dei normaliserte vektene til medlemmene, sidan dei har brukt ulike metodar og ikkje har vurderingar å slå saman; med gruppevekta er \(first) først.",
                nb:
                    "Gruppevekten er gjennomsnittet av de normaliserte vektene til medlemmene, siden de har brukt ulike metoder og ikke har vurderinger å slå sammen; med gruppevekten er \(first) først.",
                en:
                    "The group weight is the mean of the members' normalised weights, as they used different methods and have no common judgements to combine; under the group weight \(first) \(verb) first."
            )
        case let .groupGeometric(first, plural):
            let verb = plural ? "rank" : "ranks"
            return t.pick(
                nn:
                    "Alle medlemmene har samanlikna kriteria parvis, så gruppevekta kjem frå det geometriske snittet av dei parvise vurderingane deira, den einaste samanslåinga som held a over b lik 1 delt på b over a (Aczél og Saaty 1983); med gruppevekta er \(first) først.",
                nb:
                    "Alle medlemmene har sammenlignet kriteriene parvis, så gruppevekten kommer fra det geometriske snittet av de parvise vurderingene deres, den eneste sammenslåingen som holder a over b lik 1 delt på b over a (Aczél og Saaty 1983); med gruppevekten er \(first) først.",
                en:
                    "Every member compared the criteria in pairs, so the group weight comes from the geometric mean of their pairwise judgements, the only synthesis that keeps a over b equal to 1 over b over a (Aczél and Saaty 1983); under the group weight \(first) \(verb) first."
            )
        case let .candidateMembers(members):
            return t.pick(
                nn: "Frå kommunar som er kandidatar i saka: \(members).", nb: "Fra kommuner som er kandidater i saken: \(members).",
                en: "From municipalities that are candidates in the case: \(members).")
        case let .withoutSame(count, first, plural, members):
            let verb = plural ? "rank" : "ranks"
            if members == 1 {
                // One member left: the group weight is that member's weights.
                return t.pick(
                    nn:
                        "Utan vurderingane deira er \(first) først med vektene til det einaste medlemmet som er att; førsteplassen er den same som med alle medlemmene.",
                    nb:
                        "Uten vurderingene deres er \(first) først med vektene til det eneste medlemmet som er igjen; førsteplassen er den samme som med alle medlemmene.",
                    en:
                        "Without their judgements \(first) \(verb) first under the weights of the one remaining member; first place is the same as with all members."
                )
            }
            return t.pick(
                nn:
                    "Utan vurderingane deira er \(first) først med gruppevekta til dei \(members) andre, og med vektene til \(count) av dei; førsteplassen er den same som med alle medlemmene.",
                nb:
                    "Uten vurderingene deres er \(first) først med gruppevekten til de \(members) andre, og med vektene til \(count) av dem; førsteplassen er den samme som med alle medlemmene.",
                en:
                    "Without their judgements \(first) \(verb) first under the group weight of the other \(members), and under the weights of \(count) of them; first place is the same as with all members."
            )
        case let .withoutDifferent(count, first, plural, all, allPlural, members):
            let verb = plural ? "rank" : "ranks"
            let allVerb = allPlural ? "rank" : "ranks"
            if members == 1 {
                return t.pick(
                    nn:
                        "Utan vurderingane deira er \(first) først med vektene til det einaste medlemmet som er att; med alle medlemmene er \(all) først.",
                    nb:
                        "Uten vurderingene deres er \(first) først med vektene til det eneste medlemmet som er igjen; med alle medlemmene er \(all) først.",
                    en:
                        "Without their judgements \(first) \(verb) first under the weights of the one remaining member; with all members \(all) \(allVerb) first."
                )
            }
            return t.pick(
                nn:
                    "Utan vurderingane deira er \(first) først med gruppevekta til dei \(members) andre, og med vektene til \(count) av dei; med alle medlemmene er \(all) først.",
                nb:
                    "Uten vurderingene deres er \(first) først med gruppevekten til de \(members) andre, og med vektene til \(count) av dem; med alle medlemmene er \(all) først.",
                en:
                    "Without their judgements \(first) \(verb) first under the group weight of the other \(members), and under the weights of \(count) of them; with all members \(all) \(allVerb) first."
            )
        case .withoutNoneLeft:
            return t.pick(
                nn: "Alle medlemmene er frå kandidatkommunar, så det finst ikkje noko resultat utan dei.",
                nb: "Alle medlemmene er fra kandidatkommuner, så det finnes ikke noe resultat uten dem.",
                en: "Every member is from a candidate municipality, so there is no result without them.")
        case .noCandidateMembers:
            return t.pick(
                nn: "Ingen av medlemmene er frå ein kommune som er kandidat i saka.",
                nb: "Ingen av medlemmene er fra en kommune som er kandidat i saken.",
                en: "None of the members is from a municipality that is a candidate in the case.")
        case .bodyDecides:
            return t.pick(
                nn: "Verktøyet viser resultatet begge vegar og avgjer ikkje habilitet; det gjer organet (forvaltningslova § 6).",
                nb: "Verktøyet viser resultatet begge veier og avgjør ikke habilitet; det gjør organet (forvaltningsloven § 6).",
                en: "The tool shows the result both ways and does not decide impartiality; the body does (Public Administration Act § 6).")
        case .thisMember: return t.pick(nn: "dette medlemmet", nb: "dette medlemmet", en: "this member")
        case let .consistent(member, ratio):
            return t.pick(
                nn: "Dei parvise vurderingane til \(member) har konsistensforhold \(ratio), innanfor grensa 0,10 til Saaty.",
                nb: "De parvise vurderingene til \(member) har konsistensforhold \(ratio), innenfor grensen 0,10 til Saaty.",
                en: "The pairwise judgements of \(member) have a consistency ratio of \(ratio), within Saaty's limit of 0.10.")
        case let .inconsistent(member, ratio, judgements):
            return t.pick(
                nn:
                    "Dei parvise vurderingane til \(member) har konsistensforhold \(ratio), over grensa 0,10 til Saaty. Desse passar dårlegast med vektene: \(judgements).",
                nb:
                    "De parvise vurderingene til \(member) har konsistensforhold \(ratio), over grensen 0,10 til Saaty. Disse passer dårligst med vektene: \(judgements).",
                en:
                    "The pairwise judgements of \(member) have a consistency ratio of \(ratio), above Saaty's limit of 0.10. These fit the weights least: \(judgements)."
            )
        case let .judgement(first, second, given, consistent):
            return t.pick(
                nn: "\(first) mot \(second) er sett til \(given), medan \(consistent) ville passe",
                nb: "\(first) mot \(second) er satt til \(given), mens \(consistent) ville passe",
                en: "\(first) against \(second) is given \(given), where \(consistent) would fit")
        case let .ownScore(assessor, member, municipality, criterion, own, others, difference):
            return t.pick(
                nn:
                    "Vurderar \(assessor) (\(member)) skåra \(municipality) til \(own) på \(criterion); dei andre vurderarane i snitt \(others) (\(difference)).",
                nb:
                    "Vurderer \(assessor) (\(member)) skåret \(municipality) til \(own) på \(criterion); de andre vurdererne i snitt \(others) (\(difference)).",
                en:
                    "Assessor \(assessor) (\(member)) scored \(municipality) \(own) on \(criterion); the other assessors \(others) on average (\(difference))."
            )
        case let .membersDraws(first, share, samples):
            return t.pick(
                nn:
                    "Når kvar trekning tek vektene til eitt av medlemmene (alle like sannsynlege, \(samples) trekningar), er \(first) først i \(share) av trekningane.",
                nb:
                    "Når hver trekning tar vektene til ett av medlemmene (alle like sannsynlige, \(samples) trekninger), er \(first) først i \(share) av trekningene.",
                en:
                    "When each draw takes the weights of one member (all equally likely, \(samples) draws), \(first) is first in \(share) of the draws."
            )
        case let .membersDrawsWithScores(first, share, samples):
            return t.pick(
                nn:
                    "Når kvar trekning tek vektene til eitt av medlemmene (alle like sannsynlege) og skåringane varierer innanfor anslaga (\(samples) trekningar), er \(first) først i \(share) av trekningane.",
                nb:
                    "Når hver trekning tar vektene til ett av medlemmene (alle like sannsynlige) og skåringene varierer innenfor anslagene (\(samples) trekninger), er \(first) først i \(share) av trekningene.",
                en:
                    "When each draw takes the weights of one member (all equally likely) and the scores vary within their estimates (\(samples) draws), \(first) is first in \(share) of the draws."
            )
        case .illustrative:
            return t.pick(
                nn: "Vurderingane til medlemmene er illustrerande og er ikkje gjevne av styremedlemmene.",
                nb: "Vurderingene til medlemmene er illustrerende og er ikke gitt av styremedlemmene.",
                en: "The members' judgements are illustrative and were not given by the board members.")
        case let .someIllustrative(members):
            return t.pick(
                nn: "Vurderingane til \(members) er illustrerande og er ikkje gjevne av styremedlemmene.",
                nb: "Vurderingene til \(members) er illustrerende og er ikke gitt av styremedlemmene.",
                en: "The judgements of \(members) are illustrative and were not given by the board members.")
        }
    }
}
