import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

/// Validation of portfolio files: the same quality as cases.
@Suite struct PortfolioValidationTests {
    static let portfolio = """
        kind: portfolio
        id: p
        title: Portefølje
        region: region.yaml
        services:
          - { id: s1, name: Ein, fte: 2, host: a }
          - { id: s2, name: To, fte: 3, values: { a: 50, b: 60 } }
          - { id: s3, fte: 1, case: case.yaml }
        rules:
          balance: { relative: 50, absolute: 1 }
          services: { min: 1 }
          together:
            - services: [s2, s3]
          apart:
            - services: [s1, s2]

        """

    func messages(_ transform: (String) -> String) -> [String] {
        let fixture = Fixture()
        let path = TestSupport.write(transform(Self.portfolio), to: "portfolio.yaml", in: fixture.folder)
        return Loader.validate(paths: [path]).map { diagnostic in
            var location = diagnostic.location
            location.file = URL(fileURLWithPath: location.file).lastPathComponent
            return "\(location): \(diagnostic.severity.rawValue): \(diagnostic.problem.message(in: .nn))"
        }
    }

    @Test("The fixture portfolio is valid and takes values from its case")
    func valid() throws {
        #expect(messages { $0 } == [])
        let fixture = Fixture()
        let path = TestSupport.write(Self.portfolio, to: "portfolio.yaml", in: fixture.folder)
        let loaded = try Loader.loadPortfolio(at: path)
        let s3 = try #require(loaded.portfolio.service("s3"))
        #expect(s3.name.text(.nn) == "Teneste")
        #expect(Set(s3.values.keys) == ["a", "b"])
        #expect(
            loaded.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["portfolio.yaml", "region.yaml", "case.yaml", "template.yaml"])
    }

    @Test("A service with both host and values")
    func twoSources() {
        #expect(
            messages { $0.replacingFirst("{ id: s1, name: Ein, fte: 2, host: a }", with: "{ id: s1, name: Ein, fte: 2, host: a, values: { a: 1 } }") }
                == [
                    "portfolio.yaml:6:5: error: tenesta «s1» må ha nøyaktig éin av «host:» (vedteken vertskommune), «values:» (verdi per kommune) og «case:» (verdiar frå ei sak)"
                ])
    }

    @Test("An unknown municipality in values and an unknown service in a pair")
    func unknownReferences() {
        #expect(
            messages {
                $0.replacingFirst("values: { a: 50, b: 60 }", with: "values: { a: 50, bb: 60 }").replacingFirst("[s1, s2]", with: "[s1, s22]")
            } == [
                "portfolio.yaml:7:50: error: ukjend kommune «bb»; meinte du «b»?",
                "portfolio.yaml:15:22: error: ukjend teneste «s22»; meinte du «s2»?",
            ])
    }

    @Test("A pair naming one service twice")
    func pairWithItself() {
        #expect(
            messages { $0.replacingFirst("[s2, s3]", with: "[s2, s2]") } == [
                "portfolio.yaml:13:7: error: paret nemner «s2» to gonger; eit par er to ulike tenester"
            ])
    }

    @Test("Problems in a referenced case are reported under the case's name")
    func caseProblems() {
        let fixture = Fixture(case: { $0.replacingFirst("level: 3,", with: "level: 7,") })
        let path = TestSupport.write(Self.portfolio, to: "portfolio.yaml", in: fixture.folder)
        let found = Loader.validate(paths: [path]).map { "\(URL(fileURLWithPath: $0.location.file).lastPathComponent):\($0.location.line)" }
        #expect(found == ["case.yaml:13"])
    }

    @Test("A minimum above the maximum")
    func boundsContradict() {
        #expect(
            messages { $0.replacingFirst("  services: { min: 1 }", with: "  services: { min: 3, max: 1 }") } == [
                "portfolio.yaml:11:13: error: minimum 3 er større enn maksimum 1"
            ])
    }
}

@Suite struct ScenarioTests {
    static let scenario = """
        kind: scenario
        id: s
        title: Meir fag
        case: case.yaml
        reason: Prøve.
        weights:
          fag: 80

        """

    func messages(_ text: String) -> [String] {
        let fixture = Fixture()
        let path = TestSupport.write(text, to: "scenario.yaml", in: fixture.folder)
        return Loader.validate(paths: [path]).map { diagnostic in
            var location = diagnostic.location
            location.file = URL(fileURLWithPath: location.file).lastPathComponent
            return "\(location): \(diagnostic.severity.rawValue): \(diagnostic.problem.message(in: .nn))"
        }
    }

    @Test("A valid scenario changes the weights, with the scenario as origin")
    func valid() throws {
        #expect(messages(Self.scenario) == [])
        let fixture = Fixture()
        let loaded = try Loader.loadScenario(at: TestSupport.write(Self.scenario, to: "scenario.yaml", in: fixture.folder))
        let weights = try loaded.weights()
        #expect(weights.points["fag"] == 80)
        guard case .scenario? = weights.changes.first?.origin else {
            Issue.record("expected a scenario origin")
            return
        }
    }

    @Test("An unknown criterion, a missing reason and a bad weight are reported")
    func problems() {
        let text = Self.scenario.replacingFirst("reason: Prøve.\n", with: "").replacingFirst("fag: 80", with: "fg: 80\n  kost: -1")
        #expect(
            messages(text) == [
                "scenario.yaml:1:1: error: manglar «reason:»",
                "scenario.yaml:6:3: error: ukjend kriterium «fg»; meinte du «fag»?",
                "scenario.yaml:7:9: error: vekta «-1» er ugyldig; ei vekt er eit tal frå 0 til 1 000 000 (poeng)",
            ])
    }
}
