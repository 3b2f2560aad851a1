internal import Foundation

/// The kinds of data file vertsval reads; each file says which it is with `kind:`.
public enum DataKind: String, Sendable, CaseIterable {
    case template, region, `case`, portfolio, scenario, judgement
}

/// A case with everything it refers to, ready for evaluation.
public struct LoadedCase: Sendable {
    /// The case.
    public var `case`: Case
    /// Its template.
    public var template: Template
    /// Its region.
    public var region: Region
    /// The files read, case first, for fingerprints in reports.
    public var files: [DataFile]
    /// Problems that do not stop the evaluation.
    public var warnings: [Diagnostic]
}

/// A portfolio with its region and the cases it takes values from.
public struct LoadedPortfolio: Sendable {
    /// The portfolio.
    public var portfolio: Portfolio
    /// The files read: portfolio, region, then each case with its template.
    public var files: [DataFile]
    /// The case behind each case-valued service, by service id.
    public var cases: [PortfolioService.ID: LoadedCase]
    /// Problems that do not stop the optimisation.
    public var warnings: [Diagnostic]
}

/// A scenario with the case it changes.
public struct LoadedScenario: Sendable {
    /// The scenario.
    public var scenario: Scenario
    /// Its case, with template and region.
    public var loadedCase: LoadedCase

    /// The weights: the case's, then the scenario's changes (origin: the scenario).
    public func weights() throws(WeightError) -> WeightSet {
        try WeightSet(
            template: loadedCase.template, overrides: loadedCase.case.weightOverrides,
            adjustments: scenario.weights, origin: .scenario(title: scenario.title, reason: scenario.reason))
    }
}

/// A data file loaded by its declared `kind:`, with everything it refers to.
public enum LoadedFile: Sendable {
    /// An evaluation template.
    case template(Template, DataFile)
    /// A region file.
    case region(Region, DataFile)
    /// A case with its template and region.
    case `case`(LoadedCase)
    /// A portfolio with its region and the cases behind its values.
    case portfolio(LoadedPortfolio)
    /// A scenario with the case it changes.
    case scenario(LoadedScenario)
    /// A member's judgement, checked on its own (its criteria are checked against a
    /// template when a case refers to it).
    case judgement(Judgement, DataFile)

    /// The kind the file declares.
    public var kind: DataKind {
        switch self {
        case .template: .template
        case .region: .region
        case .case: .case
        case .portfolio: .portfolio
        case .scenario: .scenario
        case .judgement: .judgement
        }
    }

    /// The problems that did not stop loading.
    public var warnings: [Diagnostic] {
        switch self {
        case .template, .region, .judgement: []
        case .case(let loaded): loaded.warnings
        case .portfolio(let loaded): loaded.warnings
        case .scenario(let loaded): loaded.loadedCase.warnings
        }
    }
}

/// Loads and checks data files, reporting every problem with file, line and column.
public enum Loader {
    /// Loads a data file of any of `kinds`, reading and parsing it once, with everything it
    /// refers to.
    ///
    /// - Throws: `ValidationFailure` with every problem found in the file and the files it
    ///   refers to (a file of another kind is one such problem).
    public static func load(at path: String, expecting kinds: [DataKind] = DataKind.allCases) throws(ValidationFailure) -> LoadedFile {
        let log = DiagnosticLog()
        var none: Set<String> = []
        guard let loaded = read(at: path, expecting: kinds, log: log, skipping: &none), !log.hasErrors else {
            throw ValidationFailure(log.diagnostics.sortedByLocation())
        }
        return loaded
    }

    /// Loads a scenario and the case it changes.
    ///
    /// - Throws: `ValidationFailure` with every problem found in the scenario and the case.
    public static func loadScenario(at path: String) throws(ValidationFailure) -> LoadedScenario {
        guard case .scenario(let loaded) = try load(at: path, expecting: [.scenario]) else { throw ValidationFailure([]) }
        return loaded
    }

    /// Loads a portfolio, its region and the cases it takes values from.
    ///
    /// - Throws: `ValidationFailure` with every problem found in any of the files.
    public static func loadPortfolio(at path: String) throws(ValidationFailure) -> LoadedPortfolio {
        guard case .portfolio(let loaded) = try load(at: path, expecting: [.portfolio]) else { throw ValidationFailure([]) }
        return loaded
    }

    /// Loads a case and the template and region it refers to.
    ///
    /// - Throws: `ValidationFailure` with every problem found in any of the three files.
    public static func loadCase(at path: String) throws(ValidationFailure) -> LoadedCase {
        guard case .case(let loaded) = try load(at: path, expecting: [.case]) else { throw ValidationFailure([]) }
        return loaded
    }

    /// Loads a template on its own.
    public static func loadTemplate(at path: String) throws(ValidationFailure) -> (template: Template, file: DataFile) {
        guard case .template(let template, let file) = try load(at: path, expecting: [.template]) else { throw ValidationFailure([]) }
        return (template, file)
    }

    /// Loads a region on its own.
    public static func loadRegion(at path: String) throws(ValidationFailure) -> (region: Region, file: DataFile) {
        guard case .region(let region, let file) = try load(at: path, expecting: [.region]) else { throw ValidationFailure([]) }
        return (region, file)
    }

    /// The one dispatch on a file's kind: reads the file once and loads it as what it
    /// declares. Problems go to `log`; files in `skipping` are read but their problems are
    /// not reported again.
    static func read(at path: String, expecting kinds: [DataKind], log: DiagnosticLog, skipping: inout Set<String>) -> LoadedFile? {
        let loaded = dispatch(at: path, expecting: kinds, log: log, skipping: &skipping)
        if loaded == nil, !log.hasErrors {
            // Every failure must say why; this one names the file when a loader did not.
            log.error(.unusableFile(path: path), at: SourceLocation(file: path, line: 1, column: 1))
        }
        return loaded
    }

    private static func dispatch(at path: String, expecting kinds: [DataKind], log: DiagnosticLog, skipping: inout Set<String>) -> LoadedFile? {
        guard let (file, root) = readRoot(path, expecting: kinds, log: log), let kind = kind(of: root) else { return nil }
        skipping.insert(normalize(path))
        let warnings = { log.diagnostics.sortedByLocation() }
        switch kind {
        case .template:
            return TemplateLoader(log: log).load(root).map { .template($0, file) }
        case .region:
            return RegionLoader(log: log).load(root).map { .region($0, file) }
        case .case:
            guard let parts = readCase(at: path, log: log, skipping: &skipping, root: (file, root)) else { return nil }
            return .case(
                LoadedCase(case: parts.case, template: parts.template, region: parts.region, files: parts.files, warnings: warnings()))
        case .portfolio:
            guard let result = readPortfolio(at: path, log: log, skipping: &skipping, root: (file, root)) else { return nil }
            return .portfolio(
                LoadedPortfolio(portfolio: result.portfolio, files: result.files, cases: result.cases, warnings: warnings()))
        case .scenario:
            guard var loaded = readScenario(at: path, log: log, skipping: &skipping, root: (file, root)) else { return nil }
            loaded.loadedCase.warnings = warnings()
            return .scenario(loaded)
        case .judgement:
            return JudgementLoader(log: log).load(root, template: nil, municipalities: nil, path: path).map { .judgement($0, file) }
        }
    }

    static func readScenario(
        at path: String, log: DiagnosticLog, skipping: inout Set<String>, root preread: (DataFile, YAMLValue)
    ) -> LoadedScenario? {
        let (file, root) = preread
        var parts: CaseParts?
        if let node = root.node["case"], let reference = node.scalar, !reference.isEmpty {
            let casePath = resolvePath(reference, relativeTo: path)
            let sub = DiagnosticLog()
            parts = readCase(at: casePath, log: sub, skipping: &skipping)
            for diagnostic in sub.diagnostics {
                if case .fileNotFound = diagnostic.problem {
                    log.append(
                        Diagnostic(diagnostic.problem, at: YAMLValue(node: node, file: path, log: log).location, severity: diagnostic.severity))
                } else {
                    log.append(diagnostic)
                }
            }
            if sub.hasErrors { parts = nil }
        }
        let scenario = ScenarioLoader(log: log).load(root, template: parts?.template, candidates: parts?.case.candidates.map(\.municipality))
        guard let scenario, let parts else { return nil }
        let loaded = LoadedCase(
            case: parts.case, template: parts.template, region: parts.region, files: [file] + parts.files, warnings: [])
        return LoadedScenario(scenario: scenario, loadedCase: loaded)
    }

    static func readPortfolio(
        at path: String, log: DiagnosticLog, skipping: inout Set<String>, root preread: (DataFile, YAMLValue)
    ) -> (portfolio: Portfolio, files: [DataFile], cases: [PortfolioService.ID: LoadedCase])? {
        let (file, root) = preread
        var region: Region?
        var regionPath: String?
        var files = [file]
        if let node = root.node["region"], node.scalar == nil {
            YAMLValue(node: node, file: path, log: log).fail(.text)
        }
        if let node = root.node["region"], let reference = node.scalar, !reference.isEmpty {
            let resolved = resolvePath(reference, relativeTo: path)
            regionPath = resolved
            let sub = DiagnosticLog()
            if let (regionFile, regionRoot) = readRoot(resolved, expecting: [.region], log: sub) {
                files.append(regionFile)
                region = RegionLoader(log: sub).load(regionRoot)
                if sub.hasErrors { region = nil }
            }
            report(sub, from: resolved, referencedAt: YAMLValue(node: node, file: path, log: log).location, into: log, skipping: &skipping)
        }
        let loader = PortfolioLoader(log: log, path: path)
        let portfolio = loader.load(root, region: region, regionPath: regionPath, skipping: &skipping)
        guard let portfolio else { return nil }
        let more = FileList()
        more.add(files + loader.files.files)
        return (portfolio, more.files, loader.cases.values)
    }

    /// Checks each file by its kind, including the files a case refers to, and returns every
    /// problem found (errors and warnings), each under its own file name. A file referenced
    /// by several cases is checked once.
    public static func validate(paths: [String]) -> [Diagnostic] {
        let log = DiagnosticLog()
        var checked: Set<String> = []
        for path in paths {
            let sub = DiagnosticLog()
            _ = read(at: path, expecting: validatable, log: sub, skipping: &checked)
            log.append(contentsOf: sub.diagnostics)
        }
        var seen: Set<Diagnostic> = []
        return log.diagnostics.filter { seen.insert($0).inserted }.sortedByLocation()
    }

    /// The `kind:` a data file declares, or nil when it cannot be read or declares none.
    public static func kind(ofFileAt path: String) -> DataKind? {
        let log = DiagnosticLog()
        guard let (_, node) = DataFile.read(path, into: log) else { return nil }
        return node["kind"]?.scalar.flatMap(DataKind.init(rawValue:))
    }

    /// The kinds `validate(paths:)` knows how to check.
    static let validatable: [DataKind] = [.template, .region, .case, .portfolio, .scenario, .judgement]

    // MARK: Internals

    struct CaseParts {
        var `case`: Case
        var template: Template
        var region: Region
        /// Case, template and region, then the judgements the case refers to.
        var files: [DataFile]

        /// The region file (the third of `files`).
        var regionFile: DataFile? { files.count >= 3 ? files[2] : nil }
    }

    static func readCase(at path: String, log: DiagnosticLog) -> CaseParts? {
        var none: Set<String> = []
        return readCase(at: path, log: log, skipping: &none)
    }

    /// Reads a case and what it refers to; files already in `skipping` are read but their
    /// problems are not reported again.
    static func readCase(
        at path: String, log: DiagnosticLog, skipping: inout Set<String>, root preread: (DataFile, YAMLValue)? = nil
    ) -> CaseParts? {
        guard let (caseFile, root) = preread ?? readRoot(path, expecting: [.case], log: log) else { return nil }
        let references = referencePaths(root, relativeTo: path, log: log)

        var template: Template?
        var templateFile: DataFile?
        if let templatePath = references.template {
            let sub = DiagnosticLog()
            if let (file, templateRoot) = readRoot(templatePath, expecting: [.template], log: sub) {
                templateFile = file
                template = TemplateLoader(log: sub).load(templateRoot)
                // A template with errors would make every reference to it look wrong too.
                if sub.hasErrors { template = nil }
            }
            report(sub, from: templatePath, referencedAt: references.templateLocation, into: log, skipping: &skipping)
        }

        var region: Region?
        var regionFile: DataFile?
        var arrangementLocations: [String: SourceLocation] = [:]
        if let regionPath = references.region {
            let sub = DiagnosticLog()
            if let (file, regionRoot) = readRoot(regionPath, expecting: [.region], log: sub) {
                regionFile = file
                let loader = RegionLoader(log: sub)
                region = loader.load(regionRoot)
                arrangementLocations = loader.arrangementLocations.values
                if sub.hasErrors { region = nil }
            }
            report(sub, from: regionPath, referencedAt: references.regionLocation, into: log, skipping: &skipping)
        }

        var loaded = CaseLoader(log: log).load(root, template: template, region: region)
        let judgements = readJudgements(root, relativeTo: path, template: template, region: region, log: log, skipping: &skipping)
        loaded?.judgements = judgements.judgements

        if let template, let region {
            checkCrossFile(template: template, region: region, arrangementLocations: arrangementLocations, log: log)
        }
        if let loaded, let template {
            checkEffectiveWeights(loaded, template: template, at: SourceLocation(file: path, line: 1, column: 1), log: log)
        }
        guard let loaded, let template, let region, let templateFile, let regionFile else { return nil }
        return CaseParts(case: loaded, template: template, region: region, files: [caseFile, templateFile, regionFile] + judgements.files)
    }

    /// Copies problems from a referenced file into `log`, once per file; when the referenced
    /// file cannot be found, the problem is reported where the case refers to it.
    static func report(
        _ sub: DiagnosticLog, from path: String, referencedAt reference: SourceLocation?, into log: DiagnosticLog,
        skipping: inout Set<String>
    ) {
        let key = normalize(path)
        for diagnostic in sub.diagnostics {
            if case .fileNotFound = diagnostic.problem, let reference {
                log.append(Diagnostic(diagnostic.problem, at: reference, severity: diagnostic.severity))
            } else if !skipping.contains(key) || isWrongKind(diagnostic) {
                // A file checked before in another role (a case named as a template) is
                // still the wrong kind here.
                log.append(diagnostic)
            }
        }
        skipping.insert(key)
    }

    private static func isWrongKind(_ diagnostic: Diagnostic) -> Bool {
        if case .wrongKind = diagnostic.problem { return true }
        return false
    }

    private static func checkCrossFile(
        template: Template, region: Region, arrangementLocations: [String: SourceLocation], log: DiagnosticLog
    ) {
        let needsFTE = template.criteria.contains {
            if case .hostedShareGap(.fte)? = $0.computed { return true }
            return false
        }
        guard needsFTE else { return }
        for arrangement in region.cooperation where arrangement.host != nil && arrangement.fte == nil {
            log.error(
                .fteMissing(arrangement: arrangement.id),
                at: arrangementLocations[arrangement.id] ?? SourceLocation(file: "region"))
        }
    }

    private static func checkEffectiveWeights(_ loaded: Case, template: Template, at location: SourceLocation, log: DiagnosticLog) {
        var points = Dictionary(uniqueKeysWithValues: template.criteria.map { ($0.id, $0.weight) })
        for override in loaded.weightOverrides { points[override.criterion] = override.points }
        if !points.isEmpty, points.values.reduce(0, +) <= 0 {
            log.error(.weightsAllZero, at: location)
        }
    }

    /// Reads a file and checks that it is of one of the expected kinds.
    static func readRoot(_ path: String, expecting kinds: [DataKind], log: DiagnosticLog) -> (DataFile, YAMLValue)? {
        guard let (file, node) = DataFile.read(path, into: log) else { return nil }
        let root = YAMLValue(node: node, file: path, log: log)
        guard case .mapping = node.content else {
            root.fail(.mapping)
            return nil
        }
        let kindNode = node["kind"].map { YAMLValue(node: $0, file: path, log: log) }
        let found = kindNode?.display
        guard let found, let kind = DataKind(rawValue: found), kinds.contains(kind) else {
            let location = kindNode?.location ?? SourceLocation(file: path, line: 1, column: 1)
            log.error(.wrongKind(expected: kinds.map(\.rawValue), found: found), at: location)
            return nil
        }
        return (file, root)
    }

    static func kind(of root: YAMLValue) -> DataKind? {
        guard let text = root.node["kind"]?.scalar else { return nil }
        return DataKind(rawValue: text)
    }

    /// The template and region paths of a case, resolved against the case file's folder.
    static func referencePaths(_ root: YAMLValue, relativeTo path: String, log: DiagnosticLog) -> (
        template: String?, templateLocation: SourceLocation?, region: String?, regionLocation: SourceLocation?
    ) {
        func resolve(_ key: String) -> (String?, SourceLocation?) {
            guard let node = root.node[key] else { return (nil, nil) }
            let value = YAMLValue(node: node, file: path, log: DiagnosticLog())
            guard let reference = node.scalar, !reference.isEmpty else { return (nil, value.location) }
            return (resolvePath(reference, relativeTo: path), value.location)
        }
        let (template, templateLocation) = resolve("template")
        let (region, regionLocation) = resolve("region")
        return (template, templateLocation, region, regionLocation)
    }

    /// `reference` resolved against the folder of `file`, normalised lexically so that
    /// messages show `Criteria/x.yaml` rather than `Cases/sogn/../../Criteria/x.yaml`.
    public static func resolvePath(_ reference: String, relativeTo file: String) -> String {
        if reference.hasPrefix("/") { return normalize(reference) }
        // Lexically, without NSString: Foundation's deletingLastPathComponent traps on
        // some one-character paths.
        let folder = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? ""
        return normalize(folder.isEmpty ? (file.hasPrefix("/") ? "/" + reference : reference) : folder + "/" + reference)
    }

    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
