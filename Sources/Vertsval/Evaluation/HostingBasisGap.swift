/// Where two meanings of regional balance differ most for one municipality: its share of
/// the register of cooperation today, counted on a criterion's basis, against its share of
/// the FTE hosted after an assignment.
public struct HostingBasisGap: Sendable, Hashable {
    /// The municipality.
    public let municipality: Municipality.ID
    /// Its share of the register today on the basis (0–1), as `Region.hostedShare` counts it.
    public let today: Double
    /// Its share of all the FTE hosted after the assignment (0–1); 0 when nothing is hosted.
    public let after: Double
    /// |after − today|.
    public let gap: Double
}

extension Region {
    /// The municipality whose share differs most between the register today on `basis`
    /// and the FTE `hosted` after an assignment: the first of equals in the order of
    /// `hosted`; nil when no share differs.
    ///
    /// - Parameters:
    ///   - basis: what the regional-balance criterion counts (arrangements or their FTE).
    ///   - hosted: each municipality's hosted FTE after the assignment; their sum is the
    ///     whole.
    /// - Complexity: O(k · c) for k municipalities and c arrangements in the register.
    public func widestHostingGap(
        basis: ComputedMeasure.HostingBasis, hosted: [(municipality: Municipality.ID, fte: Double)]
    ) -> HostingBasisGap? {
        let total = hosted.reduce(0) { $0 + $1.fte }
        var widest: HostingBasisGap?
        for (municipality, fte) in hosted {
            let today = hostedShare(of: municipality, basis: basis).share
            let after = total > 0 ? fte / total : 0
            let gap = abs(after - today)
            if gap > (widest?.gap ?? 0) { widest = HostingBasisGap(municipality: municipality, today: today, after: after, gap: gap) }
        }
        return widest
    }
}
