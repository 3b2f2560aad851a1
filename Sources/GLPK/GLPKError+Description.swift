extension GLPKError: CustomStringConvertible {
    /// The message: what was found and what was expected.
    public var description: String {
        switch self {
        case .columnIndexOutOfRange(let element?, let column, let count):
            "\(element) refers to column \(column); expected a column index in 0..<\(count)"
        case .columnIndexOutOfRange(nil, let column, let count):
            "column index \(column) is out of range; expected a column index in 0..<\(count)"
        case .rowIndexOutOfRange(let row, let count):
            "row index \(row) is out of range; expected a row index in 0..<\(count)"
        case .duplicateCoefficient(let element, let column):
            "\(element) lists column \(column) more than once; expected each column at most once per row"
        case .nonFiniteCoefficient(let element, let column, let value):
            "\(element) has coefficient \(value) for column \(column); expected a finite number"
        case .nonFiniteObjectiveCoefficient(let element, let value):
            "\(element) has objective coefficient \(value); expected a finite number"
        case .nonFiniteObjectiveConstant(let value):
            "the objective constant is \(value); expected a finite number"
        case .invalidBounds(let element, let bounds, let problem):
            "\(element) has bounds \(bounds); expected \(Self.expectation(for: problem))"
        case .invalidName(let element, let problem):
            Self.message(for: problem, of: element)
        case .duplicateName(let element, let first):
            "\(element) has the same name as \(Self.kindWord(element)) \(first); expected unique \(Self.kindWord(element)) names"
        case .duplicateRowIndex(let row):
            "row \(row) is listed more than once for deletion; expected each row at most once"
        case .invalidOption(let name, let found, let expected):
            "option \(name) is \(found); expected \(expected)"
        case .wrongValueCount(let expected, let found):
            "found \(found) column values; expected \(expected)"
        case .nonFiniteValue(let element, let value):
            "\(element) has value \(value); expected a finite number"
        case .notIntegral(let element, let value):
            "\(element) is integer but has value \(value); expected an integer"
        case .outsideBounds(let element, let value, let bounds):
            "\(element) has \(Self.valueWord(element)) \(value); expected a value in \(bounds)"
        case .proposalNotAllowed(let event):
            "a solution was proposed at the \(event) event; expected a proposal only at the heuristic event"
        case .sessionClosed:
            "the solver session has ended; expected the Solver to be used only inside its withSession closure"
        case .sessionBusy:
            "the solver is busy solving; expected no changes or solves from inside its own callback"
        case .wrongThread:
            "the solver was used on another thread; expected every call on the thread that created it"
        case .writeFailed(let path, let reason):
            "cannot write '\(path)': \(reason)"
        }
    }

    private static func expectation(for problem: BoundsProblem) -> String {
        switch problem {
        case .notANumber: "bounds without NaN"
        case .infiniteLower: "a lower bound below +inf"
        case .infiniteUpper: "an upper bound above -inf"
        case .lowerAboveUpper: "a lower bound at most the upper bound"
        case .fractionalForInteger: "integer bounds for an integer column"
        case .outsideUnitIntervalForBinary: "bounds within [0, 1] for a binary column"
        }
    }

    private static func message(for problem: NameProblem, of element: ModelElement) -> String {
        let rule = "a name of ASCII letters, digits and \(LinearModel.allowedNamePunctuation)"
        switch problem {
        case .empty:
            return "\(element) has an empty name; expected \(rule)"
        case .tooLong(let bytes):
            return "\(element) has a name of \(bytes) bytes; expected at most \(LinearModel.maximumNameLength) bytes"
        case .invalidFirstCharacter(let character):
            return
                "\(element) has a name starting with \(quoted(character)); expected a name starting with an ASCII letter or _"
        case .invalidCharacter(let character):
            return "\(element) has a name containing \(quoted(character)); expected \(rule)"
        case .reserved:
            return
                "\(element) has a reserved name; expected a name other than \(LinearModel.reservedRowName) (the MPS objective row)"
        }
    }

    private static func quoted(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.count == 1,
            scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .spaceSeparator
        {
            return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return "'\(character)'"
    }

    private static func kindWord(_ element: ModelElement) -> String {
        switch element {
        case .model: "model"
        case .column: "column"
        case .row: "row"
        }
    }

    private static func valueWord(_ element: ModelElement) -> String {
        if case .row = element { return "activity" }
        return "value"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
