public import Vertsval
public import VertsvalOptimizer
public import VertsvalStudy

extension OptimizedPortfolio {
    /// The assignment in words; for a run with rules switched off it names them and says
    /// what every rule of the portfolio gives, so it never reads as the official result.
    public func explanation(in language: Language) -> AssignmentExplanation {
        let switchedOff = withAllRules.map { full in
            SwitchedOffRules(rules: input.rulesOff.map { $0.label(in: input.loaded.portfolio, language: language) }, withAllRules: full)
        }
        return AssignmentExplanation(result, portfolio: portfolio, language: language, switchedOff: switchedOff)
    }
}
