internal import Crypto
public import Foundation
public import Vertsval

/// What a report needs to be reproduced years later: the date it was made for, the tool
/// and solver versions, the random seed, and the SHA-256 of every input file.
public struct Reproducibility: Sendable, Hashable {
    /// One input file and its fingerprint.
    public struct Input: Sendable, Hashable {
        /// The path as read.
        public let path: String
        /// Lower-case hexadecimal SHA-256 of the file's bytes.
        public let sha256: String
        /// Size in bytes.
        public let bytes: Int
    }

    /// The report's date (an input, not the clock).
    public let date: CalendarDate
    /// vertsval's version.
    public let toolVersion: String
    /// The solver's version, e.g. "GLPK 5.0".
    public let solverVersion: String
    /// The random seed of the robustness analysis, when one ran.
    public let seed: UInt64?
    /// The number of Monte Carlo samples, when a robustness analysis ran.
    public let samples: Int?
    /// The input files, in the order they were read.
    public let inputs: [Input]

    /// Fingerprints `files`.
    public init(date: CalendarDate, toolVersion: String, solverVersion: String, seed: UInt64?, samples: Int?, files: [DataFile]) {
        self.date = date
        self.toolVersion = toolVersion
        self.solverVersion = solverVersion
        self.seed = seed
        self.samples = samples
        self.inputs = files.map { Input(path: $0.path, sha256: Self.sha256($0.bytes), bytes: $0.bytes.count) }
    }

    /// Lower-case hexadecimal SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The reproducibility box as document blocks.
    ///
    /// - Parameter template: a sentence naming the template, version and adoption, shown
    ///   first in the box.
    public func blocks(language: Language, template: String? = nil) -> [Block] {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        var facts = [DateFormat(language).long(date), "vertsval \(toolVersion)", solverVersion]
        if let seed { facts.append(t.pick(nn: "frø ", nb: "frø ", en: "seed ") + String(seed)) }
        if let samples { facts.append(n.format(samples) + t.pick(nn: " trekningar", nb: " trekninger", en: " samples")) }
        let rows = inputs.map { [$0.path, $0.sha256] }
        return [.heading(t.pick(nn: "Etterprøving", nb: "Etterprøving", en: "Reproducibility"), level: 1)]
            + (template.map { [Block.paragraph($0)] } ?? [])
            + [
                .paragraph(
                    facts.joined(separator: " · ") + ". "
                        + t.pick(
                            nn: "Same inndata, dato og frø gjev same rapport.", nb: "Samme inndata, dato og frø gir samme rapport.",
                            en: "The same inputs, date and seed give the same report.")),
                .table(
                    Table(
                        caption: t.pick(
                            nn: "Filene som vart lesne, med fingeravtrykket (SHA-256) til innhaldet",
                            nb: "Filene som ble lest, med fingeravtrykket (SHA-256) til innholdet",
                            en: "The files read, with the fingerprint (SHA-256) of their content"),
                        columns: [.init(t.pick(nn: "Fil", nb: "Fil", en: "File")), .init("SHA-256")],
                        rows: rows)),
            ]
    }
}
