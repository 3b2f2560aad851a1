import Vertsval

/// Bar charts: stacked, diverging and grouped, all horizontal so that long category
/// names (criteria, municipalities) stay readable.
extension ChartLayout {
    /// The height of one stacked bar.
    static let stackedBarHeight = 20.0

    /// One bar per category, split into one segment per series.
    ///
    /// Positive values stack to the right of zero and negative values to the left. A
    /// segment wide enough for its value shows it.
    func stackedBars() -> ChartGeometry {
        var shapes: [ChartShape] = []
        let legend = legend(chart.series.enumerated().map { LegendItem(name: $1.name, color: ChartPalette.color($0), dash: nil) }, top: 0)
        shapes += legend.shapes
        let top = legend.height > 0 ? legend.height + 8 : 0
        let labels = categoryLabels()
        let count = chart.categories.count
        var positive = [Double](repeating: 0, count: count)
        var negative = [Double](repeating: 0, count: count)
        for series in chart.series {
            for (index, value) in series.values.prefix(count).enumerated() where value.isFinite {
                if value >= 0 { positive[index] += value } else { negative[index] += value }
            }
        }
        let scale = valueScale(
            minimum: min(0, negative.min() ?? 0), maximum: max(0, positive.max() ?? 0),
            start: labels.width + 12, end: Self.width - 14)
        let heights = labels.lines.map { rowHeight(barsHeight: Self.stackedBarHeight, labelLines: $0.count) }
        let bottom = top + heights.reduce(0, +)
        shapes += verticalGrid(scale, top: top, bottom: bottom)

        var rowTop = top
        for index in 0..<count {
            let center = rowTop + heights[index] / 2
            shapes += categoryLabel(labels.lines[index], right: labels.width, center: center)
            var right = 0.0
            var left = 0.0
            // The segments' labels add up to the row's shown total.
            let rowValues = chart.series.map { index < $0.values.count && $0.values[index].isFinite ? $0.values[index] : 0 }
            let shown = ShownRounding.apportioned(rowValues, decimals: chart.valueDecimals)
            for (seriesIndex, series) in chart.series.enumerated() {
                guard index < series.values.count, series.values[index].isFinite, series.values[index] != 0 else { continue }
                let value = series.values[index]
                let from = value > 0 ? right : left
                let to = from + value
                if value > 0 { right = to } else { left = to }
                shapes += segment(
                    from: scale.position(from), to: scale.position(to), center: center, height: Self.stackedBarHeight,
                    fill: ChartPalette.color(seriesIndex), value: numbers.format(shown[seriesIndex], decimals: chart.valueDecimals))
            }
            rowTop += heights[index]
        }
        let axis = horizontalAxis(scale, bottom: bottom, title: chart.valueLabel)
        shapes += axis.shapes
        return ChartGeometry(width: Self.width, height: bottom + axis.height, shapes: shapes)
    }

    /// A bar segment between two positions, with its value inside when it fits.
    func segment(from: Double, to: Double, center: Double, height: Double, fill: ReportColor, value: String) -> [ChartShape] {
        let x = min(from, to)
        let width = abs(to - from)
        var shapes: [ChartShape] = [.rect(x: x, y: center - height / 2, width: width, height: height, fill: fill, stroke: ReportTheme.text)]
        if ChartTextMetrics.width(value, size: Self.tickSize) + 8 <= width {
            let color = fill.legibleText(dark: ReportTheme.text, light: ReportTheme.background)
            shapes.append(
                .text(
                    ChartLabel(
                        text: value, x: x + width / 2, y: Self.baseline(centeredOn: center, size: Self.tickSize), size: Self.tickSize,
                        anchor: .middle, color: color)))
        }
        return shapes
    }

    /// Bars from zero per category and series, each labelled with its value at its end.
    ///
    /// Diverging charts show signed values (`+2,0`, `−1,5`); with one series, bars right
    /// of zero are blue and bars left of it vermillion, so the sign reads from both the
    /// direction and the colour. Grouped charts give each series its own colour and a
    /// legend.
    func horizontalBars(diverging: Bool) -> ChartGeometry {
        var shapes: [ChartShape] = []
        let seriesCount = chart.series.count
        let colorBySign = diverging && seriesCount == 1
        let legend =
            colorBySign
            ? (shapes: [ChartShape](), height: 0.0)
            : legend(chart.series.enumerated().map { LegendItem(name: $1.name, color: ChartPalette.color($0), dash: nil) }, top: 0)
        shapes += legend.shapes
        let top = legend.height > 0 ? legend.height + 8 : 0
        let labels = categoryLabels()
        let count = chart.categories.count
        let values = chart.series.flatMap { $0.values.prefix(count) }.filter(\.isFinite)
        let text: (Double) -> String = { diverging ? numbers.signed($0, decimals: 1) : numbers.format($0, decimals: 1) }
        let room = (values.map { ChartTextMetrics.width(text($0), size: Self.tickSize) }.max() ?? 0) + 8
        let hasNegative = values.contains { $0 < 0 }
        let scale = valueScale(
            minimum: min(0, values.min() ?? 0), maximum: max(0, values.max() ?? 0),
            start: labels.width + 12 + (hasNegative ? room : 0), end: Self.width - room)
        let barHeight = seriesCount <= 1 ? 16.0 : (seriesCount == 2 ? 13.0 : 11.0)
        let gap = 3.0
        let groupHeight = Double(seriesCount) * barHeight + Double(max(0, seriesCount - 1)) * gap
        let heights = labels.lines.map { rowHeight(barsHeight: groupHeight, labelLines: $0.count) }
        let bottom = top + heights.reduce(0, +)
        shapes += verticalGrid(scale, top: top, bottom: bottom)

        let zero = scale.position(0)
        var rowTop = top
        for index in 0..<count {
            let center = rowTop + heights[index] / 2
            shapes += categoryLabel(labels.lines[index], right: labels.width, center: center)
            for (seriesIndex, series) in chart.series.enumerated() {
                guard index < series.values.count, series.values[index].isFinite else { continue }
                let value = series.values[index]
                let barTop = center - groupHeight / 2 + Double(seriesIndex) * (barHeight + gap)
                let end = scale.position(value)
                let fill = colorBySign ? (value < 0 ? ChartPalette.negative : ChartPalette.positive) : ChartPalette.color(seriesIndex)
                if value != 0 {
                    shapes.append(
                        .rect(x: min(zero, end), y: barTop, width: abs(end - zero), height: barHeight, fill: fill, stroke: ReportTheme.text))
                }
                let baseline = Self.baseline(centeredOn: barTop + barHeight / 2, size: Self.tickSize)
                shapes.append(
                    .text(
                        ChartLabel(
                            text: text(value), x: value < 0 ? end - 4 : end + 4, y: baseline, size: Self.tickSize,
                            anchor: value < 0 ? .end : .start)))
            }
            rowTop += heights[index]
        }
        let axis = horizontalAxis(scale, bottom: bottom, title: chart.valueLabel)
        shapes += axis.shapes
        return ChartGeometry(width: Self.width, height: bottom + axis.height, shapes: shapes)
    }
}
