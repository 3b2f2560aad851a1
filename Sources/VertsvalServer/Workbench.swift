public import Hummingbird
internal import Vertsval

/// The local web workbench: pages where administrators move weights and see the ranking
/// change, run the robustness analysis, toggle a portfolio's rules and re-optimise, save a
/// scenario next to a case, enter a board member's own judgement, and download the report.
///
/// The controllers only turn query parameters into the application layer's requests and
/// answer with its results, rendered by the same code as the command line.
public enum Workbench {
    /// The router with every page and API route.
    public static func router(_ configuration: WorkbenchConfiguration) -> Router<BasicRequestContext> {
        let files = DataFiles(root: configuration.root)
        let pools = WorkPools()
        let router = Router()
        // First: the guard applies to the routes added after it.
        router.add(middleware: RequestGuard(configuration: configuration))
        AssetController(token: configuration.token).addRoutes(to: router)
        CatalogController(files: files).addRoutes(to: router)
        CaseController(files: files, pools: pools).addRoutes(to: router)
        PortfolioController(files: files, pools: pools).addRoutes(to: router)
        JudgementController(files: files, pools: pools).addRoutes(to: router)
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
}
