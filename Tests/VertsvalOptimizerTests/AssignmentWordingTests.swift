import Testing
import Vertsval
import VertsvalTestSupport

@testable import VertsvalOptimizer

/// The optimiser's wording catalogues (`AssignmentExplanationText`, `RuleWordingText`,
/// `AssignmentAdviceText`), key
/// by key: every text is there in nn, nb and en, shows the values it is given, and keeps to
/// the conventions of its language.
@Suite struct AssignmentWordingTests {
    /// Every key of every catalogue; a new key is added here.
    static let samples: [WordingSample] = [
        // AssignmentExplanationText
        .init(
            AssignmentExplanationText.someRulesOffBest(rules: "<rules>", objective: "<objective>", open: 27, count: 34),
            values: ["<rules>", "<objective>", "27", "34"]),
        .init(AssignmentExplanationText.bestKeepingAllRules(objective: "<objective>", open: 41, count: 48), values: ["<objective>", "41", "48"]),
        .init(AssignmentExplanationText.timeLimitGap(gap: "<gap>"), values: ["<gap>"]),
        .init(AssignmentExplanationText.explanationCutShort),
        .init(AssignmentExplanationText.balanceCostsNothing(unconstrained: "<unconstrained>"), values: ["<unconstrained>"]),
        .init(
            AssignmentExplanationText.balanceCosts(unconstrained: "<unconstrained>", price: "<price>", percent: "<percent>"),
            values: ["<unconstrained>", "<price>", "<percent>"]),
        .init(
            AssignmentExplanationText.move(service: "<service>", host: "<host>", instead: "<instead>"), values: ["<service>", "<host>", "<instead>"]),
        .init(AssignmentExplanationText.wouldMovePrefix),
        .init(AssignmentExplanationText.infeasible),
        .init(AssignmentExplanationText.infeasibleWithRulesOff),
        .init(AssignmentExplanationText.noSolutionInTime(seconds: "<seconds>"), values: ["<seconds>"]),
        .init(AssignmentExplanationText.noSolutionStopped),
        .init(AssignmentExplanationText.binds(rule: "<rule>", gain: "<gain>"), values: ["<rule>", "<gain>"]),
        .init(AssignmentExplanationText.roomChangesNothing(room: "<room>"), values: ["<room>"]),
        .init(AssignmentExplanationText.roomWorth(room: "<room>", marginal: "<marginal>"), values: ["<room>", "<marginal>"]),
        .init(
            AssignmentExplanationText.displaced(
                service: "<service>", host: "<host>", hostValue: "<hostValue>", best: "<best>", bestValue: "<bestValue>"),
            values: ["<service>", "<host>", "<hostValue>", "<best>", "<bestValue>"]),
        .init(AssignmentExplanationText.movedByRulesTogether(rules: "<rules>"), values: ["<rules>"]),
        .init(AssignmentExplanationText.movedBySum),
        .init(AssignmentExplanationText.movedBy(rules: "<rules>", single: true), values: ["<rules>"]),
        .init(AssignmentExplanationText.movedBy(rules: "<rules>", single: false), values: ["<rules>"]),
        .init(
            AssignmentExplanationText.alternativePrefix(number: 55, objective: "<objective>", loss: "<loss>"),
            values: ["55", "<objective>", "<loss>"]),
        .init(AssignmentExplanationText.noOtherAssignment),
        .init(AssignmentExplanationText.noFurtherAssignment),
        .init(AssignmentExplanationText.fteAmount(amount: "<amount>"), values: ["<amount>"]),
        .init(AssignmentExplanationText.servicesAmount(amount: "<amount>"), values: ["<amount>"]),
        .init(AssignmentExplanationText.municipalitiesAmount(amount: "<amount>"), values: ["<amount>"]),
        .init(AssignmentExplanationText.mustGive(rule: "<rule>", amount: "<amount>"), values: ["<rule>", "<amount>"]),
        .init(AssignmentExplanationText.allRulesInfeasible),
        .init(AssignmentExplanationText.allRulesNoSolution),
        .init(AssignmentExplanationText.allRulesSame(objective: "<objective>"), values: ["<objective>"]),
        .init(AssignmentExplanationText.allRulesMovesPrefix(objective: "<objective>"), values: ["<objective>"]),
        // RuleWordingText
        .init(RuleWordingText.balanceMinimum(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(RuleWordingText.balanceMaximum(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(RuleWordingText.fteMinimum(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(RuleWordingText.fteMaximum(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(RuleWordingText.countMaximum(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(RuleWordingText.together(first: "<first>", second: "<second>"), values: ["<first>", "<second>"]),
        .init(RuleWordingText.apart(first: "<first>", second: "<second>"), values: ["<first>", "<second>"]),
        .init(RuleWordingText.atLeastOneService(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(RuleWordingText.atLeastServices(minimum: 62, municipality: "<municipality>"), values: ["62", "<municipality>"]),
        .init(RuleWordingText.oneMoreFTE(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(RuleWordingText.oneMoreService(municipality: "<municipality>"), values: ["<municipality>"]),
        // AssignmentAdviceText
        .init(AssignmentAdviceText.proposes(open: 27, count: 34, hosts: "<hosts>"), values: ["27", "34", "<hosts>"]),
        .init(AssignmentAdviceText.proposesInTable(open: 27, count: 34), values: ["27", "34"]),
        .init(
            AssignmentAdviceText.whatIfProposes(rules: "<rules>", open: 27, count: 34, hosts: "<hosts>"),
            values: ["<rules>", "27", "34", "<hosts>"]),
        .init(AssignmentAdviceText.whatIfProposesInTable(rules: "<rules>", open: 27, count: 34), values: ["<rules>", "27", "34"]),
        .init(AssignmentAdviceText.whatIfNotAdvice),
        .init(AssignmentAdviceText.noneOpen(count: 34), values: ["34"]),
        .init(AssignmentAdviceText.hostFor(services: "<services>", host: "<host>"), values: ["<services>", "<host>"]),
        .init(AssignmentAdviceText.infeasible),
        .init(AssignmentAdviceText.infeasibleWithRulesOff),
        .init(AssignmentAdviceText.noSolution),
        .init(
            AssignmentAdviceText.choiceAhead(service: "<service>", host: "<host>", margin: "<margin>", runnerUp: "<runnerUp>"),
            values: ["<service>", "<host>", "<margin>", "<runnerUp>"]),
        .init(
            AssignmentAdviceText.choiceLevel(service: "<service>", host: "<host>", runnerUp: "<runnerUp>"),
            values: ["<service>", "<host>", "<runnerUp>"]),
        .init(
            AssignmentAdviceText.choiceHeldByRules(service: "<service>", host: "<host>", margin: "<margin>", best: "<best>"),
            values: ["<service>", "<host>", "<margin>", "<best>"]),
        .init(AssignmentAdviceText.choiceOnly(service: "<service>", host: "<host>"), values: ["<service>", "<host>"]),
        .init(AssignmentAdviceText.keptInDraws(share: "<share>"), values: ["<share>"]),
        .init(AssignmentAdviceText.discussPrefix),
        .init(AssignmentAdviceText.narrowFor(services: "<services>", margin: "<margin>"), values: ["<services>", "<margin>"]),
        .init(AssignmentAdviceText.contestedFor(services: "<services>", share: "<share>", plural: true), values: ["<services>", "<share>"]),
        .init(AssignmentAdviceText.contestedFor(services: "<services>", share: "<share>", plural: false), values: ["<services>", "<share>"]),
        .init(AssignmentAdviceText.heldByRulesFor(services: "<services>", plural: true), values: ["<services>"]),
        .init(AssignmentAdviceText.heldByRulesFor(services: "<services>", plural: false), values: ["<services>"]),
        .init(AssignmentAdviceText.andMore(count: 71), values: ["71"]),
        .init(AssignmentAdviceText.noCloseCalls(margin: "<margin>"), values: ["<margin>"]),
        .init(AssignmentAdviceText.noCloseCallsRobust(margin: "<margin>", share: "<share>"), values: ["<margin>", "<share>"]),
        .init(AssignmentAdviceText.balanceFree),
        .init(AssignmentAdviceText.balancePrice(price: "<price>", percent: "<percent>"), values: ["<price>", "<percent>"]),
        .init(
            AssignmentAdviceText.balancePriceMoves(price: "<price>", percent: "<percent>", moves: "<moves>"),
            values: ["<price>", "<percent>", "<moves>"]),
        .init(AssignmentAdviceText.boardAdvises),
        .init(AssignmentAdviceText.illustrative),
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

extension AssignmentExplanationText: WordingKey {}
extension RuleWordingText: WordingKey {}
extension AssignmentAdviceText: WordingKey {}
