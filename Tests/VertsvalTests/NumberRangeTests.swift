import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

/// Whole numbers in data files have ranges real data never leaves, so that no arithmetic
/// on them can overflow (a scale level of Int.min ended every command with SIGILL).
@Suite struct NumberRangeTests {
    @Test("An extreme scale level is refused at its place instead of trapping", arguments: ["-9223372036854775808", "9223372036854775807", "1001"])
    func extremeLevel(_ level: String) {
        let fixture = Fixture(template: { $0.replacingFirst("- { level: 1, label: Svakt }", with: "- { level: \(level), label: Svakt }") })
        let diagnostics = Loader.validate(paths: [fixture.path("case.yaml")]).filter { $0.severity == .error }
        #expect(!diagnostics.isEmpty)
        let lines = Fixture.template.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (lines.firstIndex { $0.contains("level: 1, label: Svakt") } ?? -2) + 1
        #expect(diagnostics.contains { $0.location.file.hasSuffix("template.yaml") && $0.location.line == line }, "\(diagnostics)")
        #expect(throws: ValidationFailure.self) { try Loader.loadCase(at: fixture.path("case.yaml")) }
    }
}

/// Files that would make the loader work without end are refused at once, located.
@Suite struct UnboundedInputTests {
    @Test("A YAML alias bomb is refused quickly, at the first alias")
    func aliasBomb() {
        var lines = ["kind: case", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        let folder = TestSupport.temporaryFolder("bomb")
        let path = TestSupport.write(lines.joined(separator: "\n") + "\n", to: "bomb.yaml", in: folder)
        let start = ContinuousClock.now
        let diagnostics = Loader.validate(paths: [path])
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.line == 3 && diagnostics.first?.location.column == 10)
        #expect(diagnostics.first?.problem.message(in: .en).hasPrefix("the anchors and aliases in the file") == true)
    }

    @Test("A device as a data file is refused without reading it")
    func device() {
        let fixture = Fixture(case: { $0.replacingFirst("template: template.yaml", with: "template: /dev/zero") })
        let messages = Loader.validate(paths: [fixture.path("case.yaml")]).map { $0.problem.message(in: .nn) }
        #expect(messages.contains("«/dev/zero» er inga vanleg fil (men til dømes ei eining eller ein røyrleidning); vel ei .yaml-fil"), "\(messages)")
    }
}

@Suite struct ExtremeWeightTests {
    @Test("Weights above 1 000 000 points are refused, so no sum of weights overflows to a 0,0 % weighting")
    func huge() throws {
        let loaded = try TestSupport.bundledCase()
        let template = loaded.template
        #expect(throws: WeightError.self) {
            _ = try WeightSet(template: template, adjustments: [("fagmiljo", 1e308), ("rekruttering", 1e308)])
        }
        let largest = try WeightSet(template: loaded.template, adjustments: [("fagmiljo", WeightSet.maximumPoints)])
        #expect(largest.fractions.allSatisfy { $0.isFinite })
        #expect(abs(largest.fractions.reduce(0, +) - 1) < 1e-12)
    }

    @Test("Figures beyond what 64-bit integers hold are shown in scientific notation, never clamped")
    func scientific() {
        #expect(NumberFormat(.nn).format(1e308, decimals: 2) == "1,00e+308")
        #expect(NumberFormat(.en).format(-2.5e20, decimals: 1) == "−2.50e+20")
        #expect(NumberFormat(.nn).format(123_456.789, decimals: 1) == "123\u{00A0}456,8")
    }
}

/// `validate` runs the same loading as every command: whatever a command refuses, it
/// refuses too, and every refusal has a message.
@Suite struct ValidateMeansItTests {
    static func errors(_ path: String) -> [Diagnostic] {
        Loader.validate(paths: [path]).filter { $0.severity == .error }
    }

    @Test("A case whose template is the case itself, or whose region is the template, is refused with a message")
    func wrongReferences() {
        for replacement in ["template: case.yaml", "region: template.yaml"] {
            let key = replacement.hasPrefix("template") ? "template: template.yaml" : "region: region.yaml"
            let fixture = Fixture(case: { $0.replacingFirst(key, with: replacement) })
            let errors = Self.errors(fixture.path("case.yaml"))
            #expect(!errors.isEmpty, "\(replacement)")
            #expect(errors.allSatisfy { !$0.problem.message(in: .nn).isEmpty })
            #expect(throws: ValidationFailure.self) { try Loader.loadCase(at: fixture.path("case.yaml")) }
            do {
                _ = try Loader.loadCase(at: fixture.path("case.yaml"))
            } catch {
                #expect(error.diagnostics.contains { $0.severity == .error }, "\(replacement)")
            }
        }
    }

    @Test("A portfolio whose region is a list is refused at that place")
    func regionList() {
        let folder = TestSupport.temporaryFolder("portfolio")
        let path = TestSupport.write(
            "kind: portfolio\nid: p\ntitle: P\nregion: [1, 2]\nservices: []\n", to: "p.yaml", in: folder)
        let errors = Self.errors(path)
        #expect(errors.contains { $0.location.line == 4 }, "\(errors)")
    }
}

@Suite struct LeniencyTests {
    @Test("Two weight overrides for one criterion are refused at the second (the last no longer wins silently)")
    func duplicateOverride() {
        let overrides = """
            weightOverrides:
              - { criterion: fag, weight: 10, reason: Ein. }
              - { criterion: fag, weight: 20, reason: To. }
            """
        let fixture = Fixture(case: { $0 + overrides + "\n" })
        let messages = Loader.validate(paths: [fixture.path("case.yaml")]).map { $0.problem.message(in: .en) }
        #expect(messages.contains { $0.hasPrefix("the weight of 'fag' is already changed on line") }, "\(messages)")
    }
}

@Suite struct TextLimitTests {
    @Test("A 100 000-character title and a control character are refused at their place")
    func texts() {
        let long = Fixture(case: { $0.replacingFirst("title: Testsak", with: "title: " + String(repeating: "x", count: 100_000)) })
        let messages = Loader.validate(paths: [long.path("case.yaml")]).map { "\($0.location.line): \($0.problem.message(in: .en))" }
        #expect(messages.contains { $0.hasSuffix("the text has 100,000 characters; at most 5,000 are allowed") }, "\(messages)")
        let control = Fixture(case: { $0.replacingFirst("title: Testsak", with: "title: \"Test\\u0001sak\"") })
        let found = Loader.validate(paths: [control.path("case.yaml")]).map { $0.problem.message(in: .nn) }
        #expect(found.contains("teksten har eit kontrollteikn (U+0001); fjern det"), "\(found)")
    }
}

@Suite struct NumberCapTests {
    @Test("A travel time of 1e308 minutes is refused at its place (no «∞ minutt», no NaN totals)", arguments: ["1e308", "20000", ".inf"])
    func travelTime(_ minutes: String) {
        let fixture = Fixture(region: { $0.replacingFirst("a: { b: 30, c: 60 }", with: "a: { b: \(minutes), c: 60 }") })
        let diagnostics = Loader.validate(paths: [fixture.path("case.yaml")]).filter { $0.severity == .error }
        #expect(diagnostics.contains { $0.location.file.hasSuffix("region.yaml") && $0.location.line > 0 }, "\(diagnostics)")
    }

    @Test("Every number without a range of its own stays within ±10¹²")
    func largest() {
        let folder = TestSupport.temporaryFolder("cap")
        let path = TestSupport.write("kind: case\nservice: { name: S, budget: 1e300 }\n", to: "c.yaml", in: folder)
        let messages = Loader.validate(paths: [path]).map { $0.problem.message(in: .en) }
        #expect(messages.contains { $0.contains("1") && $0.lowercased().contains("1,000,000,000,000") }, "\(messages)")
    }
}
