/// The id of one kind of entity: the text a data file names it by, typed by the kind
/// (`Tag`) so that a criterion id can't be passed where a municipality id is expected.
///
/// A string literal is an id (`let id: Criterion.ID = "fagmiljo"`), which keeps tests and
/// examples readable; `rawValue` is the text written to files, JSON and messages. Ids
/// compare, sort and hash by that text, and encode as it.
///
/// This is the shape of pointfreeco/swift-tagged's `Tagged<Tag, String>`, kept here so that
/// its conformances live in this module: with `MemberImportVisibility` and
/// `InternalImportsByDefault`, every file of every module that hashes or compares a
/// `Tagged` id would otherwise have to import Tagged itself.
///
/// Frozen and inlinable, so that dictionaries and sets keyed by ids in other modules are
/// specialised like ones keyed by `String` (unspecialised, the optimiser's robustness
/// loop measured half again as slow).
@frozen
public struct Identifier<Tag>: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The id as written in files.
    public let rawValue: String

    /// Creates the id written `rawValue`.
    @inlinable public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates the id written `rawValue`.
    @inlinable public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates the id written as the literal.
    @inlinable public init(stringLiteral value: String) { self.rawValue = value }

    @inlinable public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Decodes the id from a single string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the id as a single string, exactly as written.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A dictionary keyed by ids encodes as an object keyed by the ids' text (not as an array
/// of alternating keys and values).
extension Identifier: CodingKeyRepresentable {
    public var codingKey: any CodingKey { AnyIDKey(stringValue: rawValue) }

    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }
}

/// The coding key of an id: its text.
private struct AnyIDKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Sequence {
    /// The raw texts of a sequence of ids, for messages and suggestions.
    public func rawValues<Tag>() -> [String] where Element == Identifier<Tag> { map(\.rawValue) }
}

extension Dictionary {
    /// The same entries keyed by the ids' raw texts, for JSON and other text output.
    public func keyedByRawValue<Tag>() -> [String: Value] where Key == Identifier<Tag> {
        [String: Value](uniqueKeysWithValues: map { ($0.key.rawValue, $0.value) })
    }
}
