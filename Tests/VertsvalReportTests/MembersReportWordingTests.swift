import Testing
import Vertsval
import VertsvalTestSupport

@testable import VertsvalReport

/// The members' report wording (`MembersReportText`), key by key: every text is there in nn,
/// nb and en, shows the values it is given, and keeps to the conventions of its language.
@Suite struct MembersReportWordingTests {
    /// Every key of the catalogue; a new key is added here.
    static let samples: [WordingSample] =
        [
            .init(MembersReportText.heading),
            .init(MembersReportText.impartialityHeading),
            .init(MembersReportText.membersDrawsHeading),
            .init(MembersReportText.membersDrawsCaption(members: 47), values: ["47"]),
            .init(MembersReportText.membersCaption),
            .init(MembersReportText.member),
            .init(MembersReportText.method),
            .init(MembersReportText.firstUnderOwn),
            .init(MembersReportText.consistencyRatio),
            .init(MembersReportText.candidateMark),
            .init(MembersReportText.weightsCaption),
            .init(MembersReportText.templateColumn),
            .init(MembersReportText.groupColumn),
            .init(MembersReportText.spreadCaption),
            .init(MembersReportText.rangeColumn),
            .init(MembersReportText.meanColumn),
            .init(MembersReportText.deviationColumn),
            .init(MembersReportText.chartTitle),
            .init(MembersReportText.chartDescription(criteria: ["<criteria1>", "<criteria2>"]), values: ["<criteria1>", "<criteria2>"]),
            .init(MembersReportText.percentWeight),
            .init(MembersReportText.ownScoresCaption),
            .init(MembersReportText.assessor),
            .init(MembersReportText.ownScore),
            .init(MembersReportText.othersMean),
            .init(MembersReportText.withoutColumn),
        ]
        + Judgement.Kind.allCases.flatMap { kind in
            (kind == .rank ? RankOrderRule.allCases.map { Optional($0) } : [nil]).map { rule in
                WordingSample(MembersReportText.methodName(kind, rule: rule))
            }
        }

    @Test("Every key has a text in nn, nb and en that shows its values and keeps to its language", arguments: samples)
    func wording(_ sample: WordingSample) { sample.check() }

    @Test("Keys worded alike are one key")
    func noDuplicates() { WordingSample.checkNoDuplicates(Self.samples) }
}

extension MembersReportText: VertsvalTestSupport.WordingKey {}
