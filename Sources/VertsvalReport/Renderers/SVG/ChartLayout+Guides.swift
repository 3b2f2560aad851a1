import Vertsval

/// Legends, category labels and axes, shared by every kind of chart.
extension ChartLayout {
    /// One entry of a legend: a colour swatch, or a line sample when `dash` is set.
    struct LegendItem: Sendable {
        /// The series name.
        var name: String
        /// The series colour.
        var color: ReportColor
        /// The dash pattern of a line series; nil for a bar series.
        var dash: [Double]?
    }

    /// A legend that flows in rows across the width, starting at `top`.
    func legend(_ items: [LegendItem], top: Double) -> (shapes: [ChartShape], height: Double) {
        guard !items.isEmpty else { return ([], 0) }
        let size = Self.labelSize
        let rowHeight = size * 1.7
        var shapes: [ChartShape] = []
        var x = 0.0
        var row = 0
        for item in items {
            let sample = item.dash == nil ? 12.0 : 24.0
            let name = ChartTextMetrics.truncate(item.name, size: size, maxWidth: Self.width - sample - 6)
            let itemWidth = sample + 5 + ChartTextMetrics.width(name, size: size)
            if x > 0 && x + itemWidth > Self.width {
                row += 1
                x = 0
            }
            let center = top + Double(row) * rowHeight + rowHeight / 2
            if let dash = item.dash {
                shapes.append(
                    .line(
                        from: ChartPoint(x: x, y: center), to: ChartPoint(x: x + sample, y: center), stroke: item.color,
                        width: 2.5, dash: dash))
            } else {
                shapes.append(.rect(x: x, y: center - 6, width: 12, height: 12, fill: item.color, stroke: ReportTheme.text))
            }
            shapes.append(.text(ChartLabel(text: name, x: x + sample + 5, y: Self.baseline(centeredOn: center, size: size), size: size)))
            x += itemWidth + 18
        }
        return (shapes, Double(row + 1) * rowHeight)
    }

    /// The category labels wrapped to at most three lines, and the width they need.
    func categoryLabels() -> (lines: [[String]], width: Double) {
        let maxWidth = Self.width * Self.maxLabelShare
        let lines = chart.categories.map { ChartTextMetrics.wrap($0, size: Self.labelSize, maxWidth: maxWidth) }
        let width = lines.joined().map { ChartTextMetrics.width($0, size: Self.labelSize) }.max() ?? 0
        return (lines, min(maxWidth, width))
    }

    /// The category `lines` right-aligned at `right`, centred vertically on `center`.
    func categoryLabel(_ lines: [String], right: Double, center: Double) -> [ChartShape] {
        let lineHeight = Self.labelSize * Self.leading
        let first = Self.baseline(centeredOn: center, size: Self.labelSize) - Double(lines.count - 1) * lineHeight / 2
        return lines.enumerated().map { index, line in
            .text(ChartLabel(text: line, x: right, y: first + Double(index) * lineHeight, size: Self.labelSize, anchor: .end))
        }
    }

    /// The height of a row that holds a bar group of `barsHeight` and a label of
    /// `labelLines` lines.
    func rowHeight(barsHeight: Double, labelLines: Int) -> Double {
        max(barsHeight, Double(labelLines) * Self.labelSize * Self.leading) + 7
    }

    /// A value scale from `start` to `end` with as many ticks as fit side by side.
    func valueScale(minimum: Double, maximum: Double, start: Double, end: Double, vertical: Bool = false) -> ChartScale {
        var scale = ChartScale(minimum: minimum, maximum: maximum, targetTicks: 5, start: start, end: end)
        let room = abs(end - start)
        let needed: Double
        if vertical {
            needed = Self.tickSize * 2.2
        } else {
            needed = (scale.ticks.map { ChartTextMetrics.width(tickLabel($0, scale), size: Self.tickSize) }.max() ?? 0) + 24
        }
        let target = max(2, min(8, Int(room / max(1, needed))))
        if target < 5 || (!vertical && target > 5) {
            scale = ChartScale(minimum: minimum, maximum: maximum, targetTicks: target, start: start, end: end)
        }
        return scale
    }

    /// A tick value formatted for the reader.
    func tickLabel(_ value: Double, _ scale: ChartScale) -> String {
        numbers.format(value, decimals: scale.decimals)
    }

    /// Vertical grid lines at the ticks of a horizontal `scale`, from `top` to `bottom`,
    /// and a stronger line at zero when the scale spans it.
    func verticalGrid(_ scale: ChartScale, top: Double, bottom: Double) -> [ChartShape] {
        var shapes: [ChartShape] = scale.ticks.map { tick in
            let x = scale.position(tick)
            return .line(from: ChartPoint(x: x, y: top), to: ChartPoint(x: x, y: bottom), stroke: ReportTheme.gridline, width: 0.8, dash: [])
        }
        if scale.lower < 0 && scale.upper > 0 {
            let x = scale.position(0)
            shapes.append(.line(from: ChartPoint(x: x, y: top), to: ChartPoint(x: x, y: bottom), stroke: ReportTheme.rule, width: 1.2, dash: []))
        }
        return shapes
    }

    /// The horizontal axis under a plot: axis line, tick labels and the axis title
    /// `title`; returns the shapes and the height they take below `bottom`.
    func horizontalAxis(_ scale: ChartScale, bottom: Double, title: String) -> (shapes: [ChartShape], height: Double) {
        var shapes: [ChartShape] = [
            .line(
                from: ChartPoint(x: min(scale.start, scale.end), y: bottom), to: ChartPoint(x: max(scale.start, scale.end), y: bottom),
                stroke: ReportTheme.rule, width: 1, dash: [])
        ]
        let baseline = bottom + 4 + Self.tickSize
        for tick in scale.ticks {
            let x = scale.position(tick)
            let text = tickLabel(tick, scale)
            let half = ChartTextMetrics.width(text, size: Self.tickSize) / 2
            var anchor = ChartLabel.Anchor.middle
            var at = x
            if x + half > Self.width {
                anchor = .end
                at = Self.width
            } else if x - half < 0 {
                anchor = .start
                at = 0
            }
            shapes.append(.line(from: ChartPoint(x: x, y: bottom), to: ChartPoint(x: x, y: bottom + 3), stroke: ReportTheme.rule, width: 1, dash: []))
            shapes.append(.text(ChartLabel(text: text, x: at, y: baseline, size: Self.tickSize, anchor: anchor, color: ReportTheme.muted)))
        }
        var height = 4 + Self.tickSize * Self.leading
        if !title.isEmpty {
            let center = (scale.start + scale.end) / 2
            let text = ChartTextMetrics.truncate(title, size: Self.labelSize, maxWidth: Self.width)
            let half = ChartTextMetrics.width(text, size: Self.labelSize) / 2
            let x = min(max(center, half), Self.width - half)
            height += 6 + Self.labelSize
            shapes.append(.text(ChartLabel(text: text, x: x, y: bottom + height, size: Self.labelSize, anchor: .middle, color: ReportTheme.muted)))
            height += Self.labelSize * 0.4
        }
        return (shapes, height + 2)
    }
}
