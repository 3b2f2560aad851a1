/// Computes criteria that come from region data instead of hand scores.
extension Region {
    /// The quantity of `measure` for `candidate`, with what it was computed from.
    ///
    /// - `populationWeightedTravelTime`: Σₘ population(m) · minutes(m → candidate) / Σ
    ///   population, over all members; the candidate's own inhabitants travel 0 minutes.
    /// - `hostedShareGap`: 100 · (hosted(candidate) / hosted(all) − population share), in
    ///   percentage points; 0 hosted arrangements in the region gives −population share.
    public func compute(_ measure: ComputedMeasure, for candidate: Municipality.ID) -> (quantity: Double, detail: ComputedValue) {
        switch measure {
        case .populationWeightedTravelTime:
            var weighted = 0.0
            var longest = 0.0
            var longestFrom = candidate
            for member in municipalities {
                let minutes = travelTimes.minutes(from: member.id, to: candidate) ?? 0
                weighted += Double(member.population) * minutes
                if minutes > longest {
                    longest = minutes
                    longestFrom = member.id
                }
            }
            let average = totalPopulation > 0 ? weighted / Double(totalPopulation) : 0
            return (average, .travelTime(minutes: average, longest: longest, longestFrom: longestFrom))
        case let .hostedShareGap(basis):
            let hosted = hostedShare(of: candidate, basis: basis)
            let populationShare = populationShare(of: candidate)
            return (
                100 * (hosted.share - populationShare),
                .hostedShare(hosted: hosted.amount, total: hosted.total, share: hosted.share, populationShare: populationShare)
            )
        }
    }

    /// What `municipality` hosts of the register of cooperation today, counted on `basis`:
    /// the arrangements (each once) or their FTE, out of `hostedTotal(basis:)`. `share` is 0
    /// when the register has nothing to count.
    ///
    /// This is the basis of the `hostedShareGap` criterion, and what a portfolio's balance
    /// table shows next to the FTE its rules count.
    public func hostedShare(
        of municipality: Municipality.ID, basis: ComputedMeasure.HostingBasis
    ) -> (amount: Double, total: Double, share: Double) {
        let hosted = countedArrangements.reduce(0) { $0 + ($1.host == municipality ? Self.amount(of: $1, basis: basis) : 0) }
        let total = hostedTotal(basis: basis)
        return (hosted, total, total > 0 ? hosted / total : 0)
    }

    /// All the register counts on `basis`: the arrangements with a known host that are
    /// decided or existing (proposed ones are not counted), or their FTE.
    public func hostedTotal(basis: ComputedMeasure.HostingBasis) -> Double {
        countedArrangements.reduce(0) { $0 + Self.amount(of: $1, basis: basis) }
    }

    private var countedArrangements: [CooperationArrangement] {
        cooperation.filter { $0.host != nil && $0.status != .proposed }
    }

    private static func amount(of arrangement: CooperationArrangement, basis: ComputedMeasure.HostingBasis) -> Double {
        basis == .fte ? (arrangement.fte ?? 0) : 1
    }
}
