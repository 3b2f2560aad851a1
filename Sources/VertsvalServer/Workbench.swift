internal import HTTPTypes
internal import NIOCore
public import Hummingbird
internal import Foundation
internal import Vertsval
internal import VertsvalOptimizer
internal import VertsvalReport

/// The local web workbench: pages where administrators move weights and see the ranking
/// change, run the robustness analysis, toggle a portfolio's rules and re-optimise, save a
/// scenario next to a case, and download the report.
///
/// Every answer is computed by the same code as the command line; the pages only show it.
public enum Workbench {
    /// The router with every page and API route.
    public static func router(_ configuration: WorkbenchConfiguration) -> Router<BasicRequestContext> {
        let files = DataFiles(root: configuration.root)
        let router = Router()
        router.get("/") { _, _ in html(StaticPages.index) }
        router.get("/case") { _, _ in html(StaticPages.casePage) }
        router.get("/portfolio") { _, _ in html(StaticPages.portfolioPage) }
        router.get("/app.css") { _, _ in asset(StaticPages.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/common.js") { _, _ in asset(StaticPages.commonScript, type: "text/javascript; charset=utf-8") }
        router.get("/case.js") { _, _ in asset(StaticPages.caseScript, type: "text/javascript; charset=utf-8") }
        router.get("/portfolio.js") { _, _ in asset(StaticPages.portfolioScript, type: "text/javascript; charset=utf-8") }
        router.get("/index.js") { _, _ in asset(StaticPages.indexScript, type: "text/javascript; charset=utf-8") }

        router.get("/api/files") { request, _ in
            try json(files.list(language: language(request)))
        }
        router.get("/api/case/evaluate") { request, _ in
            let (evaluation, _, lang) = try evaluate(request, files: files)
            return try json(EvaluationJSON(evaluation, language: lang))
        }
        router.get("/api/case/sensitivity") { request, _ in
            let (evaluation, _, lang) = try evaluate(request, files: files)
            let query = request.uri.queryParameters
            let samples = min(max(Int(query.get("samples") ?? "") ?? 20_000, 100), 1_000_000)
            let seed = UInt64(query.get("seed") ?? "") ?? 1
            let spread = Double(query.get("spread") ?? "").map { min(max($0, 0), 100) / 100 }
            let robustness: CaseRobustness
            do throws(SMAAError) {
                robustness = try CaseRobustness(evaluation, options: SMAAOptions(samples: samples, seed: seed), weightSpread: spread)
            } catch {
                throw WorkbenchError(.unprocessableContent, error.message(in: lang))
            }
            return try json(SensitivityJSON(robustness, language: lang))
        }
        router.get("/api/case/report") { request, _ in
            try caseReport(request, files: files, toolVersion: configuration.toolVersion)
        }
        router.post("/api/case/scenario") { request, _ in
            try await saveScenario(request, files: files, configuration: configuration)
        }
        router.get("/api/portfolio/optimize") { request, _ in
            try optimize(request, files: files)
        }
        router.get("/api/portfolio/report") { request, _ in
            try portfolioReport(request, files: files, toolVersion: configuration.toolVersion)
        }
        return router
    }

    /// The application, ready to run.
    public static func application(_ configuration: WorkbenchConfiguration) -> some ApplicationProtocol {
        Application(
            router: router(configuration),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "vertsval"))
    }

    /// Runs the workbench until the process is interrupted (SIGINT/SIGTERM).
    public static func run(_ configuration: WorkbenchConfiguration) async throws {
        try await application(configuration).runService()
    }

    // MARK: Handlers

    static func language(_ request: Request) -> Language {
        request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? .nn
    }

    /// `weights=fagmiljo:30,reisetid:12` → adjustments.
    static func adjustments(_ request: Request, language: Language) throws(WorkbenchError) -> [(criterion: String, points: Double)] {
        guard let text = request.uri.queryParameters.get("weights"), !text.isEmpty else { return [] }
        var result: [(criterion: String, points: Double)] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: ":")
            guard pieces.count == 2, let points = Double(pieces[1]), points.isFinite, points >= 0 else {
                throw WorkbenchError(.badRequest, Phrasebook(language).pick(
                    nn: "vekter skal skrivast som «fagmiljo:30,reisetid:12», ikkje «\(part)»",
                    nb: "vekter skal skrives som «fagmiljo:30,reisetid:12», ikke «\(part)»",
                    en: "weights must look like 'fagmiljo:30,reisetid:12', not '\(part)'"))
            }
            result.append((String(pieces[0]), points))
        }
        return result
    }

    static func evaluate(_ request: Request, files: DataFiles) throws(WorkbenchError) -> (Evaluation, LoadedCase, Language) {
        let lang = language(request)
        let path = try files.resolve(request.uri.queryParameters.get("file"), language: lang)
        let loaded: LoadedCase
        var base: [(criterion: String, points: Double)] = []
        var origin = WeightSet.Origin.adjustment
        do {
            if Loader.kind(ofFileAt: path) == .scenario {
                let scenario = try Loader.loadScenario(at: path)
                loaded = scenario.loadedCase
                base = scenario.scenario.weights
                origin = .scenario(title: scenario.scenario.title, reason: scenario.scenario.reason)
            } else {
                loaded = try Loader.loadCase(at: path)
            }
        } catch {
            throw WorkbenchError.invalid(error, language: lang)
        }
        let extra = try adjustments(request, language: lang)
        let weights: WeightSet
        do {
            weights = try WeightSet(
                template: loaded.template, overrides: loaded.case.weightOverrides, adjustments: base + extra,
                origin: extra.isEmpty ? origin : .adjustment)
        } catch {
            throw WorkbenchError(.badRequest, error.message(in: lang))
        }
        return (Evaluator.evaluate(loaded, weights: weights), loaded, lang)
    }

    static func caseReport(_ request: Request, files: DataFiles, toolVersion: String) throws -> Response {
        let (evaluation, loaded, lang) = try evaluate(request, files: files)
        let query = request.uri.queryParameters
        let format = query.get("format") ?? "pdf"
        let date = query.get("date").flatMap(CalendarDate.init(iso:)) ?? CalendarDate(utc: Date())
        let seed = UInt64(query.get("seed") ?? "") ?? 1
        let robustness = evaluation.ranked.count >= 2 ? try? CaseRobustness(evaluation, options: SMAAOptions(samples: 50_000, seed: seed)) : nil
        let reproducibility = Reproducibility(
            date: date, toolVersion: toolVersion, solverVersion: AssignmentOptimizer.solverVersion,
            seed: robustness == nil ? nil : seed, samples: robustness == nil ? nil : 50_000, files: loaded.files)
        let document = CaseReport(evaluation, language: lang, options: .report(reproducibility, robustness: robustness)).document()
        let name = loaded.case.id
        switch format {
        case "html":
            return download(Data(HTMLRenderer().render(document, metadata: HTMLMetadata(date: date)).utf8), type: "text/html; charset=utf-8", name: "\(name).html")
        case "md":
            return download(Data(MarkdownRenderer().render(document).utf8), type: "text/markdown; charset=utf-8", name: "\(name).md")
        default:
            let metadata = PDFMetadata(title: loaded.case.title.text(lang), author: nil, subject: loaded.template.title.text(lang), keywords: ["vertskommune"], date: date)
            return download(try PDFRenderer().render(document, metadata: metadata), type: "application/pdf", name: "\(name).pdf")
        }
    }

    /// What the page sends to save a scenario.
    struct ScenarioRequest: Decodable {
        let file: String
        let id: String
        let title: String
        let reason: String
        let weights: [String: Double]
    }

    static func saveScenario(_ request: Request, files: DataFiles, configuration: WorkbenchConfiguration) async throws -> Response {
        let lang = language(request)
        if let token = configuration.writeToken {
            let given = HTTPField.Name("X-Vertsval-Token").flatMap { request.headers[$0] } ?? request.uri.queryParameters.get("token")
            guard given == token else {
                throw WorkbenchError(.forbidden, Phrasebook(lang).pick(
                    nn: "lagring krev nøkkelen som vart skriven ut då arbeidsbenken starta; opne lenkja derifrå",
                    nb: "lagring krever nøkkelen som ble skrevet ut da arbeidsbenken startet; åpne lenken derfra",
                    en: "saving needs the token printed when the workbench started; open the link printed there"))
            }
        }
        let body = try await request.body.collect(upTo: 64 * 1024)
        guard let input = try? JSONDecoder().decode(ScenarioRequest.self, from: Data(String(buffer: body).utf8)) else {
            throw WorkbenchError(.badRequest, Phrasebook(lang).pick(
                nn: "venta JSON {file, id, title, reason, weights}", nb: "ventet JSON {file, id, title, reason, weights}",
                en: "expected JSON {file, id, title, reason, weights}"))
        }
        let casePath = try files.resolve(input.file, language: lang)
        guard Loader.kind(ofFileAt: casePath) == .case else {
            throw WorkbenchError(.badRequest, Phrasebook(lang).pick(
                nn: "eit scenario blir lagra ved sida av ei sak; opne saka, ikkje eit scenario, og lagre derifrå",
                nb: "et scenario blir lagret ved siden av en sak; åpne saken, ikke et scenario, og lagre derfra",
                en: "a scenario is saved next to a case; open the case, not a scenario, and save from there"))
        }
        let id = input.id.lowercased().filter { $0.isLetter && $0.isASCII || $0.isNumber || $0 == "-" }
        guard !id.isEmpty, !input.reason.trimmingCharacters(in: .whitespaces).isEmpty, !input.title.isEmpty else {
            throw WorkbenchError(.badRequest, Phrasebook(lang).pick(
                nn: "eit scenario treng id, tittel og grunngjeving", nb: "et scenario trenger id, tittel og begrunnelse", en: "a scenario needs an id, a title and a reason"))
        }
        let loaded: LoadedCase
        do { loaded = try Loader.loadCase(at: casePath) } catch { throw WorkbenchError.invalid(error, language: lang) }
        let ids = loaded.template.criteria.map(\.id)
        let weights = ids.compactMap { criterion in input.weights[criterion].map { (criterion: criterion, points: $0) } }
        let caseName = URL(fileURLWithPath: casePath).lastPathComponent
        let base = caseName.hasSuffix(".yaml") ? String(caseName.dropLast(5)) : caseName
        let folder = casePath.lastIndex(of: "/").map { String(casePath[...$0]) } ?? ""
        let target = folder + "\(base).scenario.\(id).yaml"
        guard !FileManager.default.fileExists(atPath: target) else {
            throw WorkbenchError(.conflict, Phrasebook(lang).pick(
                nn: "scenarioet «\(id)» finst alt; vel ein annan id", nb: "scenarioet «\(id)» finnes allerede; velg en annen id", en: "scenario '\(id)' already exists; choose another id"))
        }
        // The text is in the page's language; Nynorsk is always present (it is required).
        var title: [Language: String] = [.nn: input.title]
        title[lang] = input.title
        var reason: [Language: String] = [.nn: input.reason]
        reason[lang] = input.reason
        let scenario = Scenario(
            id: id, title: LocalizedText(values: title), caseReference: caseName, reason: LocalizedText(values: reason), weights: weights,
            created: CalendarDate(utc: Date()))
        // Write to a temporary name and link into place, so an existing file is never replaced.
        let temporary = target + ".tmp-\(UUID().uuidString)"
        try Data(scenario.yaml().utf8).write(to: URL(fileURLWithPath: temporary))
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            try FileManager.default.linkItem(atPath: temporary, toPath: target)
        } catch {
            throw WorkbenchError(.conflict, Phrasebook(lang).pick(
                nn: "kunne ikkje lage «\(files.relative(target))»: \(error.localizedDescription)",
                nb: "kunne ikke lage «\(files.relative(target))»: \(error.localizedDescription)",
                en: "could not create '\(files.relative(target))': \(error.localizedDescription)"))
        }
        struct Saved: Encodable { let path: String }
        var response = try json(Saved(path: files.relative(target)))
        response.status = .created
        return response
    }

    /// The portfolio of the request, with the rules named in `off` switched off.
    static func portfolio(_ request: Request, files: DataFiles) throws(WorkbenchError) -> (LoadedPortfolio, Portfolio, Set<String>) {
        let lang = language(request)
        let path = try files.resolve(request.uri.queryParameters.get("file"), language: lang)
        let loaded: LoadedPortfolio
        do { loaded = try Loader.loadPortfolio(at: path) } catch { throw WorkbenchError.invalid(error, language: lang) }
        let off = Set((request.uri.queryParameters.get("off") ?? "").split(separator: ",").map(String.init))
        var portfolio = loaded.portfolio
        if off.contains("balance") { portfolio.rules.balance = nil }
        if off.contains("fte") { portfolio.rules.fteBounds = [] }
        if off.contains("services") { portfolio.rules.serviceCount = nil }
        portfolio.rules.together.removeAll { off.contains("together:\($0.first)+\($0.second)") }
        portfolio.rules.apart.removeAll { off.contains("apart:\($0.first)+\($0.second)") }
        return (loaded, portfolio, off)
    }

    static func portfolioReport(_ request: Request, files: DataFiles, toolVersion: String) throws -> Response {
        let lang = language(request)
        let (loaded, portfolio, _) = try portfolio(request, files: files)
        let date = request.uri.queryParameters.get("date").flatMap(CalendarDate.init(iso:)) ?? CalendarDate(utc: Date())
        // A page must answer: 20 s per solve and 20 s for the whole explanation (a national
        // portfolio takes minutes to explain in full; the page then says it is cut short).
        let result = try AssignmentOptimizer.optimize(
            portfolio, options: .init(alternatives: 3, timeLimit: .seconds(20), explanationTimeLimit: .seconds(20)))
        let robust = try? RobustAssignment.run(portfolio, cases: loaded.cases, samples: 500, seed: 1)
        let reproducibility = Reproducibility(
            date: date, toolVersion: toolVersion, solverVersion: AssignmentOptimizer.solverVersion, seed: robust == nil ? nil : 1,
            samples: robust == nil ? nil : 500, files: loaded.files)
        let document = PortfolioReport(portfolio, result: result, language: lang, reproducibility: reproducibility, robust: robust).document()
        let metadata = PDFMetadata(title: portfolio.title.text(lang), author: nil, subject: portfolio.region.name.text(lang), keywords: ["vertskommune"], date: date)
        return download(try PDFRenderer().render(document, metadata: metadata), type: "application/pdf", name: "\(portfolio.id).pdf")
    }

    static func optimize(_ request: Request, files: DataFiles) throws -> Response {
        let lang = language(request)
        let (loaded, portfolio, off) = try portfolio(request, files: files)
        let alternatives = min(max(Int(request.uri.queryParameters.get("alternatives") ?? "") ?? 2, 0), 10)
        let result = try AssignmentOptimizer.optimize(
            portfolio, options: .init(alternatives: alternatives, timeLimit: .seconds(20), explanationTimeLimit: .seconds(20)))
        struct Answer: Encodable {
            let title: String
            let names: [String: String]
            let result: AssignmentJSON
            let rules: [RuleSwitch]
        }
        return try json(
            Answer(
                title: portfolio.title.text(lang),
                names: Dictionary(uniqueKeysWithValues: portfolio.region.municipalities.map { ($0.id, $0.name) }),
                result: AssignmentJSON(portfolio, result: result, language: lang), rules: RuleSwitch.all(loaded.portfolio, off: off, language: lang)))
    }

    // MARK: Responses

    static func html(_ text: String) -> Response {
        asset(text, type: "text/html; charset=utf-8")
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: some Encodable) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: try JSONOutput.encode(value))))
    }

    static func download(_ data: Data, type: String, name: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// A rule the portfolio page can switch off.
struct RuleSwitch: Encodable {
    let id: String
    let label: String
    let on: Bool

    static func all(_ portfolio: Portfolio, off: Set<String>, language: Language) -> [RuleSwitch] {
        let t = Phrasebook(language)
        let words = RuleWording(portfolio: portfolio, language: language)
        var switches: [RuleSwitch] = []
        if let band = portfolio.rules.balance {
            let n = NumberFormat(language)
            switches.append(
                RuleSwitch(
                    id: "balance",
                    label: t.pick(nn: "Balanseband: ±", nb: "Balansebånd: ±", en: "Balance band: ±") + n.percent(100 * band.relative, decimals: 0)
                        + " + " + n.format(band.absolute, decimals: 1) + t.pick(nn: " årsverk", nb: " årsverk", en: " FTE"),
                    on: !off.contains("balance")))
        }
        if !portfolio.rules.fteBounds.isEmpty {
            switches.append(RuleSwitch(id: "fte", label: t.pick(nn: "Grenser for årsverk", nb: "Grenser for årsverk", en: "FTE bounds"), on: !off.contains("fte")))
        }
        if portfolio.rules.serviceCount != nil {
            switches.append(RuleSwitch(id: "services", label: t.pick(nn: "Tal på tenester per kommune", nb: "Antall tjenester per kommune", en: "Services per municipality"), on: !off.contains("services")))
        }
        for pair in portfolio.rules.together {
            let id = "together:\(pair.first)+\(pair.second)"
            switches.append(RuleSwitch(id: id, label: words.capitalized(words.rule(.together(pair.first, pair.second))), on: !off.contains(id)))
        }
        for pair in portfolio.rules.apart {
            let id = "apart:\(pair.first)+\(pair.second)"
            switches.append(RuleSwitch(id: id, label: words.capitalized(words.rule(.apart(pair.first, pair.second))), on: !off.contains(id)))
        }
        return switches
    }
}
