/// A parsed YAML node reduced to what the loaders read: text, structure and position.
///
/// Built once from libyaml's events (``YAMLComposer``); reading it afterwards involves no
/// tag resolution, class references or weak anchors, which made loading several times slower.
struct YAMLNode: Sendable {
    /// What the node holds.
    enum Content: Sendable {
        /// A scalar as written; `plain` when it was not quoted or a block scalar.
        case scalar(String, plain: Bool)
        /// Key–value pairs in file order (duplicates are rejected by the parser).
        case mapping([YAMLPair])
        /// Items in file order.
        case sequence([YAMLNode])
    }

    var content: Content
    /// 1-based line; 0 when unknown.
    var line: Int
    /// 1-based column in Unicode scalars; 0 when unknown.
    var column: Int

    /// The scalar text, for scalars.
    var scalar: String? {
        if case let .scalar(text, _) = content { return text }
        return nil
    }

    /// The value for `key`, for mappings.
    subscript(key: String) -> YAMLNode? {
        guard case let .mapping(pairs) = content else { return nil }
        return pairs.first { $0.key.scalar == key }?.value
    }
}

/// One key–value pair of a mapping.
struct YAMLPair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
}
