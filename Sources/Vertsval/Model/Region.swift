/// A region: its member municipalities, travel times between their centres, the register
/// of existing cooperation, and the board's cost-sharing key.
public struct Region: Sendable {
    /// Stable id, e.g. `sogn`.
    public var id: String
    /// Display name.
    public var name: LocalizedText
    /// Member municipalities in display order.
    public var municipalities: [Municipality]
    /// Travel times between the municipalities' centres.
    public var travelTimes: TravelTimeMatrix
    /// Existing and decided cooperation arrangements.
    public var cooperation: [CooperationArrangement]
    /// The default key for sharing the cost of a joint service.
    public var costKey: CostKey?

    /// Creates a region.
    public init(
        id: String, name: LocalizedText, municipalities: [Municipality], travelTimes: TravelTimeMatrix,
        cooperation: [CooperationArrangement] = [], costKey: CostKey? = nil
    ) {
        self.id = id
        self.name = name
        self.municipalities = municipalities
        self.travelTimes = travelTimes
        self.cooperation = cooperation
        self.costKey = costKey
    }

    /// The municipality with `id`.
    public func municipality(_ id: Municipality.ID) -> Municipality? {
        municipalities.first { $0.id == id }
    }

    /// The name of the municipality with `id`, or the id itself when the region has none
    /// by that id.
    public func name(of id: Municipality.ID) -> String {
        municipality(id)?.name ?? id.rawValue
    }

    /// The sum of all members' populations.
    public var totalPopulation: Int {
        municipalities.reduce(0) { $0 + $1.population }
    }

    /// Each municipality's share of the population, 0–1.
    public func populationShare(of id: Municipality.ID) -> Double {
        guard let municipality = municipality(id), totalPopulation > 0 else { return 0 }
        return Double(municipality.population) / Double(totalPopulation)
    }
}

/// A member municipality.
public struct Municipality: Sendable, Hashable, Identifiable {
    /// Stable id used in data files, e.g. `sogndal`.
    public var id: ID
    /// The official municipality number (kommunenummer), e.g. `4640`.
    public var number: String
    /// The name, e.g. "Sogndal".
    public var name: String
    /// Inhabitants.
    public var population: Int
    /// The year the population figure refers to.
    public var populationYear: Int
    /// Where the figure comes from, e.g. "SSB, tabell 07459, 1. januar 2022".
    public var populationSource: String
    /// The place travel times are measured to and from.
    public var centre: String

    /// Creates a municipality.
    public init(id: ID, number: String, name: String, population: Int, populationYear: Int, populationSource: String, centre: String) {
        self.id = id
        self.number = number
        self.name = name
        self.population = population
        self.populationYear = populationYear
        self.populationSource = populationSource
        self.centre = centre
    }
}

/// Travel times in minutes between municipality centres; symmetric.
public struct TravelTimeMatrix: Sendable {
    /// Each municipality's position in `cells`.
    private let positions: [Municipality.ID: Int]
    /// Minutes as given, row by row (`from * count + to`); nil where not given.
    private let cells: [Double?]
    /// Whether the figures are estimates (reports say so).
    public var isEstimate: Bool
    /// Where the figures come from and how exact they are.
    public var note: LocalizedText?

    /// Minutes by (from, to); both directions are filled in.
    ///
    /// - Complexity: O(n²): built on each call; ``minutes(from:to:)`` is O(1).
    public var minutes: [Municipality.ID: [Municipality.ID: Double]] {
        let count = positions.count
        var table: [Municipality.ID: [Municipality.ID: Double]] = [:]
        for (a, i) in positions {
            for (b, j) in positions {
                if let value = cells[i * count + j] ?? cells[j * count + i] { table[a, default: [:]][b] = value }
            }
        }
        return table
    }

    /// Creates a matrix from entries given in at least one direction per pair; a missing
    /// reverse direction takes the given one.
    public init(minutes: [Municipality.ID: [Municipality.ID: Double]], isEstimate: Bool, note: LocalizedText? = nil) {
        let ids = Set(minutes.keys).union(minutes.values.flatMap(\.keys)).sorted()
        let count = ids.count
        var cells = [Double?](repeating: nil, count: count * count)
        let positions = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        for (from, row) in minutes {
            for (to, value) in row {
                if let i = positions[from], let j = positions[to] { cells[i * count + j] = value }
            }
        }
        self.init(ids: ids, cells: cells, isEstimate: isEstimate, note: note)
    }

    /// Creates a matrix from minutes given row by row (`from * ids.count + to`), nil where
    /// not given: what the region loader reads, without building a table of tables.
    init(ids: [Municipality.ID], cells: [Double?], isEstimate: Bool, note: LocalizedText?) {
        precondition(cells.count == ids.count * ids.count, "one cell per pair")
        var positions: [Municipality.ID: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() { positions[id] = position }
        self.positions = positions
        self.cells = cells
        self.isEstimate = isEstimate
        self.note = note
    }

    /// Minutes from one centre to another; 0 from a centre to itself; nil when unknown.
    public func minutes(from: Municipality.ID, to: Municipality.ID) -> Double? {
        guard let i = positions[from], let j = positions[to] else { return from == to ? 0 : nil }
        let count = positions.count
        let there = cells[i * count + j]
        let back = cells[j * count + i]
        if from == to { return there ?? 0 }
        if let there, let back { return (there + back) / 2 }
        return there ?? back
    }
}

/// One cooperation arrangement in the register: a service run together, in which form,
/// hosted where.
public struct CooperationArrangement: Sendable, Identifiable {
    /// The legal form.
    public enum Form: String, Sendable, CaseIterable, Codable {
        /// Vertskommune (Local Government Act ch. 20).
        // swift-format-ignore: AlwaysUseLowerCamelCase
        // The form's Norwegian abbreviation, as the data files write it.
        case VK
        /// Interkommunalt selskap.
        // swift-format-ignore: AlwaysUseLowerCamelCase
        // The form's Norwegian abbreviation, as the data files write it.
        case IKS
        /// Aksjeselskap.
        // swift-format-ignore: AlwaysUseLowerCamelCase
        // The form's Norwegian abbreviation, as the data files write it.
        case AS
        /// Kommunalt oppgåvefellesskap (Local Government Act ch. 19).
        // swift-format-ignore: AlwaysUseLowerCamelCase
        // The form's Norwegian abbreviation, as the data files write it.
        case KO
        /// Bought from another municipality or company.
        case purchase
        /// Anything else; say what in the note.
        case other
    }

    /// Whether the arrangement runs, is decided or only proposed.
    public enum Status: String, Sendable, CaseIterable, Codable {
        case existing, decided, proposed
    }

    /// Stable id.
    public var id: String
    /// The service.
    public var name: LocalizedText
    /// The legal form.
    public var form: Form
    /// The host municipality; nil when the register does not say.
    public var host: Municipality.ID?
    /// Full-time equivalents (årsverk) at the host, when known.
    public var fte: Double?
    /// Whether it runs, is decided or proposed.
    public var status: Status
    /// When it starts or started.
    public var start: CalendarDate?
    /// Where the information comes from, or what is uncertain.
    public var note: LocalizedText?

    /// Creates an arrangement.
    public init(
        id: String, name: LocalizedText, form: Form, host: Municipality.ID?, fte: Double?, status: Status, start: CalendarDate? = nil,
        note: LocalizedText? = nil
    ) {
        self.id = id
        self.name = name
        self.form = form
        self.host = host
        self.fte = fte
        self.status = status
        self.start = start
        self.note = note
    }
}
