import Testing
import VertsvalTestSupport

@testable import Vertsval

/// The explanations' wording catalogues (`CaseExplanationText`, `RobustnessExplanationText`),
/// key by key: every text is there in nn, nb and en, shows the values it is given, and keeps
/// to the conventions of its language.
@Suite struct ExplanationWordingTests {
    /// Every key of every catalogue; a new key is added here.
    static let samples: [WordingSample] = [
        // CaseExplanationText
        .init(CaseExplanationText.withScenarioWeights(scenario: "<scenario>"), values: ["<scenario>"]),
        .init(CaseExplanationText.withRunWeights),
        .init(CaseExplanationText.withCaseWeights),
        .init(CaseExplanationText.byTemplate),
        .init(CaseExplanationText.withScenarioScores(scenario: "<scenario>"), values: ["<scenario>"]),
        .init(CaseExplanationText.withRunScores),
        .init(CaseExplanationText.withScenarioWeightsAndScores(scenario: "<scenario>"), values: ["<scenario>"]),
        .init(CaseExplanationText.withRunWeightsAndScores),
        .init(CaseExplanationText.andScenarioScores(basis: "<basis>", scenario: "<scenario>"), values: ["<basis>", "<scenario>"]),
        .init(CaseExplanationText.andRunScores(basis: "<basis>"), values: ["<basis>"]),
        .init(CaseExplanationText.templateWeightsReference),
        .init(CaseExplanationText.filedScoresReference),
        .init(CaseExplanationText.filedScoresAndTemplateWeightsReference),
        .init(CaseExplanationText.templateLeavesNoCandidate(reference: "<reference>"), values: ["<reference>"]),
        .init(CaseExplanationText.templateOnlyCandidate(reference: "<reference>", leader: "<leader>"), values: ["<reference>", "<leader>"]),
        .init(
            CaseExplanationText.templateAlsoBest(reference: "<reference>", leader: "<leader>", margin: "<margin>", runnerUp: "<runnerUp>"),
            values: ["<reference>", "<leader>", "<margin>", "<runnerUp>"]),
        .init(
            CaseExplanationText.templateBest(reference: "<reference>", leader: "<leader>", margin: "<margin>", runnerUp: "<runnerUp>"),
            values: ["<reference>", "<leader>", "<margin>", "<runnerUp>"]),
        .init(CaseExplanationText.boardAdvises),
        .init(CaseExplanationText.illustrativeScores),
        .init(CaseExplanationText.noCandidateNoHost),
        .init(
            CaseExplanationText.practicallyLevelAsHost(basis: "<basis>", leader: "<leader>", runnerUp: "<runnerUp>", service: "<service>"),
            values: ["<basis>", "<leader>", "<runnerUp>", "<service>"]),
        .init(
            CaseExplanationText.onlyRemainingHost(basis: "<basis>", leader: "<leader>", service: "<service>"),
            values: ["<basis>", "<leader>", "<service>"]),
        .init(
            CaseExplanationText.comesOutBest(basis: "<basis>", leader: "<leader>", service: "<service>", margin: "<margin>", runnerUp: "<runnerUp>"),
            values: ["<basis>", "<leader>", "<service>", "<margin>", "<runnerUp>"]),
        .init(CaseExplanationText.noCandidateToRank),
        .init(CaseExplanationText.onlyRemaining(leader: "<leader>", total: "<total>"), values: ["<leader>", "<total>"]),
        .init(
            CaseExplanationText.practicallyLevel(leader: "<leader>", runnerUp: "<runnerUp>", total: "<total>", runnerUpTotal: "<runnerUpTotal>"),
            values: ["<leader>", "<runnerUp>", "<total>", "<runnerUpTotal>"]),
        .init(
            CaseExplanationText.ranksFirst(
                leader: "<leader>", total: "<total>", margin: "<margin>", runnerUp: "<runnerUp>", runnerUpTotal: "<runnerUpTotal>"),
            values: ["<leader>", "<total>", "<margin>", "<runnerUp>", "<runnerUpTotal>"]),
        .init(CaseExplanationText.nextComePrefix),
        .init(CaseExplanationText.leaderDominates(leader: "<leader>", runnerUp: "<runnerUp>"), values: ["<leader>", "<runnerUp>"]),
        .init(CaseExplanationText.declinedToHost),
        .init(CaseExplanationText.notDeclaredWilling),
        .init(CaseExplanationText.belowMinimumLevel(level: 27, criterion: "<criterion>", minimum: 34), values: ["27", "<criterion>", "34"]),
        .init(
            CaseExplanationText.worseThanLimit(value: "<value>", criterion: "<criterion>", limit: "<limit>"),
            values: ["<value>", "<criterion>", "<limit>"]),
        .init(CaseExplanationText.excludedBecause(municipality: "<municipality>", reasons: "<reasons>"), values: ["<municipality>", "<reasons>"]),
        .init(CaseExplanationText.totalShownNotRanked(total: "<total>"), values: ["<total>"]),
        .init(CaseExplanationText.gainsMost(leader: "<leader>", criteria: "<criteria>"), values: ["<leader>", "<criteria>"]),
        .init(CaseExplanationText.shareOfLead(share: "<share>", gross: "<gross>", leader: "<leader>"), values: ["<share>", "<gross>", "<leader>"]),
        .init(
            CaseExplanationText.winsBack(runnerUp: "<runnerUp>", wonBack: "<wonBack>", criteria: "<criteria>"),
            values: ["<runnerUp>", "<wonBack>", "<criteria>"]),
        .init(CaseExplanationText.runnerUpNowhereBetter(runnerUp: "<runnerUp>", leader: "<leader>"), values: ["<runnerUp>", "<leader>"]),
        .init(CaseExplanationText.noSingleCriterionDecides(leader: "<leader>"), values: ["<leader>"]),
        .init(CaseExplanationText.leadDecides(criterion: "<criterion>", runnerUp: "<runnerUp>"), values: ["<criterion>", "<runnerUp>"]),
        .init(CaseExplanationText.eachCriterionDecides(runnerUp: "<runnerUp>", criteria: "<criteria>"), values: ["<runnerUp>", "<criteria>"]),
        .init(
            CaseExplanationText.smallestWeightChange(runnerUp: "<runnerUp>", raise: true, criterion: "<criterion>", now: "<now>", at: "<at>"),
            values: ["<runnerUp>", "<criterion>", "<now>", "<at>"]),
        .init(
            CaseExplanationText.smallestWeightChange(runnerUp: "<runnerUp>", raise: false, criterion: "<criterion>", now: "<now>", at: "<at>"),
            values: ["<runnerUp>", "<criterion>", "<now>", "<at>"]),
        .init(
            CaseExplanationText.overtakesFirst(other: "<other>", leader: "<leader>", weight: "<weight>"), values: ["<other>", "<leader>", "<weight>"]),
        .init(CaseExplanationText.noWeightAlone(criteria: "<criteria>", runnerUp: "<runnerUp>"), values: ["<criteria>", "<runnerUp>"]),
        .init(CaseExplanationText.noWeightChange(runnerUp: "<runnerUp>"), values: ["<runnerUp>"]),
        .init(CaseExplanationText.smallestScoreChangePrefix(newLeader: "<newLeader>"), values: ["<newLeader>"]),
        .init(CaseExplanationText.noScoreChange(runnerUp: "<runnerUp>"), values: ["<runnerUp>"]),
        .init(CaseExplanationText.levelChangeShort(municipality: "<municipality>", from: 41, to: 48), values: ["<municipality>", "41", "48"]),
        .init(
            CaseExplanationText.levelChange(municipality: "<municipality>", from: 55, to: 62, criterion: "<criterion>"),
            values: ["<municipality>", "55", "62", "<criterion>"]),
        .init(CaseExplanationText.above),
        .init(CaseExplanationText.below),
        .init(
            CaseExplanationText.measureChangeShort(municipality: "<municipality>", bound: "<bound>", to: "<to>", unit: "<unit>", from: "<from>"),
            values: ["<municipality>", "<bound>", "<to>", "<unit>", "<from>"]),
        .init(
            CaseExplanationText.measureChange(
                municipality: "<municipality>", bound: "<bound>", to: "<to>", unit: "<unit>", criterion: "<criterion>", from: "<from>"),
            values: ["<municipality>", "<bound>", "<to>", "<unit>", "<criterion>", "<from>"]),
        .init(
            CaseExplanationText.travelTimeComputed(criterion: "<criterion>", count: 69, values: "<values>"),
            values: ["<criterion>", "69", "<values>"]),
        .init(CaseExplanationText.travelTimesEstimated),
        .init(
            CaseExplanationText.hostedShare(
                municipality: "<municipality>", amount: "<amount>", total: "<total>", share: "<share>", population: "<population>"),
            values: ["<municipality>", "<amount>", "<total>", "<share>", "<population>"]),
        .init(CaseExplanationText.fteWithKnownHost),
        .init(CaseExplanationText.arrangementsWithKnownHost),
        .init(
            CaseExplanationText.hostedShareGapComputed(criterion: "<criterion>", hosting: "<hosting>", shares: "<shares>", values: "<values>"),
            values: ["<criterion>", "<hosting>", "<shares>", "<values>"]),
        .init(CaseExplanationText.stepsAside),
        .init(CaseExplanationText.notDisqualified),
        .init(CaseExplanationText.disqualificationUndecided),
        .init(CaseExplanationText.disqualificationDecidedByBody),
        .init(CaseExplanationText.templateWeights),
        .init(
            CaseExplanationText.caseChangesWeight(criterion: "<criterion>", from: "<from>", to: "<to>", points: "<points>", reason: "<reason>"),
            values: ["<criterion>", "<from>", "<to>", "<points>", "<reason>"]),
        .init(
            CaseExplanationText.scenarioChangesWeight(
                scenario: "<scenario>", criterion: "<criterion>", from: "<from>", to: "<to>", points: "<points>", reason: "<reason>"),
            values: ["<scenario>", "<criterion>", "<from>", "<to>", "<points>", "<reason>"]),
        .init(
            CaseExplanationText.runChangesWeight(criterion: "<criterion>", from: "<from>", to: "<to>", points: "<points>"),
            values: ["<criterion>", "<from>", "<to>", "<points>"]),
        .init(CaseExplanationText.weightsRescaled),
        // RobustnessExplanationText
        .init(RobustnessExplanationText.templateWeightsSpace),
        .init(RobustnessExplanationText.spreadSpace(percent: "<percent>"), values: ["<percent>"]),
        .init(RobustnessExplanationText.ordinalSpace),
        .init(RobustnessExplanationText.allWeightsSpace),
        .init(RobustnessExplanationText.bestIn(leader: "<leader>", share: "<share>", space: "<space>"), values: ["<leader>", "<share>", "<space>"]),
        .init(RobustnessExplanationText.scoresVaryToo),
        .init(RobustnessExplanationText.mostSensitive(criterion: "<criterion>"), values: ["<criterion>"]),
        .init(
            RobustnessExplanationText.confidence(municipality: "<municipality>", confidence: "<confidence>"),
            values: ["<municipality>", "<confidence>"]),
        .init(
            RobustnessExplanationText.samplesAndError(samples: "<samples>", seed: 76, error: "<error>", interval: "<interval>"),
            values: ["<samples>", "76", "<error>", "<interval>"]),
        .init(RobustnessExplanationText.mostSensitiveOfWeights(criterion: "<criterion>"), values: ["<criterion>"]),
        .init(
            RobustnessExplanationText.movedByScores(leader: "<leader>", scoresOnly: "<s>", weightsOnly: "<w>"), values: ["<leader>", "<s>", "<w>"]),
        .init(
            RobustnessExplanationText.movedByWeights(leader: "<leader>", weightsOnly: "<w>", scoresOnly: "<s>"), values: ["<leader>", "<s>", "<w>"]),
        .init(
            RobustnessExplanationText.movedByBoth(leader: "<leader>", weightsOnly: "<w>", scoresOnly: "<s>"), values: ["<leader>", "<s>", "<w>"]),
        .init(
            RobustnessExplanationText.movedByNeither(leader: "<leader>", weightsOnly: "<w>", scoresOnly: "<s>"), values: ["<leader>", "<s>", "<w>"]),
        .init(RobustnessExplanationText.rangesAbove(municipality: "<m>", criteria: ["<a>", "<b>"]), values: ["<m>", "<a>", "<b>"]),
        .init(RobustnessExplanationText.rangesBelow(municipality: "<m>", criteria: ["<a>"]), values: ["<m>", "<a>"]),
        .init(RobustnessExplanationText.ownUncertaintyPrefix),
        .init(
            RobustnessExplanationText.notRobust(ranked: "<ranked>", leader: "<leader>", share: "<share>"),
            values: ["<ranked>", "<leader>", "<share>"]),
        .init(RobustnessExplanationText.shareOfDraws(municipality: "<municipality>", share: "<share>"), values: ["<municipality>", "<share>"]),
    ]

    @Test("Every key has a text in nn, nb and en that shows its values and keeps to its language", arguments: samples)
    func wording(_ sample: WordingSample) {
        sample.check()
    }

    @Test("Keys worded alike are one key: no two keys of the catalogues have the same three texts")
    func noDuplicates() {
        WordingSample.checkNoDuplicates(Self.samples)
    }
}

extension CaseExplanationText: WordingKey {}
extension RobustnessExplanationText: WordingKey {}
