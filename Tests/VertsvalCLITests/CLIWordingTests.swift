import Testing
import Vertsval
import VertsvalTestSupport

@testable import vertsval

/// The command line's wording catalogues (`CLIText`, `CLIMessageText`), key by key: every
/// text is there in nn, nb and en, shows the values it is given, and keeps to the conventions
/// of its language.
@Suite struct CLIWordingTests {
    /// Every key of every catalogue; a new key is added here.
    static let samples: [WordingSample] = [
        // CLIText
        .init(CLIText.rootAbstract),
        .init(CLIText.rootDiscussion),
        .init(CLIText.benchmarkGroup),
        .init(CLIText.demoAbstract),
        .init(CLIText.evaluateAbstract),
        .init(CLIText.evaluateDiscussion),
        .init(CLIText.evaluateFile),
        .init(CLIText.sensitivityAbstract),
        .init(CLIText.sensitivityDiscussion),
        .init(CLIText.sensitivitySamples),
        .init(CLIText.sensitivitySeed),
        .init(CLIText.sensitivityWeightSpread),
        .init(CLIText.validateAbstract),
        .init(CLIText.validateDiscussion),
        .init(CLIText.validateFiles),
        .init(CLIText.optimizeAbstract),
        .init(CLIText.optimizeDiscussion),
        .init(CLIText.optimizeFile),
        .init(CLIText.optimizeAlternatives),
        .init(CLIText.optimizeExportLP),
        .init(CLIText.optimizeExportMPS),
        .init(CLIText.timeLimitSolve),
        .init(CLIText.timeLimitExplanation),
        .init(CLIText.shareAbstract),
        .init(CLIText.shareDiscussion),
        .init(CLIText.reportAbstract),
        .init(CLIText.reportDiscussion),
        .init(CLIText.reportOutput),
        .init(CLIText.reportDate),
        .init(CLIText.reportSeed),
        .init(CLIText.reportSamples),
        .init(CLIText.serveAbstract),
        .init(CLIText.serveDiscussion),
        .init(CLIText.serveHost),
        .init(CLIText.servePort),
        .init(CLIText.serveRoot),
        .init(CLIText.convertGAPAbstract),
        .init(CLIText.convertGAPDiscussion),
        .init(CLIText.convertGAPFile),
        .init(CLIText.convertGAPInstance),
        .init(CLIText.convertGAPMinimize),
        .init(CLIText.generateAbstract),
        .init(CLIText.generateDiscussion),
        .init(CLIText.generatePreset),
        .init(CLIText.generateMunicipalities),
        .init(CLIText.generateServices),
        .init(CLIText.generateBand),
        .init(CLIText.generateSeed),
        .init(CLIText.studyFile),
        .init(CLIText.writtenPortfolio),
        .init(CLIText.lang, norwegianInEnglish: true),
        .init(CLIText.format),
        .init(CLIText.weight),
        .init(CLIText.weightValueName),
        .init(CLIText.ruleOff),
        .init(CLIText.ruleValueName),
        .init(CLIText.alternativesRange),
        .init(CLIText.portRange),
        .init(CLIText.municipalitiesRange),
        .init(CLIText.servicesRange),
        .init(CLIText.instanceRange(count: 27, file: "<file>"), values: ["27", "<file>"]),
        .init(CLIText.serveRunning(url: "<url>"), values: ["<url>"]),
        .init(CLIText.validateFailed(errors: 34, warnings: 41), values: ["34", "41"]),
        .init(CLIText.validatePassed(files: 48, warnings: 55), values: ["48", "55"]),
        // CLIMessageText
        .init(CLIMessageText.bundledCaseMissing(path: "<path>"), values: ["<path>"]),
        .init(CLIMessageText.whatNext),
        .init(CLIMessageText.tryOtherWeights),
        .init(CLIMessageText.fourCandidates),
        .init(CLIMessageText.markdownOrJSON),
        .init(CLIMessageText.checkDataFiles),
        .init(CLIMessageText.howRobust),
        .init(CLIMessageText.reportForCase),
        .init(CLIMessageText.assignAllServices),
        .init(CLIMessageText.moveWeightsInBrowser),
        .init(CLIMessageText.otherLanguages, norwegianInEnglish: true),
        .init(CLIMessageText.dataFiles),
        .init(CLIMessageText.outputExtension(output: "<output>"), values: ["<output>"]),
        .init(CLIMessageText.dateFormat(date: "<date>"), values: ["<date>"]),
        .init(CLIMessageText.wrote(output: "<output>"), values: ["<output>"]),
        .init(CLIMessageText.errorPrefix),
        .init(CLIMessageText.folderMissing(path: "<path>", folder: "<folder>"), values: ["<path>", "<folder>"]),
        .init(CLIMessageText.cannotWrite(path: "<path>", reason: "<reason>"), values: ["<path>", "<reason>"]),
        .init(CLIMessageText.subcommandPlaceholder),
        .init(CLIMessageText.overviewPrefix),
        .init(CLIMessageText.usagePrefix),
        .init(CLIMessageText.argumentsHeading),
        .init(CLIMessageText.optionsHeading),
        .init(CLIMessageText.subcommandsHeading),
        .init(CLIMessageText.subcommandGroupHeading(group: "<group>"), values: ["<group>"]),
        .init(CLIMessageText.seeForMoreHelp(command: "<command>"), values: ["<command>"]),
        .init(CLIMessageText.showVersion),
        .init(CLIMessageText.showHelp),
        .init(CLIMessageText.defaultLabel),
        .init(CLIMessageText.valuesLabel),
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

extension CLIText: WordingKey {}
extension CLIMessageText: WordingKey {}
