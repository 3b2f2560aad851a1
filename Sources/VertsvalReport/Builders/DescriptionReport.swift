public import Vertsval
public import VertsvalStudy

/// Builds the document of `vertsval describe`: what a data file holds, worded for a person
/// who writes the next file (ids, names, the scale's wording or the measure and unit, the
/// rules, and what is left to fill in).
public struct DescriptionReport {
    let description: FileDescription
    let language: Language
    private let t: Phrasebook
    private let numbers: NumberFormat

    /// A builder for `description` in `language`.
    public init(_ description: FileDescription, language: Language) {
        self.description = description
        self.language = language
        self.t = Phrasebook(language)
        self.numbers = NumberFormat(language)
    }

    private func say(_ key: DescriptionReportText) -> String { key.text(in: language) }

    /// The document.
    public func document() -> Document {
        switch description {
        case let .template(template, path):
            var blocks = noticeBlocks(template.notice)
            blocks += criteriaBlocks(template)
            blocks += [.paragraph(say(.startCase(template: path)))]
            return Document(
                title: template.title.text(language),
                subtitle: say(.templateSubtitle(id: template.id, version: template.version, status: template.status)), language: language,
                blocks: blocks)
        case let .region(region, path):
            return Document(
                title: region.name.text(language), subtitle: say(.regionSubtitle(id: region.id, count: region.municipalities.count)),
                language: language, blocks: regionBlocks(region) + [.paragraph(say(.startPortfolio(region: path)))])
        case let .case(loaded, sheet, left):
            return caseDocument(loaded, sheet: sheet, left: left, extra: [])
        case let .scenario(loaded, sheet, left):
            let rows = loaded.scenario.weights.map { item in
                [item.criterion.rawValue, loaded.loadedCase.template.criterion(item.criterion)?.name.text(language) ?? "", t.number(item.points)]
            }
            let table = Table(
                caption: say(.scenarioWeights(title: loaded.scenario.title.text(language))),
                columns: [
                    .init(say(.idColumn)), .init(ReportText.criterion.text(in: language)), .init(CaseReportText.weight.text(in: language), .trailing),
                ], rows: rows)
            return caseDocument(loaded.loadedCase, sheet: sheet, left: left, extra: [.table(table)])
        case let .portfolio(loaded, left):
            return portfolioDocument(loaded, left: left)
        case let .judgement(judgement, path):
            // The weights the member's judgement gives, by criterion id, as the case uses them.
            let rows = zip(judgement.criteria, judgement.weights).map { id, weight in
                [id.rawValue, numbers.percent(100 * weight, decimals: 1)]
            }
            let table = Table(
                caption: path,
                columns: [.init(say(.idColumn)), .init(CaseReportText.weight.text(in: language), .trailing)], rows: rows)
            return Document(
                title: judgement.member, subtitle: "\(judgement.municipality.rawValue) · \(judgement.method.kind.rawValue)", language: language,
                blocks: [.table(table)])
        }
    }

    private func noticeBlocks(_ notice: LocalizedText?) -> [Block] {
        guard let notice else { return [] }
        return [.note(Note(kind: .important, label: ReportText.note.text(in: language), text: notice.text(language)))]
    }

    /// The criteria table, each scale's wording and each measure's value function, and the
    /// knock-out rules.
    private func criteriaBlocks(_ template: Template) -> [Block] {
        let total = template.criteria.reduce(0) { $0 + $1.weight }
        let rows = template.criteria.map { criterion in
            [
                criterion.id.rawValue, criterion.name.text(language),
                say(
                    .weightCell(
                        points: t.number(criterion.weight), percent: numbers.percent(total > 0 ? 100 * criterion.weight / total : 0))),
                ScoringHint(criterion, language: language).summary,
            ]
        }
        var blocks: [Block] = [
            .heading(say(.criteriaHeading), level: 1),
            .table(
                Table(
                    columns: [
                        .init(say(.idColumn)), .init(ReportText.criterion.text(in: language)),
                        .init(CaseReportText.weight.text(in: language), .trailing), .init(say(.scoringColumn)),
                    ],
                    rows: rows)),
        ]
        let handScored = template.handScored
        blocks.append(.paragraph(say(.caseNeeds(count: handScored.count, list: handScored.map(\.id.rawValue).joined(separator: ", ")))))
        for criterion in template.criteria {
            let hint = ScoringHint(criterion, language: language)
            blocks.append(.heading("\(criterion.id): \(criterion.name.text(language))", level: 2))
            blocks.append(.paragraph(criterion.question.text(language)))
            if !hint.levels.isEmpty { blocks.append(.bullets(hint.levels.map { "\($0.level) = \($0.label)" })) }
            if let function = hint.valueFunction {
                blocks.append(.paragraph(capitalized(hint.summary) + ". " + capitalized(function) + "."))
            }
        }
        blocks.append(.heading(say(.knockoutsHeading), level: 1))
        blocks.append(
            template.knockouts.isEmpty
                ? .paragraph(say(.noKnockouts)) : .bullets(template.knockouts.map { "\($0.id): \($0.text.text(language))" }))
        return blocks
    }

    private func regionBlocks(_ region: Region) -> [Block] {
        let municipalities = region.municipalities.map { m in
            [m.id.rawValue, m.name, m.number, "\(numbers.format(m.population)) (\(m.populationYear))"]
        }
        var blocks: [Block] = [
            .heading(say(.municipalitiesHeading), level: 1),
            .table(
                Table(
                    columns: [
                        .init(say(.idColumn)), .init(say(.nameColumn)), .init(say(.numberColumn)),
                        .init(ReportText.population.text(in: language), .trailing),
                    ], rows: municipalities)),
        ]
        if !region.cooperation.isEmpty {
            let rows = region.cooperation.map { a in
                [
                    a.id, a.name.text(language), a.form.rawValue, a.host.map { region.name(of: $0) } ?? say(.notGiven), a.status.rawValue,
                    a.fte.map { numbers.format($0, decimals: 1) } ?? "–",
                ]
            }
            blocks += [
                .heading(say(.cooperationHeading), level: 1),
                .table(
                    Table(
                        columns: [
                            .init(say(.idColumn)), .init(ReportText.service.text(in: language)), .init(say(.formColumn)),
                            .init(PortfolioReportText.host.text(in: language)),
                            .init(say(.statusColumn)), .init(ReportText.fte.text(in: language), .trailing),
                        ], rows: rows)),
            ]
        }
        if let key = region.costKey, case .population = key.basis {
            blocks.append(.paragraph(say(.costKey(equal: numbers.percent(100 * key.equalShare, decimals: 0)))))
        }
        return blocks
    }

    private func caseDocument(_ loaded: LoadedCase, sheet: ScoreSheet, left: [Diagnostic], extra: [Block]) -> Document {
        let region = loaded.region
        var blocks = noticeBlocks(loaded.case.notice) + extra
        blocks += leftBlocks(left)
        let candidates = loaded.case.candidates.map { c in
            [
                c.municipality.rawValue, region.name(of: c.municipality),
                c.willing.map { ($0 ? say(.willingYes) : ReportText.no.text(in: language)) } ?? say(.notGiven),
            ]
        }
        blocks += [
            .heading(say(.candidatesHeading), level: 1),
            .table(Table(columns: [.init(say(.idColumn)), .init(say(.nameColumn)), .init(say(.willingColumn))], rows: candidates)),
        ]
        let rows = sheet.entries.map { entry -> [String] in
            let score = entry.score.map { score in
                switch score.value {
                case .level(let level): "\(level)"
                case .measure(let value): numbers.format(value, decimals: entry.criterion.measure?.decimals ?? 1)
                }
            }
            return [
                region.name(of: entry.municipality), entry.criterion.id.rawValue, score ?? say(.missingCell),
                entry.score?.why.text(language) ?? "",
            ]
        }
        blocks += [
            .heading(say(.scoresHeading), level: 1),
            .table(
                Table(
                    columns: [
                        .init(say(.candidateColumn)), .init(ReportText.criterion.text(in: language)), .init(CaseReportText.score.text(in: language)),
                        .init(CaseReportText.rationale.text(in: language)),
                    ],
                    rows: rows)),
        ]
        blocks += criteriaBlocks(loaded.template)
        return Document(
            title: loaded.case.title.text(language),
            subtitle: say(.caseSubtitle(id: loaded.case.id, template: loaded.template.id, region: region.id)), language: language,
            blocks: blocks)
    }

    private func portfolioDocument(_ loaded: LoadedPortfolio, left: [Diagnostic]) -> Document {
        let portfolio = loaded.portfolio
        let region = portfolio.region
        var blocks = noticeBlocks(portfolio.notice) + leftBlocks(left)
        let rows = portfolio.services.map { service -> [String] in
            let hosts: String
            if let host = service.decidedHost {
                hosts = say(.decidedHost(name: region.name(of: host)))
            } else {
                let order = region.municipalities.map(\.id).filter { service.values[$0] != nil }
                hosts = order.map { "\(region.name(of: $0)) \(numbers.format(service.values[$0] ?? 0, decimals: 1))" }.joined(separator: ", ")
            }
            var cell = hosts
            if case .case(let path, _) = service.valueSource { cell += " (" + say(.fromCase(path: path)) + ")" }
            return [service.id.rawValue, service.name.text(language), numbers.format(service.fte, decimals: 1), cell]
        }
        blocks += [
            .heading(PortfolioReportText.services.text(in: language), level: 1),
            .table(
                Table(
                    columns: [
                        .init(say(.idColumn)), .init(ReportText.service.text(in: language)), .init(ReportText.fte.text(in: language), .trailing),
                        .init(say(.hostsColumn)),
                    ], rows: rows)),
        ]
        let rules = PortfolioRule.all(in: portfolio)
        blocks.append(.heading(say(.rulesHeading), level: 1))
        if rules.isEmpty {
            blocks.append(.paragraph(say(.noRules)))
        } else {
            let ruleRows = rules.map { [$0.token, $0.label(in: portfolio, language: language)] }
            blocks.append(.table(Table(columns: [.init(say(.idColumn)), .init(ReportText.rule.text(in: language))], rows: ruleRows)))
        }
        blocks += regionBlocks(region)
        return Document(
            title: portfolio.title.text(language),
            subtitle: say(.portfolioSubtitle(id: portfolio.id, region: region.id, count: portfolio.services.count)), language: language,
            blocks: blocks)
    }

    /// What is left to fill in, located; or that nothing is.
    private func leftBlocks(_ left: [Diagnostic]) -> [Block] {
        guard !left.isEmpty else { return [.paragraph(say(.nothingLeft))] }
        return [.heading(say(.leftHeading), level: 1), .bullets(left.map { "\($0.location): \($0.problem.message(in: language))" })]
    }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
