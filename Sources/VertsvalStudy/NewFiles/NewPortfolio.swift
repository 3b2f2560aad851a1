public import Vertsval

/// Use case: start a portfolio from a region's register of cooperation: a service with a
/// known host is fixed (`host:`), the others are open with an empty value for every
/// municipality; FTE the register does not give are empty; balance rules are suggested in
/// comments. The file is valid but unfinished until the empty values are filled in.
public enum NewPortfolio {
    /// What to write.
    public struct Request: Sendable {
        /// The region.
        public var regionPath: String
        /// The file to write (`.yaml`).
        public var output: String
        /// The portfolio id; from the file name when nil.
        public var id: String?
        /// The language of the comments.
        public var language: Language
        /// Whether an existing file may be replaced.
        public var force: Bool

        /// Creates a request.
        public init(regionPath: String, output: String, id: String? = nil, language: Language = .nn, force: Bool = false) {
            self.regionPath = regionPath
            self.output = output
            self.id = id
            self.language = language
            self.force = force
        }
    }

    /// Writes the portfolio; returns what was written and what is left to fill in.
    ///
    /// - Throws: `StudyError` for an invalid region, an unusable id, an existing file
    ///   (without `force`) or a file that cannot be written.
    public static func run(_ request: Request) throws(StudyError) -> NewFileResult {
        try NewFileResult.checkTarget(request.output, force: request.force)
        let region = try NewFileResult.load { () throws(ValidationFailure) in try Loader.loadRegion(at: request.regionPath).region }
        let id = try NewFileResult.identifier(request.id, output: request.output)
        let text = yaml(
            region: region, id: id, regionReference: YAMLText.relativePath(to: request.regionPath, from: request.output),
            language: request.language)
        let left = try NewFileResult.write(text, to: request.output, kind: .portfolio)
        return NewFileResult(path: request.output, left: left)
    }

    /// The portfolio's text.
    static func yaml(region: Region, id: String, regionReference: String, language: Language) -> String {
        let say = { (key: ScaffoldText) in key.text(in: language) }
        var titles: [Language: String] = [:]
        for each in Language.allCases { titles[each] = ScaffoldText.portfolioTitle(region: region.name.text(each)).text(in: each) }
        var lines = YAMLText.comment(say(.portfolioIntro))
        lines += [
            "kind: portfolio",
            "id: \(id)",
            "title: \(YAMLText.localized(LocalizedText(values: titles)))",
            "region: \(YAMLText.quoted(regionReference))",
            "",
        ]
        lines += YAMLText.comment(say(.portfolioServices)) + ["services:"]
        var arrangements = region.cooperation
        if arrangements.isEmpty {
            // A region without a register still gets one open service to start from.
            var names: [Language: String] = [:]
            for each in Language.allCases { names[each] = ScaffoldText.portfolioPlaceholderService.text(in: each) }
            arrangements = [
                CooperationArrangement(id: "ny-teneste", name: LocalizedText(values: names), form: .VK, host: nil, fte: nil, status: .proposed)
            ]
        }
        for arrangement in arrangements {
            lines += ["  - id: \(arrangement.id)", "    name: \(YAMLText.localized(arrangement.name))"]
            lines.append("    fte:" + (arrangement.fte.map { " " + YAMLText.number($0) } ?? ""))
            if let host = arrangement.host {
                lines.append("    host: \(host)  # \(region.name(of: host))")
            } else {
                lines += YAMLText.comment(say(.portfolioOpenService), indent: 4)
                lines.append("    values:")
                for municipality in region.municipalities {
                    lines.append("      \(municipality.id):  # \(municipality.name)")
                }
            }
        }
        lines += [""] + YAMLText.comment(say(.portfolioRules))
        lines += ["# rules:", "#   balance: { relative: 40, absolute: 2 }", "#   services: { min: 1 }"]
        return lines.joined(separator: "\n") + "\n"
    }
}
