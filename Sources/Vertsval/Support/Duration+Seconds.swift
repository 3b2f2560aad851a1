extension Duration {
    /// The duration in seconds, with its fraction: what messages and JSON state a time
    /// limit in.
    public var inSeconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
