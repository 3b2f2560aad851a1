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
            var hosted = 0.0
            var total = 0.0
            for arrangement in cooperation where arrangement.host != nil && arrangement.status != .proposed {
                let amount = basis == .fte ? (arrangement.fte ?? 0) : 1
                total += amount
                if arrangement.host == candidate { hosted += amount }
            }
            let share = total > 0 ? hosted / total : 0
            let populationShare = populationShare(of: candidate)
            return (
                100 * (share - populationShare),
                .hostedShare(hosted: hosted, total: total, share: share, populationShare: populationShare)
            )
        }
    }
}
