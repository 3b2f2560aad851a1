internal import Hummingbird
internal import Vertsval
internal import VertsvalReport
internal import VertsvalStudy

/// A portfolio: re-optimise with rules switched off, and its report.
struct PortfolioController {
    let files: DataFiles
    let pools: WorkPools

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/portfolio/optimize") { request, _ in try await optimize(request) }
        router.get("/api/portfolio/report") { request, _ in try await ReportDownload(files: files, work: pools.reports).answer(request) }
    }

    /// The page's answer: the assignment's JSON (with the portfolio's notices, shown above
    /// all as the case page shows a case's), the names to show, and every rule with whether
    /// it is on.
    struct Answer: Encodable {
        let title: String
        let names: [Municipality.ID: String]
        let result: AssignmentJSON
        let rules: [RuleSwitch]
    }

    func optimize(_ request: Request) async throws -> Response {
        let query = RequestInput(request: request, files: files)
        let lang = query.language
        let optimize = OptimizePortfolio.Request(input: try query.study(), alternatives: min(max(try query.integer("alternatives") ?? 2, 0), 10))
        let answer = try await pools.optimization.run(language: lang) {
            let optimized = try VertsvalServer.answer(lang) { () throws(StudyError) in try OptimizePortfolio.run(optimize) }
            let original = optimized.input.loaded.portfolio
            return Answer(
                title: original.title.text(lang),
                names: Dictionary(uniqueKeysWithValues: original.region.municipalities.map { ($0.id, $0.name) }),
                result: StudyOutput.assignmentJSON(optimized, language: lang),
                rules: RuleSwitch.all(original, off: Set(optimized.input.rulesOff), language: lang))
        }
        return try Responses.json(answer)
    }
}

/// A rule the portfolio page can switch off, with its label in the page's language.
struct RuleSwitch: Encodable, Sendable {
    let id: String
    let label: String
    let on: Bool

    static func all(_ portfolio: Portfolio, off: Set<PortfolioRule>, language: Language) -> [RuleSwitch] {
        PortfolioRule.all(in: portfolio).map { rule in
            RuleSwitch(id: rule.token, label: rule.label(in: portfolio, language: language), on: !off.contains(rule))
        }
    }
}
