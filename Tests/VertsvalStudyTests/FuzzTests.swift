import Foundation
import SplitMix
import Testing
import Vertsval
import VertsvalReport
import VertsvalStudy
import VertsvalTestSupport

/// Mutates the bundled data files — key typos, type changes, extreme numbers, aliases,
/// control characters, deletions — and runs loading, evaluation, optimisation and every
/// output on each: no crash, no hang, no NaN or infinity in an output, and every refusal
/// located at a line of a file.
@Suite(.tags(.slow)) struct FuzzTests {
    static let files = [
        "Criteria/vertskommune-2025.yaml", "Cases/sogn/region.yaml", "Cases/sogn/ureining-miljo-tilsyn.yaml",
        "Cases/sogn/ppt-vertskommune.yaml", "Cases/sogn/tenester-2027.yaml", "Cases/sogn/judgements/vik.yaml",
        "Cases/sogn/judgements/sogndal.yaml", "Cases/sogn/judgements/aurland.yaml", "Cases/sogn/judgements/laerdal.yaml",
        "Cases/sogn/judgements/ardal.yaml", "Cases/sogn/judgements/luster.yaml",
    ]

    /// One mutation of `text`, chosen by `random`.
    static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let extremes = ["1e308", "-1e308", ".nan", ".inf", "-9223372036854775808", "9223372036854775807", "-1", "0", "1e-320", "\"x\""]
        let index = Int(random.next() % UInt64(max(lines.count, 1)))
        var line = lines[index]
        switch random.next() % 8 {
        case 0:  // delete a line
            lines.remove(at: index)
            return lines.joined(separator: "\n")
        case 1:  // a number becomes an extreme
            if let range = line.range(of: #"-?[0-9]+(\.[0-9]+)?"#, options: .regularExpression) {
                line.replaceSubrange(range, with: extremes[Int(random.next() % UInt64(extremes.count))])
            }
        case 2:  // a key typo
            if let colon = line.firstIndex(of: ":"), colon > line.startIndex {
                line.insert("x", at: line.index(before: colon))
            }
        case 3:  // a scalar becomes a list or a mapping
            if let colon = line.range(of: ": ") {
                line = line[..<colon.upperBound] + (random.next() % 2 == 0 ? "[1, 2]" : "{ a: 1 }")
            }
        case 4:  // a control character
            line += "\u{0001}"
        case 5:  // an alias to an anchor added on the first line
            lines[0] = lines[0] + " # "
            if let colon = line.range(of: ": ") { line = line[..<colon.upperBound] + "*nowhere" }
        case 6:  // a duplicated line
            lines.insert(line, at: index)
        default:  // a truncated file
            return String(text.prefix(Int(random.next() % UInt64(max(text.count, 1)))))
        }
        lines[index] = line
        return lines.joined(separator: "\n")
    }

    @Test("300 mutations of the bundled files: no crash, no hang, no NaN, every refusal located")
    func mutations() throws {
        let root = TestSupport.packageRoot
        var random = SplitMix64(seed: 2026)
        let started = ContinuousClock.now
        var refused = 0
        var accepted = 0
        for round in 0..<300 {
            let folder = TestSupport.temporaryFolder("fuzz")
            defer { try? FileManager.default.removeItem(at: folder) }
            for file in Self.files {
                let target = folder.appendingPathComponent(file)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: root.appendingPathComponent(file), to: target)
            }
            let victim = Self.files[Int(random.next() % UInt64(Self.files.count))]
            let url = folder.appendingPathComponent(victim)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(Self.mutate(text, &random).utf8).write(to: url)
            for subject in ["Cases/sogn/ureining-miljo-tilsyn.yaml", "Cases/sogn/tenester-2027.yaml"] {
                let input = StudyInput(path: folder.appendingPathComponent(subject).path)
                do {
                    if subject.hasSuffix("tenester-2027.yaml") {
                        let optimized = try OptimizePortfolio.run(
                            .init(input: input, timeLimits: TimeLimits(solve: .seconds(5), explanation: .seconds(5))))
                        // JSON encoding throws on NaN or infinity, which fails the test.
                        _ = try StudyOutput.assignment(optimized, format: .json, language: .nn)
                        _ = try StudyOutput.assignment(optimized, format: .text, language: .en)
                    } else {
                        let evaluated = try EvaluateCase.run(input)
                        _ = try StudyOutput.evaluation(evaluated, format: .json, language: .nn)
                        let text = try StudyOutput.evaluation(evaluated, format: .text, language: .en)
                        #expect(!text.contains("∞") && !text.contains("– of 100"), "round \(round): \(victim)")
                    }
                    accepted += 1
                } catch let error as StudyError {
                    refused += 1
                    if case .invalidInput(let failure) = error {
                        #expect(!failure.diagnostics.isEmpty, "round \(round): \(victim): refused without a problem")
                        for diagnostic in failure.diagnostics {
                            #expect(
                                diagnostic.location.line > 0 || diagnostic.problem.isFileLevel,
                                "round \(round): \(victim): \(diagnostic.formatted(in: .en))")
                        }
                    }
                }
            }
        }
        #expect(refused > 50 && accepted > 50, "refused \(refused), accepted \(accepted)")
        #expect(ContinuousClock.now - started < .seconds(120))
    }
}

extension Problem {
    /// Problems about a file as a whole, which have no line.
    var isFileLevel: Bool {
        switch self {
        case .fileNotFound, .fileUnreadable, .fileIsDirectory, .fileEmpty, .fileTooLarge, .fileBinary, .notRegularFile: true
        default: false
        }
    }
}
