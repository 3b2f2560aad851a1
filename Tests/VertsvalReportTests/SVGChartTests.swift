import Foundation
import Testing
import Vertsval

@testable import VertsvalReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SVGChartTests {
    static let charts: [Chart] = [
        RenderTestDocument.stackedChart(), RenderTestDocument.divergingChart(), RenderTestDocument.lineChart(),
        RenderTestDocument.groupedChart(),
    ]

    @Test("Each kind of chart is a standalone SVG that parses, with role img, title and desc", arguments: charts)
    func wellFormed(_ chart: Chart) {
        let svg = SVGChart(chart, language: .nn).render(id: "c", standalone: true)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"-4 -4 568 "))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c-title\" aria-describedby=\"c-desc\""))
        #expect(svg.contains("<title id=\"c-title\">\(chart.title)</title>"))
        #expect(!SVGChart(chart, language: .nn).render(id: "c").contains("xmlns"))
    }

    @Test("The same chart gives the same bytes", arguments: charts)
    func deterministic(_ chart: Chart) {
        #expect(SVGChart(chart, language: .nn).render(id: "x") == SVGChart(chart, language: .nn).render(id: "x"))
    }

    @Test("Every shape and every label lies inside the chart", arguments: charts)
    func insideBounds(_ chart: Chart) {
        let geometry = ChartLayout(chart, language: .nn).geometry()
        let slack = 0.5
        func inside(_ x: Double, _ y: Double) -> Bool {
            x >= -slack && x <= geometry.width + slack && y >= -slack && y <= geometry.height + slack
        }
        for shape in geometry.shapes {
            switch shape {
            case let .rect(x, y, width, height, _, _):
                #expect(inside(x, y) && inside(x + width, y + height), "\(shape)")
            case let .line(from, to, _, _, _):
                #expect(inside(from.x, from.y) && inside(to.x, to.y), "\(shape)")
            case let .polyline(points, _, _, _):
                #expect(points.allSatisfy { inside($0.x, $0.y) }, "\(shape)")
            case let .circle(center, radius, _, _, _):
                #expect(inside(center.x - radius, center.y - radius) && inside(center.x + radius, center.y + radius))
            case let .text(label):
                let width = ChartTextMetrics.width(label.text, size: label.size, bold: label.bold)
                let left = label.anchor == .start ? label.x : (label.anchor == .middle ? label.x - width / 2 : label.x - width)
                #expect(inside(left, label.y - label.size) && inside(left + width, label.y + 0.3 * label.size), "\(label)")
            }
        }
    }

    func rects(_ geometry: ChartGeometry) -> [(x: Double, y: Double, width: Double, fill: ReportColor)] {
        geometry.shapes.compactMap { shape in
            guard case let .rect(x, y, width, height, fill, stroke) = shape, stroke != nil, height > 12 else { return nil }
            return (x, y, width, fill)
        }
    }

    @Test("Stacked segments are as long as their values, one colour per series")
    func stackedProportional() {
        let chart = RenderTestDocument.stackedChart()
        let bars = rects(ChartLayout(chart, language: .nn).geometry())
        #expect(bars.count == 10)
        let luster = bars.filter { abs($0.y - bars[0].y) < 0.01 }
        #expect(luster.count == 5)
        let unit = luster[0].width / 22.0
        for (bar, value) in zip(luster, [22.0, 16.1, 8.6, 12.0, 9.9]) {
            #expect(abs(bar.width - value * unit) < 1e-6)
        }
        #expect(Set(luster.map(\.fill)).count == 5)
        #expect(luster[0].fill == ChartPalette.color(0))
    }

    @Test("Diverging bars go left of zero for negative values and right for positive, labelled with signs")
    func divergingSides() {
        let chart = RenderTestDocument.divergingChart()
        let geometry = ChartLayout(chart, language: .nn).geometry()
        let bars = rects(geometry)
        #expect(bars.count == 5)
        let zero = bars.filter { $0.fill == ChartPalette.positive }.map(\.x)
        #expect(Set(zero.map { ($0 * 100).rounded() }).count == 1)
        for bar in bars where bar.fill == ChartPalette.negative { #expect(bar.x + bar.width <= zero[0] + 1e-6) }
        let texts = geometry.shapes.compactMap { if case let .text(label) = $0 { label.text } else { nil } }
        #expect(texts.contains("+3,2"))
        #expect(texts.contains("−1,4"))
    }

    @Test("Line charts draw one line per series, every marker and a dashed reference line")
    func lines() {
        let chart = RenderTestDocument.lineChart()
        let geometry = ChartLayout(chart, language: .nn).geometry()
        let polylines = geometry.shapes.filter { if case .polyline = $0 { true } else { false } }
        #expect(polylines.count == 3)
        let rings = geometry.shapes.filter { if case .circle = $0 { true } else { false } }
        #expect(rings.count == 2)
        let dashedVertical = geometry.shapes.filter {
            if case let .line(from, to, _, _, dash) = $0 { !dash.isEmpty && from.x == to.x } else { false }
        }
        #expect(dashedVertical.count == 1)
        let texts = geometry.shapes.compactMap { if case let .text(label) = $0 { label.text } else { nil } }
        #expect(texts.contains("Byter ved 14,2 %"))
        #expect(texts.contains("0") && texts.contains("100"))
        #expect(!texts.contains("−20") && !texts.contains("120"))
    }

    @Test("A marker's label patch hides no part of a line when the plot has a free place for it")
    func markerLabelsLeaveLinesVisible() {
        // Two lines crossing at a steep angle, as in a one-way sensitivity chart: the place
        // straight above the crossing lies on the rising line.
        let xs = stride(from: 0.0, through: 100.0, by: 1.0).map { $0 }
        let chart = Chart(
            kind: .lines, title: "t", altText: "a", xValues: xs,
            series: [
                Chart.Series(name: "Sogndal", values: xs.map { 69 - 0.19 * $0 }),
                Chart.Series(name: "Luster", values: xs.map { 61.5 + 0.385 * $0 }),
            ],
            markers: [Chart.Marker(x: 13.0, y: 66.5, label: "Luster > Sogndal: 13,0 %")], referenceX: 8.5)
        let geometry = ChartLayout(chart, language: .nn).geometry()
        let paths = geometry.shapes.compactMap { if case let .polyline(points, _, _, _) = $0 { points } else { nil } }
        let patches = geometry.shapes.compactMap { shape -> (x0: Double, y0: Double, x1: Double, y1: Double)? in
            if case let .rect(x, y, width, height, fill, nil) = shape, fill == ReportTheme.background { (x, y, x + width, y + height) } else { nil }
        }
        #expect(patches.count == 1)
        for patch in patches { #expect(ChartLayout.lengthInside(patch, of: paths) == 0) }
        // The measure itself: a box across a line covers the line's length inside it.
        let diagonal = [[ChartPoint(x: 0, y: 0), ChartPoint(x: 10, y: 10)]]
        #expect(abs(ChartLayout.lengthInside((0, 0, 5, 5), of: diagonal) - 50.0.squareRoot()) < 1e-9)
        #expect(ChartLayout.lengthInside((6, 0, 10, 3), of: diagonal) == 0)
    }

    @Test("Grouped bars give each series its colour and a legend entry")
    func grouped() {
        let geometry = ChartLayout(RenderTestDocument.groupedChart(), language: .nn).geometry()
        let bars = rects(geometry).filter { $0.width > 0 }
        #expect(bars.count == 12)
        #expect(Set(bars.map(\.fill)) == [ChartPalette.color(0), ChartPalette.color(1)])
        let texts = geometry.shapes.compactMap { if case let .text(label) = $0 { label.text } else { nil } }
        #expect(texts.contains("Del av årsverk (%)"))
        #expect(texts.contains("41,0"))
    }

    @Test("Tick labels use the language's decimal mark")
    func localisedTicks() {
        let chart = Chart(kind: .groupedBars, title: "t", altText: "a", categories: ["a", "b"], series: [.init(name: "s", values: [0.3, 0.8])])
        let norwegian = ChartLayout(chart, language: .nn).geometry().shapes.compactMap { if case let .text(label) = $0 { label.text } else { nil } }
        let english = ChartLayout(chart, language: .en).geometry().shapes.compactMap { if case let .text(label) = $0 { label.text } else { nil } }
        #expect(norwegian.contains("0,2"))
        #expect(english.contains("0.2"))
    }

    @Test("Long category names wrap to the label column and stay inside the chart")
    func longLabels() {
        let chart = Chart(
            kind: .divergingBars, title: "t", altText: "a",
            categories: ["Tilgjengelegheit for innbyggjarane i heile regionen, medrekna fjellbygdene og øyane i fjorden", "Kort"],
            series: [.init(name: "s", values: [-12.5, 40])])
        insideBounds(chart)
        let labels = ChartLayout(chart, language: .nn).geometry().shapes.compactMap { if case let .text(label) = $0 { label } else { nil } }
        let wrapped = labels.filter { $0.anchor == .end && $0.size == ChartLayout.labelSize }
        #expect(wrapped.count == 4)
        #expect(wrapped.allSatisfy { ChartTextMetrics.width($0.text, size: $0.size) <= ChartLayout.width * ChartLayout.maxLabelShare + 1e-9 })
    }

    @Test("Charts with no data still lay out")
    func empty() {
        for kind in [Chart.Kind.stackedBars, .divergingBars, .lines, .groupedBars] {
            let geometry = ChartLayout(Chart(kind: kind, title: "t", altText: "a", series: []), language: .nn).geometry()
            #expect(geometry.height > 0 && geometry.height.isFinite)
        }
    }

    @Test("Scales end on round ticks and start at zero when the data does")
    func niceScale() {
        let scale = ChartScale(minimum: 0, maximum: 68.6, targetTicks: 5, start: 0, end: 100)
        #expect(scale.lower == 0 && scale.upper == 80 && scale.step == 20)
        #expect(scale.ticks == [0, 20, 40, 60, 80])
        let finer = ChartScale(minimum: 0, maximum: 68.6, targetTicks: 8, start: 0, end: 100)
        #expect(finer.ticks == [0, 10, 20, 30, 40, 50, 60, 70])
        let negative = ChartScale(minimum: -1.4, maximum: 3.2, targetTicks: 5, start: 0, end: 100)
        #expect(negative.lower == -2 && negative.upper == 4 && negative.decimals == 0)
        let small = ChartScale(minimum: 0, maximum: 0.8, targetTicks: 4, start: 0, end: 100)
        #expect(small.step == 0.2 && small.decimals == 1 && small.ticks.count == 5)
        #expect(ChartScale(minimum: 5, maximum: 5, targetTicks: 5, start: 0, end: 10).upper > 5)
    }

    @Test("SVG numbers have at most two decimals and a point")
    func svgNumbers() {
        #expect(XMLText.number(12.5) == "12.5")
        #expect(XMLText.number(3) == "3")
        #expect(XMLText.number(0.25) == "0.25")
        #expect(XMLText.number(-0.001) == "0")
        #expect(XMLText.number(-7.049) == "-7.05")
        #expect(XMLText.number(0.05) == "0.05")
        #expect(XMLText.number(.nan) == "0")
    }

    @Test("The PDF draws the geometry the SVG is written from")
    func pdfAgreesWithSVG() throws {
        let document = Document(title: "t", language: .nn, blocks: Self.charts.map(Block.chart))
        let canvas = try PDFCanvas(width: PDFPageStyle.pageWidth, height: PDFPageStyle.pageHeight)
        var paginator = try PDFPaginator(document: document, canvas: canvas)
        let drawn = try paginator.layout().flatMap(\.ops).compactMap { op -> ChartGeometry? in
            if case let .chart(geometry, _, _, _) = op { geometry } else { nil }
        }
        #expect(drawn == Self.charts.map { ChartLayout($0, language: .nn).geometry() })
    }
}
