import Foundation
import Testing
import VertsvalTestSupport

/// The live tests with a real browser, each a script in `Tests/browser/` that says what it
/// checks: a page on another loopback origin tries to save a scenario in a running
/// `vertsval serve` (issue 16); axe-core and the checks axe cannot make on the HTML reports
/// and every workbench page (issue 18); and a scenario saved with the keyboard alone.
///
/// They need Debian's `chromium`, `chromium-driver` and `python3-selenium`, and for axe-core
/// `axe-selenium-python` and `axe-core-python` from PyPI, which `.ci/run` installs. Where they
/// are missing a test is skipped, except in CI (`VERTSVAL_CI=1`, set by `.ci/run`), where it
/// then fails.
@Suite(.serialized) struct BrowserTests {
    /// Debian's Python, which has Debian's selenium (another `python3` on PATH may not).
    static let python = "/usr/bin/python3"

    static func script(_ name: String) -> String { TestSupport.path("Tests/browser/\(name)") }

    static var inCI: Bool { ProcessInfo.processInfo.environment["VERTSVAL_CI"] == "1" }

    /// Whether chromium, chromedriver and selenium are installed.
    static var browserInstalled: Bool {
        let tools = ["/usr/bin/chromium", "/usr/bin/chromedriver", python]
        guard tools.allSatisfy(FileManager.default.isExecutableFile(atPath:)) else { return false }
        return (try? runProcess(python, ["-c", "import selenium"]))?.status == 0
    }

    /// Whether the browser and both axe-core packages are installed.
    static var axeInstalled: Bool {
        browserInstalled && (try? runProcess(python, ["-c", "import axe_selenium_python, axe_core_python"]))?.status == 0
    }

    /// Runs a script against the built `vertsval` and expects every check of it to hold.
    func run(_ name: String) throws {
        let result = try runProcess(Self.python, [Self.script(name), "--vertsval", CLI.executable, "--package-root", TestSupport.packageRoot.path])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("all checks passed"))
    }

    @Test(
        "A page on another loopback origin, in a real browser, cannot save a scenario; the workbench's own page can",
        .enabled(if: inCI || browserInstalled, "needs chromium, chromium-driver and python3-selenium (apt-get); .ci/run installs them"))
    func crossOriginSave() throws {
        try run("cross_origin_save.py")
    }

    @Test(
        "axe-core finds no WCAG 2.1 A/AA violation in the HTML reports and on every workbench page, which are also usable at 320 px",
        .enabled(if: inCI || axeInstalled, "needs chromium, chromium-driver, python3-selenium and axe-core from PyPI; .ci/run installs them"))
    func accessibility() throws {
        try run("accessibility.py")
    }

    @Test(
        "With the keyboard alone a weight is moved and a scenario saved",
        .enabled(if: inCI || browserInstalled, "needs chromium, chromium-driver and python3-selenium (apt-get); .ci/run installs them"))
    func keyboardOnlySave() throws {
        try run("keyboard_save.py")
    }
}
