public import Vertsval

/// The members' part of a case report: each member's weights next to the template's (table
/// and chart), the group weight, who is first under whose weights, the consistency of
/// pairwise judgements, and the impartiality view.
public struct MembersReport: Sendable {
    /// The group's view.
    public let view: GroupView
    /// The evaluation of the case, for names.
    public let evaluation: Evaluation
    /// SMAA-2 over the members' weights, when it ran.
    public let robustness: MembersRobustness?
    /// The language written in.
    public let language: Language

    /// Creates the part.
    public init(_ view: GroupView, evaluation: Evaluation, robustness: MembersRobustness? = nil, language: Language) {
        self.view = view
        self.evaluation = evaluation
        self.robustness = robustness
        self.language = language
    }

    private var n: NumberFormat { NumberFormat(language) }
    private func text(_ key: MembersReportText) -> String { key.text(in: language) }
    private func text(_ key: ReportText) -> String { key.text(in: language) }
    private func name(_ id: Municipality.ID) -> String { evaluation.region.name(of: id) }
    private func names(_ ids: [Municipality.ID]) -> String { ids.isEmpty ? "–" : Phrasebook(language).list(ids.map(name)) }
    private func percent(_ fraction: Double) -> String { n.format(100 * fraction, decimals: 1) }

    /// The blocks, starting with a level-1 heading.
    public func blocks() -> [Block] {
        let explanation = GroupExplanation(view, evaluation: evaluation, language: language)
        var blocks: [Block] = [.heading(text(.heading), level: 1)]
        if let notice = explanation.notice { blocks.append(.note(Note(kind: .info, label: text(.note), text: notice))) }
        blocks.append(.paragraph(explanation.headline.joined(separator: " ")))
        blocks.append(.paragraph(explanation.group))
        if let robustness, let sentence = GroupExplanation.robustness(robustness, evaluation: evaluation, language: language) {
            blocks.append(.paragraph(sentence))
        }
        blocks.append(.table(membersTable()))
        blocks.append(.table(weightsTable()))
        blocks.append(.table(spreadTable()))
        blocks.append(.chart(chart()))
        blocks += explanation.consistency.map(Block.paragraph)
        blocks.append(.heading(text(.impartialityHeading), level: 2))
        blocks += explanation.impartiality.map(Block.paragraph)
        if !view.ownScores.isEmpty {
            blocks += explanation.ownScores.map(Block.paragraph)
            blocks.append(.table(ownScoreTable()))
        }
        return blocks
    }

    /// The members' part of a robustness analysis (`vertsval sensitivity`): a heading, how
    /// often each candidate is first over the members' weights, and the rank table; empty
    /// when SMAA-2 did not run.
    public func robustnessBlocks() -> [Block] {
        guard let robustness, let sentence = GroupExplanation.robustness(robustness, evaluation: evaluation, language: language) else {
            return []
        }
        let count = robustness.municipalities.count
        let rows = robustness.municipalities.enumerated().map { index, id -> [String] in
            [name(id)] + (0..<count).map { n.percent(100 * robustness.result.rankAcceptability[index][$0], decimals: 1) }
        }
        let table = Table(
            caption: text(.membersDrawsCaption(members: robustness.memberCount)),
            columns: [.init(text(ReportText.municipality))]
                + (0..<count).map { .init(RobustnessReportText.rankNumber($0 + 1).text(in: language), .trailing) },
            rows: rows)
        return [.heading(text(.membersDrawsHeading), level: 1), .paragraph(sentence), .table(table)]
    }

    func membersTable() -> Table {
        let pairwise = view.members.contains { $0.pairwise != nil }
        let rows = view.members.map { member -> [String] in
            let judgement = member.judgement
            var rule: RankOrderRule?
            if case let .rank(_, given) = judgement.method { rule = given }
            var row = [
                judgement.member, name(judgement.municipality) + (member.fromCandidate ? text(.candidateMark) : ""),
                text(.methodName(judgement.method.kind, rule: rule)), names(member.first),
            ]
            if pairwise { row.append(member.pairwise.map { n.format($0.consistencyRatio, decimals: 2) } ?? "–") }
            return row
        }
        var columns: [Table.Column] = [.init(text(.member)), .init(text(.municipality)), .init(text(.method)), .init(text(.firstUnderOwn))]
        if pairwise { columns.append(.init(text(.consistencyRatio), .trailing)) }
        var footer: [[String]] = [
            [text(.templateColumn), "", "", names(view.templateFirst)] + (pairwise ? [""] : []),
            [text(.groupColumn), "", "", names(view.group.first)] + (pairwise ? [""] : []),
        ]
        if let without = view.withoutCandidateMembers {
            footer.append([text(.withoutColumn), "", "", names(without.first)] + (pairwise ? [""] : []))
        }
        return Table(caption: text(.membersCaption), columns: columns, rows: rows, footer: footer)
    }

    func weightsTable() -> Table {
        let criteria = evaluation.template.criteria
        let rows = criteria.indices.map { k -> [String] in
            [criteria[k].name.text(language), percent(view.templateWeights[k])] + view.members.map { percent($0.weights[k]) } + [
                percent(view.group.weights[k])
            ]
        }
        let columns: [Table.Column] =
            [.init(text(.criterion)), .init(text(.templateColumn), .trailing)]
            + view.members.map { Table.Column($0.judgement.member, .trailing) } + [.init(text(.groupColumn), .trailing)]
        return Table(caption: text(.weightsCaption), columns: columns, rows: rows)
    }

    func spreadTable() -> Table {
        let criteria = evaluation.template.criteria
        let rows = criteria.indices.map { k -> [String] in
            let spread = view.spread[k]
            return [
                criteria[k].name.text(language), percent(spread.minimum) + "–" + percent(spread.maximum), percent(spread.mean),
                percent(spread.standardDeviation),
            ]
        }
        return Table(
            caption: text(.spreadCaption),
            columns: [
                .init(text(.criterion)), .init(text(.rangeColumn), .trailing), .init(text(.meanColumn), .trailing),
                .init(text(.deviationColumn), .trailing),
            ], rows: rows)
    }

    /// One bar per weighting (the template, each member, the group), stacked by
    /// criterion: each bar is 100 %, so the members' profiles compare at a glance.
    func chart() -> Chart {
        let criteria = evaluation.template.criteria
        let profiles = [view.templateWeights] + view.members.map(\.weights) + [view.group.weights]
        let series = criteria.indices.map { k in
            Chart.Series(name: criteria[k].name.text(language), values: profiles.map { 100 * $0[k] })
        }
        let description = criteria.indices.map { criteria[$0].name.text(language) + " " + n.percent(100 * view.group.weights[$0], decimals: 1) }
        return Chart(
            kind: .stackedBars, title: text(.chartTitle), altText: text(.chartDescription(criteria: description)),
            categories: [text(.templateColumn)] + view.members.map(\.judgement.member) + [text(.groupColumn)], series: series,
            valueLabel: text(.percentWeight))
    }

    func ownScoreTable() -> Table {
        let rows = view.ownScores.map { score -> [String] in
            [
                score.assessor.rawValue + " (" + view.members[score.member].judgement.member + ")", name(score.municipality),
                evaluation.template.criterion(score.criterion)?.name.text(language) ?? score.criterion.rawValue,
                n.format(score.own, decimals: 1), n.format(score.others, decimals: 1), n.signed(score.difference, decimals: 1),
            ]
        }
        return Table(
            caption: text(.ownScoresCaption),
            columns: [
                .init(text(.assessor)), .init(text(.municipality)), .init(text(.criterion)), .init(text(.ownScore), .trailing),
                .init(text(.othersMean), .trailing), .init(text(.difference), .trailing),
            ], rows: rows)
    }
}
