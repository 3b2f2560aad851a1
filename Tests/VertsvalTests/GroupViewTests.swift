import Foundation
import Testing
import VertsvalTestSupport

@testable import Vertsval

/// The group's view of the bundled Luster/Sogndal case and of small fixtures, against
/// computations made here from the judgements and the candidates' values.
@Suite struct GroupViewTests {
    /// The weights of a judgement, computed here from the method's formula.
    static func independentWeights(_ judgement: Judgement, view: GroupView.Member) -> [Double] {
        switch judgement.method {
        case let .rank(ranks, rule):
            let n = ranks.count
            let positional = (1...n).map { k -> Double in
                switch rule {
                case .centroid: (k...n).reduce(0) { $0 + 1 / Double($1) } / Double(n)
                case .sum: 2 * Double(n + 1 - k) / Double(n * (n + 1))
                case .reciprocal: (1 / Double(k)) / (1...n).reduce(0) { $0 + 1 / Double($1) }
                }
            }
            // Criteria with rank r take the positions after those ranked before them.
            return ranks.map { r in
                let before = ranks.filter { $0 < r }.count
                let tied = ranks.filter { $0 == r }.count
                return positional[before..<(before + tied)].reduce(0, +) / Double(tied)
            }
        case let .swing(points):
            let total = points.reduce(0, +)
            return points.map { $0 / total }
        case .pairwise:
            return view.weights
        }
    }

    /// The candidates first under `weights`, from the values of the template evaluation.
    static func first(_ weights: [Double], evaluation: Evaluation) -> [Municipality.ID] {
        let totals = evaluation.ranked.map { result in
            (result.municipality.id, zip(evaluation.criteria, weights).reduce(0) { $0 + $1.1 * (result.values[$1.0.id] ?? 0) })
        }
        let best = totals.map(\.1).max() ?? 0
        return totals.filter { abs($0.1 - best) < 1e-9 }.map(\.0)
    }

    @Test("The illustrative notice covers every member only when every judgement is illustrative; otherwise it names those that are")
    func illustrativeNotice() throws {
        var loaded = try TestSupport.bundledCase()
        try #require(loaded.case.judgements.count >= 2 && loaded.case.judgements.allSatisfy(\.illustrative))
        func notice(_ loaded: LoadedCase) throws -> String? {
            let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
            return GroupExplanation(try #require(GroupView(evaluation)), evaluation: evaluation, language: .nn).notice
        }
        #expect(try notice(loaded) == "Vurderingane til medlemmene er illustrerande og er ikkje gjevne av styremedlemmene.")
        loaded.case.judgements[0].illustrative = false
        let real = loaded.case.judgements[0].member
        let mixed = try #require(try notice(loaded))
        #expect(!mixed.contains(real))
        for judgement in loaded.case.judgements.dropFirst() { #expect(mixed.contains(judgement.member)) }
        for index in loaded.case.judgements.indices { loaded.case.judgements[index].illustrative = false }
        #expect(try notice(loaded) == nil)
    }

    @Test("Bundled case: each member's winner, the group's and the one without candidate-municipality members, computed here")
    func bundled() throws {
        let loaded = try TestSupport.bundledCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let view = try #require(GroupView(evaluation))
        #expect(view.members.count == loaded.case.judgements.count && view.members.count >= 2)
        var weights: [[Double]] = []
        for member in view.members {
            let mine = Self.independentWeights(member.judgement, view: member)
            for (a, b) in zip(mine, member.weights) { #expect(abs(a - b) < 1e-12) }
            if let pairwise = member.judgement.pairwise, let result = member.pairwise {
                // The eigenvector property: A w = λmax w.
                for i in 0..<pairwise.count {
                    let row = (0..<pairwise.count).reduce(0) { $0 + pairwise[i, $1] * result.weights[$1] }
                    #expect(abs(row - result.lambdaMax * result.weights[i]) < 1e-9)
                }
            }
            #expect(member.first == Self.first(mine, evaluation: evaluation))
            weights.append(mine)
        }
        let n = evaluation.criteria.count
        let mean = (0..<n).map { k in weights.reduce(0) { $0 + $1[k] } / Double(weights.count) }
        #expect(view.group.aggregation == .arithmeticMeanOfWeights)
        for (a, b) in zip(mean, view.group.weights) { #expect(abs(a - b) < 1e-12) }
        #expect(view.group.first == Self.first(mean, evaluation: evaluation))
        #expect(view.templateFirst == Self.first(evaluation.weights.fractions, evaluation: evaluation))

        let candidates = Set(loaded.case.candidates.map(\.municipality))
        let neutral = view.members.indices.filter { !candidates.contains(view.members[$0].judgement.municipality) }
        #expect(view.candidateMembers == view.members.indices.filter { candidates.contains(view.members[$0].judgement.municipality) })
        let without = try #require(view.withoutCandidateMembers)
        #expect(without.memberIndices == neutral)
        let neutralMean = (0..<n).map { k in neutral.reduce(0) { $0 + weights[$1][k] } / Double(neutral.count) }
        for (a, b) in zip(neutralMean, without.weights) { #expect(abs(a - b) < 1e-12) }
        #expect(without.first == Self.first(neutralMean, evaluation: evaluation))

        // Spread per criterion: min, max and the population standard deviation.
        for k in 0..<n {
            let column = weights.map { $0[k] }
            let average = column.reduce(0, +) / Double(column.count)
            let deviation = (column.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(column.count)).squareRoot()
            #expect(view.spread[k].minimum == column.min() && view.spread[k].maximum == column.max())
            #expect(abs(view.spread[k].standardDeviation - deviation) < 1e-12)
        }

        // The headline, from the counts made here.
        let counts = loaded.case.candidates.map { candidate in
            (candidate.municipality, weights.filter { Self.first($0, evaluation: evaluation).contains(candidate.municipality) }.count)
        }
        let top = try #require(counts.max { $0.1 < $1.1 })
        let name = { (id: Municipality.ID) in evaluation.region.name(of: id) }
        let headline = GroupExplanation(view, evaluation: evaluation, language: .en).headline
        let templateName = name(try #require(view.templateFirst.first))
        #expect(
            headline.first
                == "Under the weights of \(top.1) of \(weights.count) members \(name(top.0)) ranks first; under the template's weights \(templateName) ranks first."
        )
        let nn = GroupExplanation(view, evaluation: evaluation, language: .nn).headline
        #expect(
            nn.first
                == "Med vektene til \(top.1) av \(weights.count) medlemmer er \(name(top.0)) først; med vektene i malen er \(templateName) først.")
    }

    /// A fixture with judgements `texts` (and optional assessors in the case's scores).
    static func fixture(_ texts: [String], scores: ((String) -> String)? = nil) throws -> Evaluation {
        var files: [String: String] = [:]
        for (index, text) in texts.enumerated() { files["\(index + 1).yaml"] = text }
        let fixture = JudgementLoaderTests.fixture(files, case: scores ?? { $0 })
        let loaded = try Loader.loadCase(at: fixture.path("case.yaml"))
        return Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
    }

    static func pairwise(member: String, municipality: String, fagKost: String, fagReise: String, kostReise: String) -> String {
        """
        kind: judgement
        member: \(member)
        municipality: \(municipality)
        template: mal
        method: pairwise
        pairs:
          fag: { kost: \(fagKost), reise: \(fagReise) }
          kost: { reise: \(kostReise) }

        """
    }

    @Test("An all-pairwise group takes the geometric mean of the judgements (Aczél & Saaty 1983)")
    func geometricGroup() throws {
        // Consistent with 4 : 2 : 1 and with 1 : 1 : 1: the geometric mean of the two
        // matrices is consistent with √(4·1) : √(2·1) : √(1·1) = 2 : √2 : 1.
        let evaluation = try Self.fixture([
            Self.pairwise(member: "Kari", municipality: "a", fagKost: "2", fagReise: "4", kostReise: "2"),
            Self.pairwise(member: "Ola", municipality: "c", fagKost: "1", fagReise: "1", kostReise: "1"),
        ])
        let view = try #require(GroupView(evaluation))
        #expect(view.group.aggregation == .geometricMeanOfJudgements)
        let raw = [2, 2.0.squareRoot(), 1]
        let expected = raw.map { $0 / raw.reduce(0, +) }
        for (a, b) in zip(view.group.weights, expected) { #expect(abs(a - b) < 1e-12) }
        // The arithmetic mean of the weights would differ: (2/7 + 1/3) / 2 for the second.
        #expect(abs(view.group.weights[1] - (2.0 / 7 + 1.0 / 3) / 2) > 1e-2)
        // Without Kari (from candidate a) only Ola is left: his own weights.
        let without = try #require(view.withoutCandidateMembers)
        #expect(without.memberIndices == [1])
        for w in without.weights { #expect(abs(w - 1.0 / 3) < 1e-12) }
    }

    @Test("When leaving out candidate-municipality members changes the winner, the sentence says so neutrally")
    func withoutChangesWinner() throws {
        // Candidates a (fag 3, kost 10) and b (fag 2, kost 5): fag favours a, kost favours b.
        let evaluation = try Self.fixture([
            JudgementLoaderTests.rank.replacingFirst("ranks: { fag: 1, kost: 2, reise: 2 }", with: "ranks: { fag: 1, kost: 2, reise: 3 }"),
            JudgementLoaderTests.rank.replacingFirst("Kari", with: "Anne").replacingFirst("municipality: a", with: "municipality: a")
                .replacingFirst("ranks: { fag: 1, kost: 2, reise: 2 }", with: "ranks: { fag: 1, kost: 3, reise: 2 }"),
            JudgementLoaderTests.swing.replacingFirst("points: { fag: 100, kost: 50, reise: 0 }", with: "points: { fag: 10, kost: 100, reise: 0 }"),
        ])
        let view = try #require(GroupView(evaluation))
        let first = view.members.map(\.first)
        let without = try #require(view.withoutCandidateMembers)
        #expect(without.memberIndices == [2])
        #expect(without.first == first[2])
        let sentences = GroupExplanation(view, evaluation: evaluation, language: .en).impartiality
        #expect(sentences.first == "From municipalities that are candidates in the case: Kari (Aby) and Anne (Aby).")
        // By hand: Kari 61,1 + 13,9 + 7,8 for Aby against 30,6 + 20,8 + 9,5 for Bby; Ola
        // (kost 100 of 110 points) puts Bby first; the mean of the three puts Aby first.
        #expect(view.group.first == ["a"] && without.first == ["b"])
        #expect(
            sentences[1]
                == "Without their judgements Bby ranks first under the weights of the one remaining member; with all members Aby ranks first."
        )
        #expect(sentences.last?.contains("does not decide impartiality") == true)
        #expect(!sentences.joined().contains("disqualified"))
    }

    @Test("An assessor who is a member: own-municipality score against the other assessors' mean")
    func ownScores() throws {
        let evaluation = try Self.fixture(
            [JudgementLoaderTests.rank + "assessor: kari\n"],
            scores: {
                $0.replacingFirst("fag: { level: 3, why: Grunn. }", with: "fag: { level: 3, assessors: { kari: 3, x: 2, y: 1 }, why: Grunn. }")
            })
        let view = try #require(GroupView(evaluation))
        #expect(view.ownScores.count == 1)
        let score = try #require(view.ownScores.first)
        #expect(score.own == 3 && score.others == 1.5 && score.otherCount == 2 && score.difference == 1.5)
        #expect(
            GroupExplanation(view, evaluation: evaluation, language: .en).ownScores == [
                "Assessor kari (Kari) scored Aby 3.0 on fagmiljø; the other assessors 1.5 on average (+1.5)."
            ])
    }

    @Test("SMAA over the members' weights: with certain scores, P(first) is the share of members who put a candidate first")
    func membersSMAA() throws {
        let loaded = try TestSupport.bundledCase()
        let evaluation = Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template))
        let view = try #require(GroupView(evaluation))
        var problem = CaseRobustness.problem(evaluation, uncertainty: .exact)
        // The scores as assessed (their ranges left out), so that only the weights vary.
        problem.values = evaluation.ranked.map { result in evaluation.criteria.map { ValueDistribution.fixed(result.values[$0.id] ?? 0) } }
        problem.weights = .discrete(view.memberWeightVectors)
        let samples = 40_000
        let result = try SMAA.run(problem, options: SMAAOptions(samples: samples, seed: 7, threads: 2))
        for (index, municipality) in evaluation.ranked.map(\.municipality.id).enumerated() {
            let share = Double(view.membersWithFirst(municipality)) / Double(view.members.count)
            let error = (share * (1 - share) / Double(samples)).squareRoot()
            #expect(abs(result.rankAcceptability[index][0] - share) <= 4 * error + 1e-12)
        }
        // The same seed gives the same numbers on one thread.
        #expect(try SMAA.run(problem, options: SMAAOptions(samples: samples, seed: 7, threads: 1)) == result)
        // Every draw is one of the vectors.
        let draws = try WeightSampler(.discrete(view.memberWeightVectors), criteria: evaluation.criteria.count).samples(count: 200, seed: 3)
        #expect(draws.weights.allSatisfy { draw in view.memberWeightVectors.contains { zip($0, draw).allSatisfy { abs($0 - $1) < 1e-12 } } })
        #expect(throws: SMAAError.weightCount(expected: 3, found: 0)) { try WeightSampler(.discrete([]), criteria: 3) }
    }
}
