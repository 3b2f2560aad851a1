internal import Hummingbird

/// The pages, stylesheet and scripts, compiled into the binary.
struct AssetController {
    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Responses.html(StaticPages.index) }
        router.get("/case") { _, _ in Responses.html(StaticPages.casePage) }
        router.get("/portfolio") { _, _ in Responses.html(StaticPages.portfolioPage) }
        router.get("/app.css") { _, _ in Responses.asset(StaticPages.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/common.js") { _, _ in Responses.asset(StaticPages.commonScript, type: "text/javascript; charset=utf-8") }
        router.get("/case.js") { _, _ in Responses.asset(StaticPages.caseScript, type: "text/javascript; charset=utf-8") }
        router.get("/portfolio.js") { _, _ in Responses.asset(StaticPages.portfolioScript, type: "text/javascript; charset=utf-8") }
        router.get("/index.js") { _, _ in Responses.asset(StaticPages.indexScript, type: "text/javascript; charset=utf-8") }
    }
}
