/// The group's view in words: every sentence is generated from a `GroupView`, every number
/// in it comes from the view.
public struct GroupExplanation: Sendable {
    /// "Under the weights of 4 of 6 members Luster ranks first; under the template's
    /// weights Luster ranks first.", then one sentence per other candidate some member puts
    /// first.
    public var headline: [String]
    /// The group weight: how it is combined and why, and who is first under it.
    public var group: String
    /// The members from candidate municipalities, the result without them, and that the
    /// body decides on impartiality.
    public var impartiality: [String]
    /// The consistency of each member's pairwise comparisons; for CR > 0,10, the judgements
    /// that fit least and the values that would fit.
    public var consistency: [String]
    /// How assessors who are members scored their own municipality against the others.
    public var ownScores: [String]
    /// A notice when any judgement is illustrative.
    public var notice: String?

    /// Writes the view of `view` for the case of `evaluation` in `language`.
    public init(_ view: GroupView, evaluation: Evaluation, language: Language) {
        let writer = GroupWriter(view: view, evaluation: evaluation, language: language)
        headline = writer.headline()
        group = writer.group()
        impartiality = writer.impartiality()
        consistency = writer.consistency()
        ownScores = writer.ownScores()
        // All illustrative (the bundled examples), or only some (a real judgement saved
        // next to them): the notice names which.
        let illustrative = view.members.filter { $0.judgement.illustrative }.map(\.judgement.member)
        if illustrative.isEmpty {
            notice = nil
        } else if illustrative.count == view.members.count {
            notice = GroupExplanationText.illustrative.text(in: language)
        } else {
            notice = GroupExplanationText.someIllustrative(members: Phrasebook(language).list(illustrative)).text(in: language)
        }
    }

    /// The consistency of one member's pairwise comparisons: CR, and when it exceeds
    /// Saaty's 0,10 the judgements that fit the weights least with the values that would
    /// fit (`PairwiseResult.worstJudgements`). `member` nil names no one ("this member").
    public static func consistency(
        of result: PairwiseResult, member: String?, criteria: [Criterion.ID], template: Template, language: Language
    ) -> String {
        let n = NumberFormat(language)
        let who = member ?? GroupExplanationText.thisMember.text(in: language)
        let ratio = n.format(result.consistencyRatio, decimals: 2)
        let worst = result.worstJudgements()
        guard !worst.isEmpty else { return GroupExplanationText.consistent(member: who, ratio: ratio).text(in: language) }
        func name(_ id: Criterion.ID) -> String {
            template.criterion(id).map { ExplanationWriter.inline($0.name.text(language)) } ?? id.rawValue
        }
        let judgements = worst.map { item in
            GroupExplanationText.judgement(
                first: name(criteria[item.first]), second: name(criteria[item.second]), given: SaatyValue.nearest(to: item.given).description,
                consistent: item.consistent.description
            ).text(in: language)
        }
        return GroupExplanationText.inconsistent(member: who, ratio: ratio, judgements: judgements.joined(separator: "; ")).text(in: language)
    }

    /// The sentence about SMAA over the members' weights.
    public static func robustness(_ robustness: MembersRobustness, evaluation: Evaluation, language: Language) -> String? {
        let first = robustness.result.firstRankAcceptability
        guard let best = first.indices.max(by: { (first[$0], -$0) < (first[$1], -$1) }) else { return nil }
        let n = NumberFormat(language)
        let name = evaluation.region.name(of: robustness.municipalities[best])
        let share = n.percent(100 * first[best], decimals: 0)
        let samples = n.format(robustness.result.samples)
        return robustness.scoresUncertain
            ? GroupExplanationText.membersDrawsWithScores(first: name, share: share, samples: samples).text(in: language)
            : GroupExplanationText.membersDraws(first: name, share: share, samples: samples).text(in: language)
    }
}

/// Builds the sentences of a `GroupExplanation`.
struct GroupWriter {
    let view: GroupView
    let evaluation: Evaluation
    let language: Language

    var t: Phrasebook { Phrasebook(language) }
    var n: NumberFormat { NumberFormat(language) }

    func text(_ key: GroupExplanationText) -> String { key.text(in: language) }

    /// "Luster", "Luster og Sogndal", or "ingen kandidat"; and whether it is several.
    func names(_ ids: [Municipality.ID]) -> (String, Bool) {
        guard !ids.isEmpty else { return (text(.noCandidate), false) }
        return (t.list(ids.map { evaluation.region.name(of: $0) }), ids.count > 1)
    }

    func criterionName(_ id: Criterion.ID) -> String {
        evaluation.template.criterion(id).map { ExplanationWriter.inline($0.name.text(language)) } ?? id.rawValue
    }

    /// The candidates some member puts first, most members first (ties in case order).
    func firstPlaces(among indices: [Int]) -> [(municipality: Municipality.ID, count: Int)] {
        let candidates = evaluation.case.candidates.map(\.municipality)
        return candidates.map { ($0, view.membersWithFirst($0, among: indices)) }.filter { $0.1 > 0 }
            .enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element)
    }

    func headline() -> [String] {
        let all = Array(view.members.indices)
        let places = firstPlaces(among: all)
        let (template, templatePlural) = names(view.templateFirst)
        guard let top = places.first else {
            let (none, _) = names([])
            return [text(.headline(count: 0, of: all.count, first: none, plural: false, template: template, templatePlural: templatePlural))]
        }
        let (first, plural) = names([top.municipality])
        var sentences = [
            top.count == all.count && all.count > 1
                ? text(.headlineAll(of: all.count, first: first, plural: plural, template: template, templatePlural: templatePlural))
                : text(.headline(count: top.count, of: all.count, first: first, plural: plural, template: template, templatePlural: templatePlural))
        ]
        for other in places.dropFirst() {
            sentences.append(text(.othersFirst(count: other.count, first: names([other.municipality]).0, plural: false)))
        }
        return sentences
    }

    func group() -> String {
        let (first, plural) = names(view.group.first)
        switch view.group.aggregation {
        case .arithmeticMeanOfWeights: return text(.groupArithmetic(first: first, plural: plural))
        case .geometricMeanOfJudgements: return text(.groupGeometric(first: first, plural: plural))
        }
    }

    func impartiality() -> [String] {
        let marked = view.candidateMembers
        guard !marked.isEmpty else { return [text(.noCandidateMembers)] }
        let list = t.list(
            marked.map { index in
                let member = view.members[index].judgement
                return member.member + " (" + evaluation.region.name(of: member.municipality) + ")"
            })
        var sentences = [text(.candidateMembers(members: list))]
        if let without = view.withoutCandidateMembers {
            let (first, plural) = names(without.first)
            let count = without.first.first.map { view.membersWithFirst($0, among: without.memberIndices) } ?? 0
            if Set(without.first) == Set(view.group.first) {
                sentences.append(text(.withoutSame(count: count, first: first, plural: plural, members: without.memberIndices.count)))
            } else {
                let (all, allPlural) = names(view.group.first)
                sentences.append(
                    text(
                        .withoutDifferent(
                            count: count, first: first, plural: plural, all: all, allPlural: allPlural, members: without.memberIndices.count)))
            }
        } else {
            sentences.append(text(.withoutNoneLeft))
        }
        sentences.append(text(.bodyDecides))
        return sentences
    }

    func consistency() -> [String] {
        view.members.compactMap { member in
            member.pairwise.map {
                GroupExplanation.consistency(
                    of: $0, member: member.judgement.member, criteria: member.judgement.criteria, template: evaluation.template, language: language)
            }
        }
    }

    func ownScores() -> [String] {
        view.ownScores.map { score in
            let member = view.members[score.member].judgement.member
            return text(
                .ownScore(
                    assessor: score.assessor.rawValue, member: member, municipality: evaluation.region.name(of: score.municipality),
                    criterion: criterionName(score.criterion), own: n.format(score.own, decimals: 1), others: n.format(score.others, decimals: 1),
                    difference: n.signed(score.difference, decimals: 1)))
        }
    }
}
