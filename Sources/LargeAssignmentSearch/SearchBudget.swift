/// How the scaled solve shares its time and effort among its phases.
///
/// Every budget of ``ScaledSolve`` is here, with the values the solve has always used as
/// defaults; the phases read them and nothing else. A phase's time is a share of the time
/// left when it starts, capped by a maximum, so that a phase that cannot finish still
/// leaves time for the next. The heuristic phases end at the heuristic deadline
/// (``ScaledSolve/Options/heuristicShare`` of the time limit); the exact phases (bound
/// climb, pattern search) may use the time up to the solve's own limit.
///
/// ```swift
/// var budget = SearchBudget()
/// budget.subgradientIterations = 500
/// let options = ScaledSolve.Options(timeLimit: .seconds(10), budget: budget)
/// ```
package struct SearchBudget: Sendable, Hashable {
    /// Without a time limit, the heuristic phases get `untimedBaseMilliseconds` plus one
    /// millisecond per `untimedColumnsPerMillisecond` columns (integer division), at most
    /// `untimedMaximumMilliseconds`.
    package var untimedBaseMilliseconds = 1
    /// See ``untimedBaseMilliseconds``.
    package var untimedColumnsPerMillisecond = 5
    /// See ``untimedBaseMilliseconds``.
    package var untimedMaximumMilliseconds = 3000

    /// The subgradient search's iteration limit on the whole problem (it also ends at the
    /// heuristic deadline, when its step size vanishes or when the bound meets the incumbent).
    package var subgradientIterations = 3000
    /// The subgradient search runs Fisher's Lagrangian heuristic on its first this many
    /// relaxed solutions, then on every `lagrangianHeuristicEvery`-th (nil: every 10th above
    /// 200 services, else every 3rd).
    package var lagrangianHeuristicFirst = 5
    /// See ``lagrangianHeuristicFirst``.
    package var lagrangianHeuristicEvery: Int?
    /// The first step-size factor of the subgradient search from the relaxation's own
    /// multipliers.
    package var coldStepFactor = 2.0
    /// The first step-size factor from a warm start (a core run, given the whole problem's
    /// multipliers).
    package var warmStepFactor = 1.0

    /// The iterated local search after the bound: this share of the heuristic time left ...
    package var iteratedLocalSearchShare = 0.1
    /// ... and at most this long.
    package var iteratedLocalSearchMaximum = Duration.milliseconds(300)

    /// Iterated Lagrangian fixing: at most this many passes ...
    package var fixingPasses = 8
    /// ... of at most this many subgradient iterations each ...
    package var fixingIterations = 400
    /// ... and another pass only while the last one fixed at least one in this many of its
    /// columns.
    package var fixingContinuesAtOneIn = 50

    /// The shares of the relaxed solutions a column must appear in to be in a core, from the
    /// smallest core to the largest.
    package var coreFrequencies = [0.1, 0.05, 0.015]
    /// The share of the heuristic time left that each core run may use (a core run also
    /// ends when its neighbourhood search finds nothing more).
    package var coreTimeShare = 0.4
    /// No core is started with less heuristic time left than this.
    package var coreMinimumTime = Duration.milliseconds(50)

    /// The bound climb: this share of the time left up to the solve's limit (the heuristic
    /// deadline without one) ...
    package var boundClimbShare = 0.5
    /// ... and at most this long.
    package var boundClimbMaximum = Duration.seconds(20)

    /// The pattern search for a new incumbent: this share of the time left up to the solve's
    /// limit (the heuristic deadline without one) ...
    package var patternSearchShare = 0.1
    /// ... and at most this long.
    package var patternSearchMaximum = Duration.seconds(5)

    /// A neighbourhood search round gives up after this many idle neighbourhoods ...
    package var neighbourhoodPatience = 100
    /// ... or this many per municipality, whichever is more.
    package var neighbourhoodPatiencePerMunicipality = 10
    /// A round ends early when its incumbent lets the bound fix at least one in this many of
    /// the columns the round searches, so that the next round searches a smaller space.
    package var roundEndsWhenFixingOneIn = 10

    /// GLPK's branch-and-cut gets at least this long, even when the time limit has passed.
    package var branchAndCutMinimumTime = Duration.milliseconds(50)
    /// In GLPK's callback, a node relaxation is rounded at every this-many-th heuristic call ...
    package var roundingEveryCalls = 5
    /// ... or when the last rounding is longer ago than this ...
    package var roundingInterval = Duration.milliseconds(250)
    /// ... and each rounding's repair and improvement may take this long.
    package var roundingTime = Duration.milliseconds(30)

    /// The budgets the scaled solve has always used.
    package init() {}
}
