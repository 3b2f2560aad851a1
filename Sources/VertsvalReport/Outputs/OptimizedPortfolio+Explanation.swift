public import Vertsval
public import VertsvalOptimizer
public import VertsvalStudy

extension OptimizedPortfolio {
    /// The assignment in words; for a run with rules switched off it names them and says
    /// what every rule of the portfolio gives, so it never reads as the official result.
    public func explanation(in language: Language) -> AssignmentExplanation {
        AssignmentExplanation(result, portfolio: portfolio, language: language, switchedOff: switchedOff(in: language))
    }

    /// The advice to the board («Tilråding»); `robust` adds how often each service keeps
    /// its host. For a run with rules switched off it says it is not the result with every
    /// rule.
    public func advice(in language: Language, robust: RobustAssignment? = nil) -> AssignmentAdvice {
        AssignmentAdvice(result, portfolio: portfolio, language: language, robust: robust, switchedOff: switchedOff(in: language))
    }

    /// The rules this run switched off, in words, with the assignment under every rule;
    /// nil when every rule applies.
    func switchedOff(in language: Language) -> SwitchedOffRules? {
        withAllRules.map { full in
            SwitchedOffRules(rules: input.rulesOff.map { $0.label(in: input.loaded.portfolio, language: language) }, withAllRules: full)
        }
    }
}
