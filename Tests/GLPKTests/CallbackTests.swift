import GLPK
import Testing

/// The MIP callback: proposing incumbents, reading the search state, stopping the search.
@Suite struct CallbackTests {
    private let model = TestModels.knapsack
    private let best = TestModels.knapsackRanking()[0]

    private func point(_ items: Set<Int>) -> [Double] {
        (0..<model.columns.count).map { items.contains($0) ? 1 : 0 }
    }

    @Test("A heuristic that supplies the optimum at the first call lets the search finish with it")
    func heuristicSuppliesOptimum() throws {
        var outcomes: [ProposalOutcome] = []
        var relaxation: (values: [Double]?, objective: Double?) = (nil, nil)
        var incumbentsSeenAfterwards: [Double?] = []
        let solution = try Solver.solve(model) { search in
            if search.event == .heuristic, outcomes.isEmpty {
                relaxation = (search.relaxationValues, search.relaxationObjective)
                outcomes.append(search.proposeSolution(point(best.items)))
            } else if !outcomes.isEmpty {
                incumbentsSeenAfterwards.append(search.incumbentObjective)
            }
        }
        #expect(outcomes == [.accepted])
        #expect(relaxation.values?.count == model.columns.count)
        #expect(try #require(relaxation.objective) >= best.value)
        #expect(incumbentsSeenAfterwards.allSatisfy { close($0, best.value) })
        #expect(solution.termination == .optimal)
        #expect(close(solution.objectiveValue, best.value))
        #expect(TestModels.chosen(solution.columnValues) == best.items)
    }

    @Test("Terminating from the callback stops the search")
    func terminate() throws {
        var calls = 0
        let solution = try Solver.solve(model) { search in
            calls += 1
            search.terminate()
        }
        #expect(calls == 1)
        #expect(solution.termination == .stopped)
    }

    @Test("Proposing a solution and then terminating keeps it as the result")
    func proposeThenTerminate() throws {
        let second = TestModels.knapsackRanking()[1]
        var bounds: [Double?] = []
        let solution = try Solver.solve(model) { search in
            guard search.event == .heuristic else { return }
            bounds.append(search.bestBound)
            if search.proposeSolution(point(second.items)) == .accepted,
                search.incumbentObjective == second.value
            {
                search.terminate()
            }
        }
        #expect(solution.termination == .stopped)
        #expect(solution.primalStatus == .feasiblePoint)
        #expect(close(solution.objectiveValue, second.value))
        let bound = try #require(solution.bestBound)
        #expect(bound >= best.value)
        #expect(close(solution.relativeGap, abs(second.value - bound) / (second.value + Double.ulpOfOne)))
        #expect(bounds.allSatisfy { $0 != nil })
    }

    @Test("Infeasible or malformed proposals are rejected in Swift and the search carries on")
    func badProposals() throws {
        var outcomes: [ProposalOutcome] = []
        var wrongEvent: ProposalOutcome?
        let solution = try Solver.solve(model) { search in
            if search.event == .nodeSelection, wrongEvent == nil {
                wrongEvent = search.proposeSolution(point(best.items))
            }
            guard search.event == .heuristic, outcomes.isEmpty else { return }
            var fractional = point([])
            fractional[3] = 0.5
            var outOfBounds = point([])
            outOfBounds[0] = 2
            outcomes = [
                search.proposeSolution(point(Set(0..<12))),
                search.proposeSolution(fractional),
                search.proposeSolution(outOfBounds),
                search.proposeSolution([1, 0]),
                search.proposeSolution(point([]).map { $0 + .nan }),
            ]
        }
        let messages = outcomes.map { outcome -> String in
            if case .rejected(let error) = outcome { return error.description }
            return "\(outcome)"
        }
        #expect(
            messages == [
                "row 0 'capacity' has activity 765.0; expected a value in (-inf, 400]",
                "column 3 'take_3' is integer but has value 0.5; expected an integer",
                "column 0 'take_0' has value 2.0; expected a value in [0, 1]",
                "found 2 column values; expected 12",
                "column 0 'take_0' has value nan; expected a finite number",
            ])
        #expect(wrongEvent == .rejected(.proposalNotAllowed(event: .nodeSelection)))
        #expect(solution.termination == .optimal)
        #expect(close(solution.objectiveValue, best.value))
    }

    @Test("A worse proposal is reported as not better and the incumbent is kept")
    func worseProposal() throws {
        var outcome: ProposalOutcome?
        _ = try Solver.solve(model) { search in
            guard search.event == .heuristic, outcome == nil, search.incumbentObjective == nil else { return }
            _ = search.proposeSolution(point(best.items))
            outcome = search.proposeSolution(point([0]))
        }
        #expect(outcome == .notBetter)
    }

    @Test("A callback with the presolver on is refused, because GLPK would show it the presolved problem")
    func callbackNeedsPresolveOff() {
        expectGLPKError(
            "option presolve is true; expected false with a MIP callback (GLPK would show the callback the presolved problem)"
        ) {
            _ = try Solver.solve(model, options: SolveOptions(presolve: true)) { _ in }
        }
    }
}
