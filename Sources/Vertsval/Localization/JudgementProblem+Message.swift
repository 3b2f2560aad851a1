extension JudgementProblem {
    /// The problem in words, for a person fixing the file: what is wrong and what would be
    /// right.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .criteriaMissing(method, criteria):
            let list = t.list(criteria.map { t.quote($0) })
            let key = Self.inputKey(method)
            return t.pick(
                nn: "vurderinga manglar \(list) under «\(key):»; kvart kriterium i malen må vere med",
                nb: "vurderingen mangler \(list) under «\(key):»; hvert kriterium i malen må være med",
                en: "the judgement leaves out \(list) under '\(key):'; every criterion of the template must be there")
        case let .inputOfOtherMethod(key, method, expected):
            return t.pick(
                nn: "«\(key):» høyrer til ein annan metode; med «method: \(method.rawValue)» skriv du «\(expected):»",
                nb: "«\(key):» hører til en annen metode; med «method: \(method.rawValue)» skriver du «\(expected):»",
                en: "'\(key):' belongs to another method; with 'method: \(method.rawValue)' write '\(expected):'")
        case let .ruleNeedsRank(method):
            return t.pick(
                nn: "«rule:» gjeld berre «method: rank», ikkje «\(method.rawValue)»; fjern «rule:»",
                nb: "«rule:» gjelder bare «method: rank», ikke «\(method.rawValue)»; fjern «rule:»",
                en: "'rule:' applies only to 'method: rank', not '\(method.rawValue)'; remove 'rule:'")
        case let .swingTopNot100(highest):
            return t.pick(
                nn: "det viktigaste svinget skal ha 100 poeng og dei andre poeng i høve til det; det høgaste her er \(t.number(highest))",
                nb: "det viktigste svinget skal ha 100 poeng og de andre poeng i forhold til det; det høyeste her er \(t.number(highest))",
                en: "the most important swing gets 100 points and the others points relative to it; the highest here is \(t.number(highest))")
        case let .notOnSaatyScale(found):
            return t.pick(
                nn: "«\(found)» er ikkje på Saaty-skalaen; skriv eit heilt tal frå 1 til 9, eller 1/2 til 1/9 når det andre kriteriet er viktigast",
                nb: "«\(found)» er ikke på Saaty-skalaen; skriv et heltall fra 1 til 9, eller 1/2 til 1/9 når det andre kriteriet er viktigst",
                en: "'\(found)' is not on Saaty's scale; write a whole number from 1 to 9, or 1/2 to 1/9 when the other criterion matters more")
        case let .pairReversed(first, second, reciprocal):
            return t.pick(
                nn: "skriv samanlikninga under «\(first)», som kjem først i malen: «\(first): { \(second): \(reciprocal) }»",
                nb: "skriv sammenligningen under «\(first)», som kommer først i malen: «\(first): { \(second): \(reciprocal) }»",
                en: "write the comparison under '\(first)', which comes first in the template: '\(first): { \(second): \(reciprocal) }'")
        case let .pairWithItself(criterion):
            return t.pick(
                nn: "«\(criterion)» er samanlikna med seg sjølv; fjern denne linja",
                nb: "«\(criterion)» er sammenlignet med seg selv; fjern denne linjen",
                en: "'\(criterion)' is compared with itself; remove this line")
        case let .pairsMissing(pairs):
            let list = t.list(pairs.map { t.quote($0) })
            return t.pick(
                nn: "desse para manglar ei samanlikning: \(list); kvart par i malen må vere samanlikna éin gong",
                nb: "disse parene mangler en sammenligning: \(list); hvert par i malen må være sammenlignet én gang",
                en: "these pairs have no comparison: \(list); every pair of the template must be compared once")
        case let .templateMismatch(judgement, caseTemplate):
            return t.pick(
                nn: "vurderinga er gjord mot malen «\(judgement)», men saka bruker «\(caseTemplate)»; ho må gjerast på nytt mot «\(caseTemplate)»",
                nb: "vurderingen er gjort mot malen «\(judgement)», men saken bruker «\(caseTemplate)»; den må gjøres på nytt mot «\(caseTemplate)»",
                en:
                    "the judgement was given against template '\(judgement)', but the case uses '\(caseTemplate)'; it must be given again against '\(caseTemplate)'"
            )
        case let .duplicateMember(member, firstLine):
            return t.pick(
                nn: "«\(member)» har alt ei vurdering i saka (linje \(firstLine)); kvart medlem har éi",
                nb: "«\(member)» har allerede en vurdering i saken (linje \(firstLine)); hvert medlem har én",
                en: "'\(member)' already has a judgement in the case (line \(firstLine)); each member has one")
        }
    }

    /// The key that holds a method's inputs.
    static func inputKey(_ method: Judgement.Kind) -> String {
        switch method {
        case .rank: "ranks"
        case .swing: "points"
        case .pairwise: "pairs"
        }
    }
}
