extension PortfolioService {
    /// A service's stable id in its portfolio, e.g. `ppt`: what a co-location or separation
    /// pair, an assignment and a cost-sharing item refer to it by.
    public typealias ID = Identifier<PortfolioService>
}
