internal import Foundation
public import Vertsval

/// A generalized assignment problem (GAP) instance from the OR-Library or Yagiura benchmark
/// sets, and its translation into a portfolio.
///
/// The GAP: `m` agents with capacities `b[i]`, `n` jobs; giving job `j` to agent `i` costs
/// (or earns) `c[i][j]` and uses `a[i][j]` of the agent's capacity; every job goes to
/// exactly one agent. It is the core of the service assignment: agents are municipalities
/// with an FTE cap, jobs are services.
///
/// File formats (whitespace-separated integers; line breaks are not significant):
/// - OR-Library (`gap1.txt` … `gap12.txt`, `gapa.txt` … `gapd.txt`): the number of instances
///   `P`, then for each: `m n`, `m` rows of `n` costs, `m` rows of `n` resources, `m`
///   capacities.
/// - Single (`c10400.txt`, `c0515_1.txt`, …): one instance without the leading `P`.
///
/// ```swift
/// let instances = try GAPInstance.load(path: "gap1.txt")
/// let portfolio = instances[0].portfolio(sense: .maximize)
/// ```
public struct GAPInstance: Sendable, Hashable {
    /// Whether the instance's costs are to be maximised (OR-Library gap1–12) or minimised
    /// (types A–E).
    public enum Sense: String, Sendable, Hashable, Codable, CaseIterable {
        /// Maximise Σ c (profits).
        case maximize
        /// Minimise Σ c (costs).
        case minimize
    }

    /// A file that is not in either GAP format.
    public struct FormatError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file name or label.
        public let file: String
        /// What was expected.
        public let expected: String
        /// What was found.
        public let found: String
        /// Where in the file (1-based line and column of the number concerned), when known.
        public let line: Int?
        public let column: Int?

        /// Creates an error.
        public init(file: String, expected: String, found: String, line: Int? = nil, column: Int? = nil) {
            self.file = file
            self.expected = expected
            self.found = found
            self.line = line
            self.column = column
        }

        public var description: String {
            let place = [line, column].compactMap { $0 }.map { ":\($0)" }.joined()
            return "\(file)\(place): expected \(expected), found \(found)"
        }
    }

    /// The instance's name, e.g. `c10400` or `gap1-1`.
    public var name: String
    /// `cost[i][j]`: the cost (or profit) of giving job `j` to agent `i`.
    public var cost: [[Int]]
    /// `resource[i][j]`: the capacity job `j` uses on agent `i`.
    public var resource: [[Int]]
    /// `capacity[i]`: agent `i`'s capacity.
    public var capacity: [Int]

    /// Creates an instance.
    public init(name: String, cost: [[Int]], resource: [[Int]], capacity: [Int]) {
        self.name = name
        self.cost = cost
        self.resource = resource
        self.capacity = capacity
    }

    /// The number of agents.
    public var agents: Int { capacity.count }
    /// The number of jobs.
    public var jobs: Int { cost.first?.count ?? 0 }

    /// Reads every instance in a file (OR-Library multi-instance or single layout).
    ///
    /// - Throws: ``FormatError`` for a file in neither layout, or `CocoaError` when it
    ///   cannot be read.
    public static func load(path: String) throws -> [GAPInstance] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(text, name: base, file: path)
    }

    /// The numbers of a GAP file, each with its line and column (1-based).
    private struct Numbers {
        var values: [Int] = []
        var places: [(line: Int, column: Int)] = []
        let file: String

        /// An error at the `k`-th number (at the last one when `k` is past the end).
        func error(at k: Int, expected: String, found: String) -> FormatError {
            let place = places.indices.contains(k) ? places[k] : places.last
            return FormatError(file: file, expected: expected, found: found, line: place?.line, column: place?.column)
        }
    }

    /// Parses the text of a GAP file; instances of a multi-instance file are named
    /// `name-1`, `name-2`, …
    ///
    /// - Parameter file: the file named in errors (default `name`).
    /// - Throws: ``FormatError``, with the line and column of the number concerned.
    /// - Complexity: O(size of the text).
    public static func parse(_ text: String, name: String, file: String? = nil) throws(FormatError) -> [GAPInstance] {
        var parsed = Numbers(file: file ?? name)
        var token = ""
        var (line, column) = (1, 1)
        var start = (line: 1, column: 1)
        func flush() throws(FormatError) {
            guard !token.isEmpty else { return }
            guard let value = Int(token) else {
                throw FormatError(
                    file: parsed.file, expected: "whitespace-separated integers", found: "'\(token.prefix(20))'", line: start.line,
                    column: start.column)
            }
            parsed.values.append(value)
            parsed.places.append(start)
            token = ""
        }
        for character in text {
            if character.isWhitespace {
                try flush()
                if character.isNewline { (line, column) = (line + 1, 1) } else { column += 1 }
            } else {
                if token.isEmpty { start = (line, column) }
                token.append(character)
                column += 1
            }
        }
        try flush()
        let numbers = parsed.values
        guard numbers.count >= 2 else {
            throw parsed.error(at: numbers.count, expected: "at least 'm n'", found: "\(numbers.count) numbers")
        }
        func size(_ m: Int, _ n: Int) -> Int { 2 + 2 * m * n + m }
        if numbers[0] > 0, numbers[1] > 0, size(numbers[0], numbers[1]) == numbers.count {
            var at = 0
            return [try read(parsed, at: &at, name: name)]
        }
        let count = numbers[0]
        guard count > 0 else { throw parsed.error(at: 0, expected: "a positive number of instances", found: "\(count)") }
        var at = 1
        var instances: [GAPInstance] = []
        for k in 1...count {
            instances.append(try read(parsed, at: &at, name: "\(name)-\(k)"))
        }
        guard at == numbers.count else {
            throw parsed.error(at: at, expected: "\(at) numbers for \(count) instances", found: "\(numbers.count)")
        }
        return instances
    }

    private static func read(_ parsed: Numbers, at: inout Int, name: String) throws(FormatError) -> GAPInstance {
        let numbers = parsed.values
        guard at + 2 <= numbers.count else { throw parsed.error(at: at, expected: "'m n' of \(name)", found: "end of file") }
        let m = numbers[at]
        let n = numbers[at + 1]
        guard m > 0, n > 0, m <= 10_000, n <= 100_000 else {
            throw parsed.error(at: at, expected: "1 ≤ m ≤ 10000 agents and 1 ≤ n ≤ 100000 jobs", found: "m = \(m), n = \(n)")
        }
        let header = at
        at += 2
        guard at + 2 * m * n + m <= numbers.count else {
            throw parsed.error(at: header, expected: "\(2 * m * n + m) numbers after 'm n' of \(name)", found: "\(numbers.count - at)")
        }
        func matrix() -> [[Int]] {
            (0..<m).map { i in Array(numbers[(at + i * n)..<(at + (i + 1) * n)]) }
        }
        let cost = matrix()
        at += m * n
        let resource = matrix()
        at += m * n
        let capacity = Array(numbers[at..<(at + m)])
        at += m
        guard resource.allSatisfy({ $0.allSatisfy { $0 >= 0 } }), capacity.allSatisfy({ $0 >= 0 }) else {
            let negative = (header + 2 + m * n..<at).first { numbers[$0] < 0 } ?? header
            throw parsed.error(at: negative, expected: "non-negative resources and capacities", found: "\(numbers[negative])")
        }
        return GAPInstance(name: name, cost: cost, resource: resource, capacity: capacity)
    }

    /// The objective of an assignment (agent per job) in the instance's own terms, Σ c.
    public func objective(agents assignment: [Int]) -> Int {
        assignment.enumerated().reduce(0) { $0 + cost[$1.element][$1.offset] }
    }

    /// How portfolio values map to costs: `Σ c = offset + direction × portfolio objective`.
    public struct ValueMapping: Sendable, Hashable {
        /// The constant of each job's value (`C` in `value = (C − c) / scale` when
        /// minimising; 0 when maximising).
        public let constant: Int
        /// The divisor that keeps values within 0–100 (the service's importance).
        public let scale: Int
        /// The sense.
        public let sense: Sense

        /// The instance's objective for a portfolio objective.
        public func instanceObjective(_ portfolioObjective: Double, jobs: Int) -> Double {
            switch sense {
            case .maximize: portfolioObjective
            case .minimize: Double(jobs * constant) - portfolioObjective
            }
        }
    }

    /// The mapping of costs to portfolio values for `sense`.
    ///
    /// Maximising: value = c / scale; minimising: value = (max c − c) / scale, where scale is
    /// the smallest integer that keeps every value within 0–100 (1 for the OR-Library and
    /// type A–D data). Each service's importance is `scale`, so the portfolio objective is
    /// Σ c (maximising) or n · max c − Σ c (minimising), and one optimum is the other's.
    public func valueMapping(sense: Sense) -> ValueMapping {
        let all = cost.flatMap { $0 }
        let low = all.min() ?? 0
        let high = all.max() ?? 0
        switch sense {
        case .maximize:
            let range = max(high, -min(0, low))
            return ValueMapping(constant: 0, scale: max(1, Int((Double(range) / 100).rounded(.up))), sense: sense)
        case .minimize:
            return ValueMapping(constant: high, scale: max(1, Int((Double(high - low) / 100).rounded(.up))), sense: sense)
        }
    }

    /// The portfolio of this instance: agents become municipalities `a1 … am` (equal
    /// populations, no balance band) with an FTE maximum of their capacity; jobs become open
    /// services `j1 … jn` eligible everywhere, with `fteAt` = the agent's resource use (`fte` is
    /// the smallest of them) and values by ``valueMapping(sense:)``.
    ///
    /// Negative profits when maximising are not representable (values are 0–100): they are
    /// clamped to 0, so load such instances with `.minimize` of the negated costs instead.
    public func portfolio(sense: Sense) -> Portfolio {
        let mapping = valueMapping(sense: sense)
        let ids = (0..<agents).map { Municipality.ID("a\($0 + 1)") }
        let municipalities = ids.enumerated().map { i, id in
            Municipality(
                id: id, number: String(i + 1), name: "Agent \(i + 1)", population: 1000, populationYear: 2025,
                populationSource: "GAP \(name)", centre: "Agent \(i + 1)")
        }
        var minutes: [Municipality.ID: [Municipality.ID: Double]] = [:]
        for i in 0..<agents {
            for k in (i + 1)..<max(i + 1, agents) { minutes[ids[i], default: [:]][ids[k]] = 60 }
        }
        let region = Region(
            id: GAPInstance.identifier("gap-\(name)"), name: LocalizedText(nn: "GAP \(name): \(agents) agentar"),
            municipalities: municipalities, travelTimes: TravelTimeMatrix(minutes: minutes, isEstimate: true))
        var services: [PortfolioService] = []
        for j in 0..<jobs {
            var values: [Municipality.ID: Double] = [:]
            var fteAt: [Municipality.ID: Double] = [:]
            for i in 0..<agents {
                let c = cost[i][j]
                let raw = sense == .maximize ? Double(max(0, c)) : Double(mapping.constant - c)
                values[ids[i]] = raw / Double(mapping.scale)
                fteAt[ids[i]] = Double(resource[i][j])
            }
            services.append(
                PortfolioService(
                    id: PortfolioService.ID("j\(j + 1)"), name: LocalizedText(nn: "Jobb \(j + 1)"), fte: fteAt.values.min() ?? 0,
                    importance: Double(mapping.scale), status: .open, values: values, fteAt: fteAt))
        }
        let rules = PortfolioRules(
            fteBounds: ids.enumerated().map { PortfolioRules.FTEBounds(municipality: $1, minimum: nil, maximum: Double(capacity[$0])) })
        let senseWord = sense == .maximize ? "maks" : "min"
        return Portfolio(
            id: GAPInstance.identifier("gap-\(name)-\(senseWord)"), title: LocalizedText(nn: "GAP \(name) (\(senseWord))"),
            region: region,
            notice: LocalizedText(
                nn: "Referanseinstans for det generaliserte tilordningsproblemet (OR-Library / Yagiura), ikkje kommunedata."),
            illustrative: true, services: services, rules: rules)
    }

    /// Lower-case letters, digits and `-` (anything else becomes `-`): an id portfolio files accept.
    static func identifier(_ text: String) -> String {
        String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
