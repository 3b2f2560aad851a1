internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import Vertsval
internal import VertsvalReport
internal import VertsvalStudy

/// A case (or scenario): evaluate with the page's weights, robustness, report, and saving
/// a scenario. Each answer comes from the application layer; heavy work runs on `work`.
struct CaseController {
    let files: DataFiles
    let pools: WorkPools

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/case/evaluate") { request, _ in try await evaluate(request) }
        router.get("/api/case/sensitivity") { request, _ in try await sensitivity(request) }
        router.get("/api/case/report") { request, _ in try await report(request) }
        router.post("/api/case/scenario") { request, _ in try await saveScenario(request) }
        router.get("/api/case/members") { request, _ in try await members(request) }
    }

    func evaluate(_ request: Request) async throws -> Response {
        let query = RequestInput(request: request, files: files)
        let lang = query.language
        let input = try query.study()
        let text = try await pools.evaluation.run(language: lang) {
            let evaluated = try answer(lang) { () throws(StudyError) in try EvaluateCase.run(input) }
            return try StudyOutput.evaluation(evaluated, format: .json, language: lang)
        }
        return Responses.json(text: text)
    }

    func sensitivity(_ request: Request) async throws -> Response {
        let query = RequestInput(request: request, files: files)
        let lang = query.language
        let robustness = AnalyseRobustness.Request(
            input: try query.study(), samples: try query.integer("samples"), seed: try query.integer("seed", as: UInt64.self),
            weightSpreadPercent: try query.number("spread"))
        let text = try await pools.robustness.run(language: lang) {
            let study = try answer(lang) { () throws(StudyError) in try AnalyseRobustness.run(robustness) }
            return try StudyOutput.robustness(study, format: .json, language: lang)
        }
        return Responses.json(text: text)
    }

    /// The members' own judgements as the report shows them (`MembersReport`): the same
    /// sentences, tables and chart, with the run's own what-if note when scores or weights
    /// were tried (`MembersReport.pageBlocks`); `{"blocks": []}` when the case refers to none.
    func members(_ request: Request) async throws -> Response {
        let query = RequestInput(request: request, files: files)
        let lang = query.language
        let members = ViewMembersJudgements.Request(input: try query.study())
        let json = try await pools.evaluation.run(language: lang) {
            let study = try answer(lang) { () throws(StudyError) in try ViewMembersJudgements.run(members) }
            let blocks = study.map { MembersReport.pageBlocks($0, language: lang) } ?? []
            return BlocksJSON(blocks, language: lang)
        }
        return try Responses.json(json)
    }

    func report(_ request: Request) async throws -> Response {
        try await ReportDownload(files: files, work: pools.reports).answer(request)
    }

    /// What the page sends to save a scenario.
    struct ScenarioRequest: Decodable {
        let file: String
        let id: String
        let title: String
        let reason: String
        let weights: [String: Double]
        /// Scores tried, `candidate.criterion=level,…` as in the address (optional).
        let scores: String?
    }

    func saveScenario(_ request: Request) async throws -> Response {
        let lang = RequestInput(request: request, files: files).language
        let body = try await request.body.collect(upTo: 64 * 1024)
        guard let input = try? JSONDecoder().decode(ScenarioRequest.self, from: Data(String(buffer: body).utf8)) else {
            throw WorkbenchError(
                .badRequest,
                Phrasebook(lang).pick(
                    nn: "venta JSON {file, id, title, reason, weights}", nb: "ventet JSON {file, id, title, reason, weights}",
                    en: "expected JSON {file, id, title, reason, weights}"))
        }
        var save = SaveScenario.Request(
            casePath: try files.resolve(input.file, language: lang), id: input.id, title: input.title, reason: input.reason,
            weights: input.weights, language: lang, created: CalendarDate(utc: Date()))
        do {
            save.scores = try ScoreAdjustmentText.parse(list: input.scores ?? "")
        } catch {
            throw WorkbenchError(error, language: lang)
        }
        let saving = save
        let written = try await pools.evaluation.run(language: lang) {
            try answer(lang) { () throws(StudyError) in try SaveScenario.run(saving) }
        }
        struct Saved: Encodable { let path: String }
        var response = try Responses.json(Saved(path: files.relative(written)))
        response.status = .created
        return response
    }
}

/// A report download for a case, scenario or portfolio: the same use case and the same
/// rendering as `vertsval report`, so the same inputs, date and seed give the same bytes.
struct ReportDownload {
    let files: DataFiles
    let work: HeavyWork

    func answer(_ request: Request) async throws -> Response {
        let query = RequestInput(request: request, files: files)
        let lang = query.language
        let formatText = query.text("format") ?? "pdf"
        guard let format = ReportFormat(rawValue: formatText) else {
            throw WorkbenchError(
                .badRequest,
                Phrasebook(lang).pick(
                    nn: "rapporten kan lagast som pdf, html eller md, ikkje «\(formatText)»",
                    nb: "rapporten kan lages som pdf, html eller md, ikke «\(formatText)»",
                    en: "the report can be made as pdf, html or md, not '\(formatText)'"))
        }
        let report = PrepareReport.Request(
            input: try query.study(), date: try query.date(), seed: try query.integer("seed", as: UInt64.self),
            samples: try query.integer("samples"), pathsRelativeTo: files.root)
        let profile = try query.pdfProfile()
        let file = try await work.run(language: lang) {
            let content = try VertsvalServer.answer(lang) { () throws(StudyError) in try PrepareReport.run(report) }
            return try ReportFile.render(content, format: format, language: lang, pdfProfile: profile)
        }
        return Responses.download(file)
    }
}
