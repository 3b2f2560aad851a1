import Foundation
import Testing
import Vertsval

@testable import VertsvalReport

/// The report's wording catalogues, key by key: every text is there in nn, nb and en, shows
/// the values it is given, and keeps to the conventions of its language.
@Suite struct ReportWordingTests {
    /// A key of one of the catalogues, the sample values it is given, and whether its
    /// English text is the Nynorsk one («Region: », «Band»).
    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let text: @Sendable (Language) -> String
        let values: [String]
        let sameInEnglish: Bool

        init(_ key: some WordingKey, values: [String] = [], sameInEnglish: Bool = false) {
            self.name = "\(type(of: key)).\(key)"
            self.text = { key.text(in: $0) }
            self.values = values
            self.sameInEnglish = sameInEnglish
        }

        var testDescription: String { name }
    }

    /// Every key of every catalogue under `Sources/VertsvalReport/Wording`; a new key is
    /// added here.
    static let samples: [Sample] = [
        // ReportText
        .init(ReportText.costSharing),
        .init(ReportText.municipality),
        .init(ReportText.population),
        .init(ReportText.share),
        .init(ReportText.total),
        .init(ReportText.note),
        .init(ReportText.recommendation),
        .init(ReportText.result),
        .init(ReportText.criterion),
        .init(ReportText.difference),
        .init(ReportText.weightNow),
        .init(ReportText.used),
        .init(ReportText.cost),
        .init(ReportText.fte),
        .init(ReportText.service),
        .init(ReportText.seedPrefix),
        .init(ReportText.samplesSuffix),
        .init(ReportText.reproducibility),
        .init(ReportText.sameInputsSameReport),
        .init(ReportText.filesCaption),
        .init(ReportText.file),
        .init(ReportText.pageWord),
        .init(ReportText.ofWord),
        .init(ReportText.continued),
        .init(ReportText.pageNumber(page: 21, count: 28), values: ["21", "28"]),
        // CaseReportText
        .init(CaseReportText.contributionChartTitle),
        .init(CaseReportText.contributionChartDescription(totals: ["<totals1>", "<totals2>"]), values: ["<totals1>", "<totals2>"]),
        .init(CaseReportText.pointsOf100),
        .init(CaseReportText.marginChartTitle(leader: "<leader>", runnerUp: "<runnerUp>"), values: ["<leader>", "<runnerUp>"]),
        .init(
            CaseReportText.marginChartDescription(leader: "<leader>", runnerUp: "<runnerUp>", margin: "<margin>"),
            values: ["<leader>", "<runnerUp>", "<margin>"]),
        .init(CaseReportText.points),
        .init(CaseReportText.firstOverStretch(leader: "<leader>", from: "<from>", to: "<to>"), values: ["<leader>", "<from>", "<to>"]),
        .init(CaseReportText.sensitivityChartTitle(criterion: "<criterion>"), values: ["<criterion>"]),
        .init(CaseReportText.oneLinePerMunicipality),
        .init(CaseReportText.totalValueAxis),
        .init(CaseReportText.weightAxis(criterion: "<criterion>"), values: ["<criterion>"]),
        .init(CaseReportText.nowPrefix),
        .init(CaseReportText.rankFigure(35), values: ["35"]),
        .init(CaseReportText.robustness),
        .init(CaseReportText.drawsWithFirst(leader: "<leader>"), values: ["<leader>"]),
        .init(CaseReportText.margin),
        .init(CaseReportText.of100),
        .init(CaseReportText.budgetSentence(budget: "<budget>", year: "<year>"), values: ["<budget>", "<year>"]),
        .init(CaseReportText.budgetShareCaption),
        .init(CaseReportText.nokPerYear),
        .init(CaseReportText.whyFirst(leader: "<leader>"), values: ["<leader>"]),
        .init(CaseReportText.whatWouldChange(runnerUp: "<runnerUp>"), values: ["<runnerUp>"]),
        .init(CaseReportText.computedCriteria),
        .init(CaseReportText.declaredInterests),
        .init(CaseReportText.weights),
        .init(CaseReportText.assessedAgainstPrefix),
        .init(CaseReportText.meetingOfPrefix),
        .init(CaseReportText.meetingPrefix),
        .init(CaseReportText.caseNumberPrefix),
        .init(CaseReportText.excluded),
        .init(CaseReportText.first),
        .init(CaseReportText.rankingCaption),
        .init(CaseReportText.rank),
        .init(CaseReportText.totalValue),
        .init(CaseReportText.remark),
        .init(CaseReportText.template),
        .init(CaseReportText.weight),
        .init(CaseReportText.differenceExplained(leader: "<leader>", runnerUp: "<runnerUp>"), values: ["<leader>", "<runnerUp>"]),
        .init(CaseReportText.contributionCaption),
        .init(CaseReportText.scoreCaption),
        .init(CaseReportText.levelPrefix),
        .init(CaseReportText.sourcePrefix),
        .init(CaseReportText.assessorsPrefix),
        .init(CaseReportText.rationaleCaption),
        .init(CaseReportText.score),
        .init(CaseReportText.rationale),
        .init(CaseReportText.never),
        .init(CaseReportText.none),
        .init(CaseReportText.computedMark),
        .init(CaseReportText.levelOf(level: 4, top: 5), values: ["4", "5"]),
        .init(CaseReportText.scaleCaption),
        .init(CaseReportText.levelColumn),
        .init(CaseReportText.meaningColumn),
        .init(CaseReportText.leaderAfter(name: "Luster"), values: ["Luster"]),
        .init(CaseReportText.swapCaption),
        .init(CaseReportText.swapAt),
        .init(CaseReportText.scoreThatReverses),
        .init(CaseReportText.changed),
        .init(CaseReportText.weightCaption),
        .init(CaseReportText.templatePrefix),
        .init(CaseReportText.versionPrefix),
        .init(CaseReportText.draft),
        .init(CaseReportText.reconstruction),
        .init(CaseReportText.decisionPrefix),
        // PortfolioReportText
        .init(PortfolioReportText.foundAndProven(objective: "322,2", found: "0,012", proven: "0,063"), values: ["322,2", "0,012", "0,063"]),
        .init(PortfolioReportText.foundNotProven(objective: "322,2", found: "0,012", stopped: "60,000"), values: ["322,2", "0,012", "60,000"]),
        .init(PortfolioReportText.explanationTime(solves: "383", seconds: "0,712"), values: ["383", "0,712"]),
        .init(PortfolioReportText.solveTimesClock),
        .init(PortfolioReportText.balanceChartTitle),
        .init(PortfolioReportText.balanceChartDescriptionPrefix),
        .init(PortfolioReportText.costChartTitle),
        .init(PortfolioReportText.costChartDescriptionPrefix),
        .init(PortfolioReportText.rulesConflict),
        .init(PortfolioReportText.smallestChange),
        .init(PortfolioReportText.bindingRules),
        .init(PortfolioReportText.displaced),
        .init(PortfolioReportText.alternatives),
        .init(PortfolioReportText.regionPrefix, sameInEnglish: true),
        .init(PortfolioReportText.decidedMark),
        .init(PortfolioReportText.assignmentCaption),
        .init(PortfolioReportText.host),
        .init(PortfolioReportText.value),
        .init(PortfolioReportText.runnerUp),
        .init(PortfolioReportText.balanceCaption),
        .init(PortfolioReportText.target),
        .init(PortfolioReportText.band, sameInEnglish: true),
        .init(PortfolioReportText.services),
        .init(PortfolioReportText.robustDraws(samples: "<samples>", seed: 42), values: ["<samples>", "42"]),
        .init(PortfolioReportText.everyServiceKept(share: "<share>"), values: ["<share>"]),
        .init(
            PortfolioReportText.contested(service: "<service>", host: "<host>", kept: "<kept>", others: ["<others1>", "<others2>"]),
            values: ["<service>", "<host>", "<kept>", "<others1>", "<others2>"]),
        .init(PortfolioReportText.infeasibleDraws(count: 49), values: ["49"]),
        .init(PortfolioReportText.fixedValues),
        .init(PortfolioReportText.robustAssignmentHeading),
        .init(PortfolioReportText.keptCaption),
        .init(PortfolioReportText.kept),
        .init(PortfolioReportText.rulesHeading),
        .init(PortfolioReportText.rulesCaption(sameAsBindingSection: true)),
        .init(PortfolioReportText.rulesCaption(sameAsBindingSection: false)),
        .init(ReportText.rule),
        .init(PortfolioReportText.bound),
        .init(PortfolioReportText.inAssignment),
        .init(PortfolioReportText.binds),
        .init(PortfolioReportText.balanceBandOf(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(PortfolioReportText.fteBoundsOf(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(PortfolioReportText.serviceCountOf(municipality: "<municipality>"), values: ["<municipality>"]),
        .init(PortfolioReportText.decidedHostOf(service: "<service>"), values: ["<service>"]),
        .init(PortfolioReportText.sameHost),
        .init(PortfolioReportText.differentHosts),
        .init(PortfolioReportText.bothAt(host: "<host>"), values: ["<host>"]),
        .init(PortfolioReportText.lowerEdge),
        .init(PortfolioReportText.upperEdge),
        .init(PortfolioReportText.bindsGain(gain: "<gain>"), values: ["<gain>"]),
        .init(PortfolioReportText.bindsEdgeGain(edge: "<edge>", gain: "<gain>"), values: ["<edge>", "<gain>"]),
        .init(PortfolioReportText.bindsWithOthers),
        .init(PortfolioReportText.atBound),
        .init(ReportText.no),
        .init(PortfolioReportText.untested),
        .init(PortfolioReportText.untestedAtBound),
        .init(PortfolioReportText.switchedOff),
        .init(PortfolioReportText.decided),
        .init(
            PortfolioReportText.heldBy(mark: "<mark>", service: "<service>", runnerUp: "<runnerUp>", host: "<host>", rules: "<rules>", single: true),
            values: ["<mark>", "<service>", "<runnerUp>", "<host>", "<rules>"]),
        .init(
            PortfolioReportText.heldBy(mark: "<mark>", service: "<service>", runnerUp: "<runnerUp>", host: "<host>", rules: "<rules>", single: false),
            values: ["<mark>", "<service>", "<runnerUp>", "<host>", "<rules>"]),
        .init(
            PortfolioReportText.heldByTogether(mark: "<mark>", service: "<service>", runnerUp: "<runnerUp>", host: "<host>", rules: "<rules>"),
            values: ["<mark>", "<service>", "<runnerUp>", "<host>", "<rules>"]),
        .init(
            PortfolioReportText.heldBySum(mark: "<mark>", service: "<service>", runnerUp: "<runnerUp>", host: "<host>"),
            values: ["<mark>", "<service>", "<runnerUp>", "<host>"]),
        .init(
            PortfolioReportText.heldUnexplained(mark: "<mark>", service: "<service>", runnerUp: "<runnerUp>", host: "<host>"),
            values: ["<mark>", "<service>", "<runnerUp>", "<host>"]),
        // RobustnessReportText
        .init(RobustnessReportText.robustnessHeading),
        .init(RobustnessReportText.rankNumber(56), values: ["56"]),
        .init(RobustnessReportText.acceptabilityChartTitle),
        .init(RobustnessReportText.acceptabilityChartDescriptionPrefix),
        .init(RobustnessReportText.percentOfDraws),
        .init(RobustnessReportText.acceptabilityCaption(error: "<error>"), values: ["<error>"]),
        .init(RobustnessReportText.confidence),
        .init(RobustnessReportText.centralWeightCaption),
        .init(RobustnessReportText.curveCaption),
        .init(RobustnessReportText.firstAtWeight),
        // CostSharingReportText
        .init(CostSharingReportText.positionsCaption),
        .init(CostSharingReportText.net),
        .init(CostSharingReportText.byPopulation),
        .init(CostSharingReportText.byPrefix),
        .init(CostSharingReportText.keySentence(equal: "<equal>", rest: "<rest>", basis: "<basis>"), values: ["<equal>", "<rest>", "<basis>"]),
        .init(CostSharingReportText.noCostKey(services: ["<services1>", "<services2>"]), values: ["<services1>", "<services2>"]),
        .init(CostSharingReportText.noBudget),
        .init(CostSharingReportText.costPerMunicipalityCaption),
        .init(CostSharingReportText.budget),
        .init(CostSharingReportText.jobsAgainstCost),
        .init(
            CostSharingReportText.overheadSentence(base: "<base>", year: "<year>", criterion: "<criterion>", overheads: "<overheads>"),
            values: ["<base>", "<year>", "<criterion>", "<overheads>"]),
        .init(CostSharingReportText.overheadAt(percent: "<percent>", host: "<host>"), values: ["<percent>", "<host>"]),
        .init(
            CostSharingReportText.hostDifference(
                dearest: "<dearest>", dearestBudget: "<dearestBudget>", difference: "<difference>", cheapest: "<cheapest>",
                cheapestBudget: "<cheapestBudget>"),
            values: ["<dearest>", "<dearestBudget>", "<difference>", "<cheapest>", "<cheapestBudget>"]),
        .init(CostSharingReportText.cheapestOf(host: "<host>"), values: ["<host>"]),
        .init(
            CostSharingReportText.differenceRange(lowest: "<lowest>", lowestName: "<lowestName>", highest: "<highest>", highestName: "<highestName>"),
            values: ["<lowest>", "<lowestName>", "<highest>", "<highestName>"]),
        .init(CostSharingReportText.sameBudget(budget: "<budget>"), values: ["<budget>"]),
        .init(CostSharingReportText.withHost(host: "<host>"), values: ["<host>"]),
        .init(CostSharingReportText.hostTableCaption),
        .init(CostSharingReportText.sameBudgetCaption),
        // BalanceBasisText
        .init(BalanceBasisText.todayColumn(basis: .arrangements)),
        .init(BalanceBasisText.todayColumn(basis: .fte)),
        .init(
            BalanceBasisText.criterionBasis(criterion: "<criterion>", basis: .arrangements, total: "<total>", column: "<column>"),
            values: ["<criterion>", "<total>", "<column>"]),
        .init(
            BalanceBasisText.criterionBasis(criterion: "<criterion>", basis: .fte, total: "<total>", column: "<column>"),
            values: ["<criterion>", "<total>", "<column>"]),
        .init(
            BalanceBasisText.contrast(municipality: "<municipality>", today: "<today>", after: "<after>", population: "<population>"),
            values: ["<municipality>", "<today>", "<after>", "<population>"]),
        .init(BalanceBasisText.todayShare(share: "<share>", basis: .arrangements), values: ["<share>"]),
        .init(BalanceBasisText.todayShare(share: "<share>", basis: .fte), values: ["<share>"]),
        // DescriptionReportText
        .init(DescriptionReportText.templateSubtitle(id: "<id>", version: "<version>", status: .draft), values: ["<id>", "<version>"]),
        .init(DescriptionReportText.criteriaHeading),
        .init(DescriptionReportText.idColumn, sameInEnglish: true),
        .init(DescriptionReportText.scoringColumn),
        .init(DescriptionReportText.weightCell(points: "<points>", percent: "<percent>"), values: ["<points>", "<percent>"]),
        .init(DescriptionReportText.knockoutsHeading),
        .init(DescriptionReportText.noKnockouts),
        .init(DescriptionReportText.caseNeeds(count: 37, list: "<list>"), values: ["37", "<list>"]),
        .init(DescriptionReportText.startCase(template: "<template>"), values: ["<template>"]),
        .init(DescriptionReportText.regionSubtitle(id: "<id>", count: 41), values: ["<id>", "41"]),
        .init(DescriptionReportText.municipalitiesHeading),
        .init(DescriptionReportText.nameColumn),
        .init(DescriptionReportText.numberColumn),
        .init(DescriptionReportText.cooperationHeading),
        .init(DescriptionReportText.formColumn, sameInEnglish: true),
        .init(DescriptionReportText.statusColumn, sameInEnglish: true),
        .init(DescriptionReportText.notGiven),
        .init(DescriptionReportText.costKey(equal: "<equal>"), values: ["<equal>"]),
        .init(DescriptionReportText.startPortfolio(region: "<region>"), values: ["<region>"]),
        .init(
            DescriptionReportText.caseSubtitle(id: "<id>", template: "<template>", region: "<region>"), values: ["<id>", "<template>", "<region>"]),
        .init(DescriptionReportText.candidatesHeading),
        .init(DescriptionReportText.willingColumn),
        .init(DescriptionReportText.willingYes),
        .init(DescriptionReportText.scoresHeading),
        .init(DescriptionReportText.candidateColumn),
        .init(DescriptionReportText.missingCell),
        .init(DescriptionReportText.leftHeading),
        .init(DescriptionReportText.nothingLeft),
        .init(DescriptionReportText.scenarioWeights(title: "<title>"), values: ["<title>"]),
        .init(DescriptionReportText.portfolioSubtitle(id: "<id>", region: "<region>", count: 43), values: ["<id>", "<region>", "43"]),
        .init(DescriptionReportText.hostsColumn),
        .init(DescriptionReportText.decidedHost(name: "<name>"), values: ["<name>"]),
        .init(DescriptionReportText.fromCase(path: "<path>"), values: ["<path>"]),
        .init(DescriptionReportText.rulesHeading),
        .init(DescriptionReportText.noRules),
    ]

    @Test("Every key has a text in nn, nb and en that shows its values and keeps to its language", arguments: samples)
    func wording(_ sample: Sample) {
        let nn = sample.text(.nn)
        let nb = sample.text(.nb)
        let en = sample.text(.en)
        for (language, text) in [("nn", nn), ("nb", nb), ("en", en)] {
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) is empty")
            #expect(!text.contains("TODO") && !text.contains("\\("), "\(language): \(text)")
            for value in sample.values {
                #expect(text.contains(value), "\(language) leaves out \(value): \(text)")
            }
            // Fragments are joined to what comes before and after alike in every language.
            #expect(text.hasPrefix(" ") == nn.hasPrefix(" ") && text.hasSuffix(" ") == nn.hasSuffix(" "), "\(language): '\(text)'")
        }
        // Norwegian quotes «x»; English quotes 'x' and has no Norwegian letters.
        #expect(!en.contains { "æøåÆØÅ«»".contains($0) }, "en: \(en)")
        #expect(!nn.contains("'") && !nb.contains("'"), "nn: \(nn) / nb: \(nb)")
        #expect((nn == en) == sample.sameInEnglish, "nn and en: \(nn) / \(en)")
    }

    @Test("Keys worded alike are one key: no two keys of the catalogues have the same three texts")
    func noDuplicates() {
        var seen: [String: String] = [:]
        for sample in Self.samples {
            let texts = [Language.nn, .nb, .en].map(sample.text).joined(separator: "\u{1F}")
            #expect(seen[texts] == nil, "\(sample.name) repeats \(seen[texts] ?? "")")
            seen[texts] = sample.name
        }
    }
}

/// A key of a wording catalogue: its text in a language.
protocol WordingKey: Sendable {
    func text(in language: Language) -> String
}

extension ReportText: WordingKey {}
extension CaseReportText: WordingKey {}
extension PortfolioReportText: WordingKey {}
extension BalanceBasisText: WordingKey {}
extension RobustnessReportText: WordingKey {}
extension CostSharingReportText: WordingKey {}
extension DescriptionReportText: WordingKey {}
