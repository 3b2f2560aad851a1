/// A chart as data: series of labelled values, drawn by each renderer in its own medium.
public struct Chart: Sendable, Hashable {
    /// The kind of chart.
    public enum Kind: String, Sendable, Hashable {
        /// One horizontal bar per category, stacked by series (e.g. contributions per
        /// candidate).
        case stackedBars
        /// Bars left and right of zero per category (e.g. the margin by criterion).
        case divergingBars
        /// Lines over an x axis (e.g. totals as one weight moves).
        case lines
        /// Grouped bars per category (e.g. hosted FTE against population share).
        case groupedBars
    }

    /// A named series of values, one per category (or per x for lines).
    public struct Series: Sendable, Hashable {
        /// The name in the legend.
        public var name: String
        /// The values.
        public var values: [Double]

        /// Creates a series.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// A marked point (e.g. where two lines cross).
    public struct Marker: Sendable, Hashable {
        /// The x position.
        public var x: Double
        /// The y position.
        public var y: Double
        /// The label.
        public var label: String

        /// Creates a marker.
        public init(x: Double, y: Double, label: String) {
            self.x = x
            self.y = y
            self.label = label
        }
    }

    /// The kind of chart.
    public var kind: Kind
    /// The title.
    public var title: String
    /// A full text alternative for readers who cannot see the chart.
    public var altText: String
    /// The category labels (bars) or x values as labels (lines).
    public var categories: [String]
    /// The x values for line charts.
    public var xValues: [Double]
    /// The series.
    public var series: [Series]
    /// Marked points.
    public var markers: [Marker]
    /// The axis label for values.
    public var valueLabel: String
    /// The axis label for x (line charts).
    public var xLabel: String
    /// A marker line on the x axis (e.g. the current weight).
    public var referenceX: Double?
    /// The label of the marker line (e.g. "Vekt no: 12 %"); the bare x value when nil.
    public var referenceLabel: String?
    /// Decimals of the values written on bars (as the text around the chart writes them).
    public var valueDecimals: Int

    /// Creates a chart.
    public init(
        kind: Kind, title: String, altText: String, categories: [String] = [], xValues: [Double] = [], series: [Series],
        markers: [Marker] = [], valueLabel: String = "", xLabel: String = "", referenceX: Double? = nil,
        referenceLabel: String? = nil, valueDecimals: Int = 1
    ) {
        self.valueDecimals = valueDecimals
        self.referenceLabel = referenceLabel
        self.kind = kind
        self.title = title
        self.altText = altText
        self.categories = categories
        self.xValues = xValues
        self.series = series
        self.markers = markers
        self.valueLabel = valueLabel
        self.xLabel = xLabel
        self.referenceX = referenceX
    }
}
