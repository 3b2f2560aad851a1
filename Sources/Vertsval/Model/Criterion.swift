/// One criterion of a template: what is assessed, how, and how much it counts.
public struct Criterion: Sendable, Identifiable {
    /// How a criterion is scored.
    public enum Scoring: Sendable {
        /// An ordinal scale with a label per level, scored by hand.
        case scale(OrdinalScale)
        /// A measured quantity mapped to value by a value function; typed in per candidate,
        /// or computed from region data when `measure.computed` is set.
        case measure(Measure)
    }

    /// Stable id, e.g. `fagmiljo`; used on the command line (`--weight fagmiljo=30`).
    public var id: ID
    /// The id of the group the criterion belongs to.
    public var group: String
    /// Short display name.
    public var name: LocalizedText
    /// The guiding question the assessors answer.
    public var question: LocalizedText
    /// Weight in points; all weights are normalised to 100 %.
    public var weight: Double
    /// How the criterion is scored.
    public var scoring: Scoring
    /// The plausible range of the weight in points, when the template gives one; it
    /// overrides the template's relative spread for this criterion.
    public var weightRange: ClosedRange<Double>?

    /// Creates a criterion.
    public init(
        id: ID, group: String, name: LocalizedText, question: LocalizedText, weight: Double, scoring: Scoring,
        weightRange: ClosedRange<Double>? = nil
    ) {
        self.weightRange = weightRange
        self.id = id
        self.group = group
        self.name = name
        self.question = question
        self.weight = weight
        self.scoring = scoring
    }

    /// The computation, for criteria computed from region data.
    public var computed: ComputedMeasure? {
        if case let .measure(measure) = scoring { return measure.computed }
        return nil
    }

    /// The ordinal scale, for criteria scored by level.
    public var scale: OrdinalScale? {
        if case let .scale(scale) = scoring { return scale }
        return nil
    }

    /// The measure, for measured criteria.
    public var measure: Measure? {
        if case let .measure(measure) = scoring { return measure }
        return nil
    }

    /// The value 0–100 of a raw score on this criterion.
    public func value(of score: ScoreValue) -> Double {
        switch (scoring, score) {
        case let (.scale(scale), .level(level)): scale.value(ofLevel: level)
        case let (.measure(measure), .measure(x)): measure.valueFunction.value(at: x)
        case let (.scale(scale), .measure(x)): scale.value(ofLevel: Int(x.rounded()))
        case let (.measure(measure), .level(level)): measure.valueFunction.value(at: Double(level))
        }
    }
}

/// An ordinal scale: levels (default 1–5), each with a label and a value 0–100.
public struct OrdinalScale: Sendable {
    /// One step of the scale.
    public struct Level: Sendable, Hashable {
        /// The level as written in score files (e.g. 1–5).
        public var level: Int
        /// What the level means, e.g. "Sterkt fagmiljø med fleire fagpersonar".
        public var label: LocalizedText
        /// Value on the 0–100 scale.
        public var value: Double

        /// Creates a level.
        public init(level: Int, label: LocalizedText, value: Double) {
            self.level = level
            self.label = label
            self.value = value
        }
    }

    /// The levels, lowest first.
    public var levels: [Level]

    /// Creates a scale from levels in any order.
    public init(levels: [Level]) {
        self.levels = levels.sorted { $0.level < $1.level }
    }

    /// The value 0–100 of `level`; levels between defined ones are interpolated and levels
    /// outside are clamped (validation rejects both in data files).
    public func value(ofLevel level: Int) -> Double {
        guard let first = levels.first, let last = levels.last else { return 0 }
        if level <= first.level { return first.value }
        if level >= last.level { return last.value }
        if let exact = levels.first(where: { $0.level == level }) { return exact.value }
        let upper = levels.firstIndex { $0.level > level } ?? levels.count - 1
        let a = levels[upper - 1]
        let b = levels[upper]
        return a.value + (b.value - a.value) * Double(level - a.level) / Double(b.level - a.level)
    }

    /// The label of `level`.
    public func label(ofLevel level: Int) -> LocalizedText? {
        levels.first { $0.level == level }?.label
    }

    /// The defined level numbers, lowest first.
    public var levelNumbers: [Int] { levels.map(\.level) }
}

/// A measured quantity: unit, direction and value function.
public struct Measure: Sendable {
    /// The unit, e.g. "minutt", "prosentpoeng".
    public var unit: LocalizedText
    /// Whether more or less is better.
    public var direction: Direction
    /// Maps the quantity to value 0–100.
    public var valueFunction: ValueFunction
    /// Set when the quantity is computed from region data instead of typed in.
    public var computed: ComputedMeasure?
    /// Decimals to show.
    public var decimals: Int

    /// Creates a measure.
    public init(unit: LocalizedText, direction: Direction, valueFunction: ValueFunction, computed: ComputedMeasure? = nil, decimals: Int = 1) {
        self.unit = unit
        self.direction = direction
        self.valueFunction = valueFunction
        self.computed = computed
        self.decimals = decimals
    }
}

/// A quantity computed from the region file rather than scored by hand.
public enum ComputedMeasure: Sendable, Hashable {
    /// Population-weighted average travel time in minutes from the centres of all member
    /// municipalities to the candidate's centre (the candidate's own inhabitants count with
    /// travel time 0).
    case populationWeightedTravelTime
    /// The candidate's share of the region's hosted cooperation arrangements minus its share
    /// of the population, in percentage points. Positive: it already hosts more than its
    /// share.
    case hostedShareGap(basis: HostingBasis)

    /// What the hosted share counts.
    public enum HostingBasis: String, Sendable, Hashable, CaseIterable {
        /// Each arrangement with a known host counts once.
        case arrangements
        /// Each arrangement counts with its full-time equivalents (all must be known).
        case fte
    }

    /// The key used in data files.
    public var key: String {
        switch self {
        case .populationWeightedTravelTime: "populationWeightedTravelTime"
        case .hostedShareGap: "hostedShareGap"
        }
    }
}
