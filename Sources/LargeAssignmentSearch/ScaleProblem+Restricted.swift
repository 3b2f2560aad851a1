extension ScaleProblem {
    /// The problem on the columns `keep` marks (every rule row stays, with its terms on
    /// those columns), and the original column of each of its columns.
    ///
    /// Used after Lagrangian column fixing: every assignment better than the incumbent uses
    /// only kept columns, so a bound on the restricted problem bounds them.
    ///
    /// - Complexity: O(columns + non-zeros).
    init(restricting problem: ScaleProblem, to keep: [Bool]) {
        var newIndex = [Int](repeating: -1, count: problem.columnCount)
        var original: [Int] = []
        for j in 0..<problem.columnCount where keep[j] {
            newIndex[j] = original.count
            original.append(j)
        }
        options = problem.options.map { $0.compactMap { newIndex[$0] >= 0 ? newIndex[$0] : nil } }
        serviceOfColumn = original.map { problem.serviceOfColumn[$0] }
        municipalityOfColumn = original.map { problem.municipalityOfColumn[$0] }
        municipalities = problem.municipalities
        columnAt = problem.columnAt.map { $0 >= 0 && newIndex[Int($0)] >= 0 ? Int32(newIndex[Int($0)]) : -1 }
        profit = original.map { problem.profit[$0] }
        rowLower = problem.rowLower
        rowUpper = problem.rowUpper
        var start = [0]
        var rows: [Int] = []
        var values: [Double] = []
        for j in original {
            for e in problem.columnStart[j]..<problem.columnStart[j + 1] {
                rows.append(problem.entryRow[e])
                values.append(problem.entryValue[e])
            }
            start.append(rows.count)
        }
        columnStart = start
        entryRow = rows
        entryValue = values
        rowTerms = problem.rowTerms.map { terms in terms.compactMap { newIndex[$0.column] >= 0 ? (newIndex[$0.column], $0.value) : nil } }
        integralObjective = problem.integralObjective
        originalColumn = original
    }

    /// `hosts` (columns of the problem this one restricts, all kept) as this problem's columns.
    func restricted(_ hosts: [Int]) -> [Int] {
        var index = [Int](repeating: -1, count: (originalColumn.last ?? -1) + 1)
        for (k, j) in originalColumn.enumerated() { index[j] = k }
        return hosts.map { $0 < index.count ? index[$0] : -1 }
    }
}
