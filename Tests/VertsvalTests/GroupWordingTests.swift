import Testing
import VertsvalTestSupport

@testable import Vertsval

/// The group view's wording (`GroupExplanationText`) and the judgement file's messages
/// (`JudgementProblem`), key by key: every text is there in nn, nb and en, shows the values
/// it is given, and keeps to the conventions of its language.
@Suite struct GroupWordingTests {
    /// Every key; a new key is added here.
    static let samples: [WordingSample] = [
        .init(
            GroupExplanationText.headline(count: 41, of: 63, first: "<first>", plural: false, template: "<template>", templatePlural: false),
            values: ["41", "63", "<first>", "<template>"]),
        .init(
            GroupExplanationText.headlineAll(of: 63, first: "<first>", plural: true, template: "<template>", templatePlural: true),
            values: ["63", "<first>", "<template>"]),
        .init(GroupExplanationText.othersFirst(count: 27, first: "<first>", plural: false), values: ["27", "<first>"]),
        .init(GroupExplanationText.othersFirst(count: 1, first: "<first>", plural: false), values: ["1", "<first>"]),
        .init(GroupExplanationText.noCandidate),
        .init(GroupExplanationText.groupArithmetic(first: "<first>", plural: false), values: ["<first>"]),
        .init(GroupExplanationText.groupGeometric(first: "<first>", plural: false), values: ["<first>"]),
        .init(GroupExplanationText.candidateMembers(members: "<members>"), values: ["<members>"]),
        .init(GroupExplanationText.withoutSame(count: 31, first: "<first>", plural: false, members: 47), values: ["31", "<first>", "47"]),
        .init(
            GroupExplanationText.withoutDifferent(count: 31, first: "<first>", plural: false, all: "<all>", allPlural: false, members: 47),
            values: ["31", "<first>", "<all>", "47"]),
        // One member left: no «dei 1 andre».
        .init(GroupExplanationText.withoutSame(count: 1, first: "<first>", plural: false, members: 1), values: ["<first>"]),
        .init(
            GroupExplanationText.withoutDifferent(count: 1, first: "<first>", plural: false, all: "<all>", allPlural: false, members: 1),
            values: ["<first>", "<all>"]),
        .init(GroupExplanationText.withoutNoneLeft),
        .init(GroupExplanationText.noCandidateMembers),
        .init(GroupExplanationText.bodyDecides),
        .init(GroupExplanationText.consistent(member: "<member>", ratio: "<ratio>"), values: ["<member>", "<ratio>"]),
        .init(
            GroupExplanationText.inconsistent(member: "<member>", ratio: "<ratio>", judgements: "<judgements>"),
            values: ["<member>", "<ratio>", "<judgements>"]),
        .init(
            GroupExplanationText.judgement(first: "<first>", second: "<second>", given: "<given>", consistent: "<consistent>"),
            values: ["<first>", "<second>", "<given>", "<consistent>"]),
        .init(
            GroupExplanationText.ownScore(
                assessor: "<assessor>", member: "<member>", municipality: "<municipality>", criterion: "<criterion>", own: "<own>",
                others: "<others>", difference: "<difference>"),
            values: ["<assessor>", "<member>", "<municipality>", "<criterion>", "<own>", "<others>", "<difference>"]),
        .init(
            GroupExplanationText.membersDraws(first: "<first>", share: "<share>", samples: "<samples>"), values: ["<first>", "<share>", "<samples>"]),
        .init(
            GroupExplanationText.membersDrawsWithScores(first: "<first>", share: "<share>", samples: "<samples>"),
            values: ["<first>", "<share>", "<samples>"]),
        .init(GroupExplanationText.illustrative),
        .init(GroupExplanationText.someIllustrative(members: "<members>"), values: ["<members>"]),
        .init(GroupExplanationText.thisMember),
        .init(JudgementMessage(.criteriaMissing(method: .swing, criteria: ["<c1>", "<c2>"])), values: ["<c1>", "<c2>", "points"]),
        .init(JudgementMessage(.inputOfOtherMethod(key: "<key>", method: .rank, expected: "<expected>")), values: ["<key>", "rank", "<expected>"]),
        .init(JudgementMessage(.ruleNeedsRank(method: .swing)), values: ["swing"]),
        .init(JudgementMessage(.swingTopNot100(highest: 85)), values: ["85"]),
        .init(JudgementMessage(.notOnSaatyScale(found: "<found>")), values: ["<found>"]),
        .init(JudgementMessage(.pairReversed(first: "<first>", second: "<second>", reciprocal: "<r>")), values: ["<first>", "<second>", "<r>"]),
        .init(JudgementMessage(.pairWithItself(criterion: "<criterion>")), values: ["<criterion>"]),
        .init(JudgementMessage(.pairsMissing(pairs: ["<p1>", "<p2>"])), values: ["<p1>", "<p2>"]),
        .init(JudgementMessage(.templateMismatch(judgement: "<judgement>", case: "<case>")), values: ["<judgement>", "<case>"]),
        .init(JudgementMessage(.duplicateMember(member: "<member>", firstLine: 57)), values: ["<member>", "57"]),
    ]

    @Test("Every key has a text in nn, nb and en that shows its values and keeps to its language", arguments: samples)
    func wording(_ sample: WordingSample) { sample.check() }

    @Test("Keys worded alike are one key")
    func noDuplicates() { WordingSample.checkNoDuplicates(Self.samples) }
}

extension GroupExplanationText: WordingKey {}
/// A judgement problem's message as a wording key.
struct JudgementMessage: WordingKey {
    let problem: JudgementProblem
    init(_ problem: JudgementProblem) { self.problem = problem }
    func text(in language: Language) -> String { problem.message(in: language) }
}
