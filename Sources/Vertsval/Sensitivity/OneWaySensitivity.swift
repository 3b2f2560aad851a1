/// Each candidate's total as one criterion's weight moves from 0 to 100 %, the other
/// weights rescaled in proportion: the data behind the sensitivity chart.
///
/// A total is linear in that weight t: total(t) = (1 − t) · R + t · v, where v is the
/// candidate's value on the criterion and R its weighted value on the others. So each
/// line is given by its two ends, and lines cross at most once.
public struct OneWaySensitivity: Sendable {
    /// One candidate's line.
    public struct Line: Sendable, Hashable {
        /// The municipality.
        public let municipality: Municipality.ID
        /// The total at weight 0.
        public let atZero: Double
        /// The total at weight 1 (= the value on the criterion).
        public let atOne: Double

        /// The total at weight `t` (0–1).
        public func total(at t: Double) -> Double { atZero + t * (atOne - atZero) }
    }

    /// Where two lines cross.
    public struct Crossing: Sendable, Hashable {
        /// The weight (0–1).
        public let weight: Double
        /// The candidate ahead below this weight.
        public let aheadBelow: Municipality.ID
        /// The candidate ahead above it.
        public let aheadAbove: Municipality.ID
        /// The common total there.
        public let total: Double
    }

    /// A stretch of weights with one leader.
    public struct Stretch: Sendable, Hashable {
        /// From this weight …
        public let from: Double
        /// … to this one (0–1).
        public let to: Double
        /// The first-ranked candidate on it.
        public let leader: Municipality.ID
    }

    /// The criterion.
    public let criterion: Criterion.ID
    /// Its weight now (0–1).
    public let weightNow: Double
    /// One line per ranked candidate, in rank order.
    public let lines: [Line]
    /// Every crossing of two lines strictly inside (0, 1), by weight.
    public let crossings: [Crossing]
    /// Who leads over which weights, covering 0–1.
    public let leaders: [Stretch]

    /// The weights where the lines change order, with both ends, ascending: 0, every
    /// crossing, 1. Drawing the lines through these points draws them exactly.
    public var breakpoints: [Double] { ([0.0, 1.0] + crossings.map(\.weight)).sorted() }

    /// The curves of every criterion (or of `only` that one) for the ranked candidates of
    /// `evaluation`.
    public static func curves(for evaluation: Evaluation, only: Criterion.ID? = nil) -> [OneWaySensitivity] {
        let ranked = evaluation.ranked
        let criteria = evaluation.criteria
        let matrix = DecisionMatrix(
            values: ranked.map { result in criteria.map { result.values[$0.id] ?? 0 } }, weights: evaluation.weights.fractions)
        return criteria.indices.filter { only == nil || criteria[$0].id == only }.map { k in
            let zero = matrix.weights(setting: k, to: 0)
            let lines = ranked.indices.map { a in
                Line(municipality: ranked[a].municipality.id, atZero: matrix.total(matrix.values[a], weights: zero), atOne: matrix.values[a][k])
            }
            return OneWaySensitivity(criterion: criteria[k].id, weightNow: matrix.weights[k], lines: lines)
        }
    }

    /// Builds the curves from lines; crossings and leaders are derived.
    public init(criterion: Criterion.ID, weightNow: Double, lines: [Line]) {
        self.criterion = criterion
        self.weightNow = weightNow
        self.lines = lines
        var crossings: [Crossing] = []
        for (i, a) in lines.enumerated() {
            for b in lines[(i + 1)...] {
                let slopeA = a.atOne - a.atZero
                let slopeB = b.atOne - b.atZero
                guard abs(slopeA - slopeB) > 1e-12 else { continue }
                let t = (b.atZero - a.atZero) / (slopeA - slopeB)
                guard t > 1e-9, t < 1 - 1e-9 else { continue }
                let aheadBelow = a.total(at: t / 2) > b.total(at: t / 2) ? a.municipality : b.municipality
                let aheadAbove = aheadBelow == a.municipality ? b.municipality : a.municipality
                crossings.append(Crossing(weight: t, aheadBelow: aheadBelow, aheadAbove: aheadAbove, total: a.total(at: t)))
            }
        }
        crossings.sort { ($0.weight, $0.aheadBelow, $0.aheadAbove) < ($1.weight, $1.aheadBelow, $1.aheadAbove) }
        self.crossings = crossings
        // Leaders: evaluate between consecutive crossing points.
        let cuts = [0.0] + crossings.map(\.weight) + [1.0]
        var stretches: [Stretch] = []
        for (from, to) in zip(cuts, cuts.dropFirst()) where to - from > 1e-12 {
            let middle = (from + to) / 2
            guard let leader = lines.max(by: { $0.total(at: middle) < $1.total(at: middle) }) else { continue }
            if let last = stretches.last, last.leader == leader.municipality {
                stretches[stretches.count - 1] = Stretch(from: last.from, to: to, leader: last.leader)
            } else {
                stretches.append(Stretch(from: from, to: to, leader: leader.municipality))
            }
        }
        self.leaders = stretches
    }
}
