import Testing
import Vertsval
import VertsvalTestSupport

@testable import VertsvalStudy

/// The wording of the files `vertsval new` writes (`ScaffoldText`), key by key: every text
/// is there in nn, nb and en, shows the values it is given, and keeps to its language.
@Suite struct ScaffoldWordingTests {
    /// Every key of the catalogue; a new key is added here.
    static let samples: [WordingSample] = [
        .init(ScaffoldText.caseIntro(service: "<service>"), values: ["<service>"]),
        .init(ScaffoldText.templateNotice(text: "<text>"), values: ["<text>"]),
        .init(ScaffoldText.computedCriteria(list: "<list>"), values: ["<list>"]),
        .init(ScaffoldText.serviceFacts),
        .init(ScaffoldText.willingness),
        .init(ScaffoldText.scoresIntro),
        .init(ScaffoldText.caseTitle(service: "<service>"), values: ["<service>"]),
        .init(ScaffoldText.scaleSummary(low: 12, high: 19), values: ["12", "19"]),
        .init(ScaffoldText.measureSummary(unit: "<unit>", direction: .lowerIsBetter), values: ["<unit>"]),
        .init(ScaffoldText.measureSummary(unit: "<unit>", direction: .higherIsBetter), values: ["<unit>"]),
        .init(ScaffoldText.computedSummary(measure: .populationWeightedTravelTime, unit: "<unit>"), values: ["<unit>"]),
        .init(ScaffoldText.computedSummary(measure: .hostedShareGap(basis: .fte), unit: "<unit>"), values: ["<unit>"]),
        .init(ScaffoldText.valuePoint(x: "<x>", value: "<value>"), values: ["<x>", "<value>"]),
        .init(ScaffoldText.valueFunction(points: "<points>"), values: ["<points>"]),
        .init(ScaffoldText.templateIntro),
        .init(ScaffoldText.templateTitle),
        .init(ScaffoldText.templateAdoption),
        .init(ScaffoldText.templateUncertainty),
        .init(ScaffoldText.skeletonQualityGroup),
        .init(ScaffoldText.skeletonScaleKind),
        .init(ScaffoldText.skeletonScaleName),
        .init(ScaffoldText.skeletonScaleQuestion),
        .init(ScaffoldText.skeletonLevel(1), values: ["1"]),
        .init(ScaffoldText.skeletonLevel(5), values: ["5"]),
        .init(ScaffoldText.skeletonMeasureKind),
        .init(ScaffoldText.skeletonMeasureName),
        .init(ScaffoldText.skeletonMeasureQuestion),
        .init(ScaffoldText.skeletonMeasureUnit),
        .init(ScaffoldText.skeletonAccessGroup),
        .init(ScaffoldText.skeletonTravelKind),
        .init(ScaffoldText.skeletonTravelName),
        .init(ScaffoldText.skeletonTravelQuestion),
        .init(ScaffoldText.skeletonTravelUnit),
        .init(ScaffoldText.skeletonBalanceKind),
        .init(ScaffoldText.skeletonBalanceName),
        .init(ScaffoldText.skeletonBalanceQuestion),
        .init(ScaffoldText.skeletonBalanceUnit),
        .init(ScaffoldText.skeletonKnockouts),
        .init(ScaffoldText.skeletonWillingnessRule),
        .init(ScaffoldText.skeletonMinimumRule),
        .init(ScaffoldText.skeletonLimitRule),
        .init(ScaffoldText.portfolioTitle(region: "<region>"), values: ["<region>"]),
        .init(ScaffoldText.portfolioIntro),
        .init(ScaffoldText.portfolioServices),
        .init(ScaffoldText.portfolioOpenService),
        .init(ScaffoldText.portfolioRules),
        .init(ScaffoldText.portfolioPlaceholderService),
    ]

    @Test("Every key has a text in nn, nb and en that shows its values and keeps to its language", arguments: samples)
    func wording(_ sample: WordingSample) {
        sample.check()
    }

    @Test("Keys worded alike are one key")
    func noDuplicates() {
        WordingSample.checkNoDuplicates(Self.samples)
    }

    @Test("The scale's levels and a measure's value function in words, from the template's own data")
    func scoringHint() throws {
        let template = try Loader.loadTemplate(at: TestSupport.path("Criteria/vertskommune-2025.yaml")).template
        let fagmiljo = try #require(template.criterion("fagmiljo"))
        let hint = ScoringHint(fagmiljo, language: .en)
        #expect(hint.levels.map(\.level) == fagmiljo.scale?.levelNumbers)
        #expect(hint.levels.map(\.label) == fagmiljo.scale?.levels.map { $0.label.text(.en) })
        let kostnad = try #require(template.criterion("kostnad"))
        #expect(ScoringHint(kostnad, language: .nn).valueFunction == "3 gir 100 poeng og 15 gir 0 poeng")
        #expect(ScoringHint(kostnad, language: .nn).summary == "måleverdi i % av budsjettet («value»); lågare er betre")
    }
}

extension ScaffoldText: WordingKey {}
