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

    /// The same facts with each input's path as `display` shows it.
    public func showingPaths(_ display: (String) -> String) -> Reproducibility {
        Reproducibility(
            date: date, toolVersion: toolVersion, solverVersion: solverVersion, seed: seed, samples: samples,
            inputs: inputs.map { Input(path: display($0.path), sha256: $0.sha256, bytes: $0.bytes) })
    }

    init(date: CalendarDate, toolVersion: String, solverVersion: String, seed: UInt64?, samples: Int?, inputs: [Input]) {
        self.date = date
        self.toolVersion = toolVersion
        self.solverVersion = solverVersion
        self.seed = seed
        self.samples = samples
        self.inputs = inputs
    }

    /// Lower-case hexadecimal SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
