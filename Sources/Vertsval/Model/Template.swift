/// An evaluation template (vurderingsmal): the criteria, weights and knock-out rules a board
/// has adopted for choosing a host municipality.
public struct Template: Sendable {
    /// Whether the wording is the adopted one.
    public enum Status: String, Sendable, CaseIterable, Codable {
        /// Adopted by the body named in `adoption`.
        case adopted
        /// A draft not yet adopted.
        case draft
        /// A reconstruction from common practice, to be replaced by the adopted wording.
        case reconstruction
    }

    /// Stable id, e.g. `vertskommune-2025`.
    public var id: String
    /// Version label; a new adopted wording gets a new version (and a new file).
    public var version: String
    /// Title, e.g. "Kriterium og prinsipp for val av vertskommune".
    public var title: LocalizedText
    /// Whether this is the adopted wording.
    public var status: Status
    /// A notice every report shows (e.g. that the template is a reconstruction).
    public var notice: LocalizedText?
    /// Who adopted the template, when, and under which case number.
    public var adoption: Adoption?
    /// Criterion groups in display order.
    public var groups: [CriterionGroup]
    /// All criteria in display order (grouped).
    public var criteria: [Criterion]
    /// Rules that exclude a candidate before scoring.
    public var knockouts: [KnockoutRule]
    /// What is known about the weights (for the robustness analysis); `.exact` when the
    /// template says nothing.
    public var weightUncertainty: WeightUncertainty

    /// Creates a template.
    public init(
        id: String, version: String, title: LocalizedText, status: Status, notice: LocalizedText? = nil,
        adoption: Adoption? = nil, groups: [CriterionGroup], criteria: [Criterion], knockouts: [KnockoutRule] = [],
        weightUncertainty: WeightUncertainty = .exact
    ) {
        self.weightUncertainty = weightUncertainty
        self.id = id
        self.version = version
        self.title = title
        self.status = status
        self.notice = notice
        self.adoption = adoption
        self.groups = groups
        self.criteria = criteria
        self.knockouts = knockouts
    }

    /// The criterion with `id`.
    public func criterion(_ id: Criterion.ID) -> Criterion? {
        criteria.first { $0.id == id }
    }

    /// The group with `id`.
    public func group(_ id: String) -> CriterionGroup? {
        groups.first { $0.id == id }
    }
}

/// A decision that adopted a template or a key: body, date and case number.
public struct Adoption: Sendable, Hashable {
    /// The deciding body, e.g. "Styret i Sogn kommunalt oppgåvefellesskap".
    public var body: LocalizedText
    /// Date of the decision.
    public var date: CalendarDate?
    /// The case number (saksnummer), when known.
    public var caseNumber: String?

    /// Creates an adoption reference.
    public init(body: LocalizedText, date: CalendarDate?, caseNumber: String?) {
        self.body = body
        self.date = date
        self.caseNumber = caseNumber
    }
}

/// A named group of criteria, e.g. "Fagleg kvalitet".
public struct CriterionGroup: Sendable, Hashable, Identifiable {
    /// Stable id.
    public var id: String
    /// Display name.
    public var name: LocalizedText

    /// Creates a group.
    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
