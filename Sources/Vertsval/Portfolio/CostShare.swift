/// How a budget is shared between municipalities by a cost key.
public enum CostSharing {
    /// Each participant's share (fractions summing to 1): `equal / n + (1 − equal) ×
    /// basis(m) / Σ basis`, over the region's municipalities.
    ///
    /// Example (Sogn KO, 25 % equal, 75 % by population 2022): Sogndal pays
    /// 0.25 / 6 + 0.75 × 12 097 / 28 990 = 35.46 %.
    public static func shares(key: CostKey, region: Region) -> [String: Double] {
        let ids = region.municipalities.map(\.id)
        guard !ids.isEmpty else { return [:] }
        let basis: [String: Double]
        switch key.basis {
        case .population:
            basis = Dictionary(uniqueKeysWithValues: region.municipalities.map { ($0.id, Double($0.population)) })
        case let .custom(_, values):
            basis = values
        }
        let total = ids.reduce(0) { $0 + (basis[$1] ?? 0) }
        let equal = key.equalShare / Double(ids.count)
        return Dictionary(
            uniqueKeysWithValues: ids.map { id in
                (id, equal + (total > 0 ? (1 - key.equalShare) * (basis[id] ?? 0) / total : (1 - key.equalShare) / Double(ids.count)))
            })
    }

    /// Each municipality's amount of `budget`.
    public static func amounts(of budget: Double, key: CostKey, region: Region) -> [String: Double] {
        shares(key: key, region: region).mapValues { $0 * budget }
    }
}
