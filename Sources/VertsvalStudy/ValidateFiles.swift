public import Vertsval

/// Use case: check data files and everything they refer to, as every command loads them.
public enum ValidateFiles {
    /// Every problem (errors and warnings), each under its own file name, sorted by place.
    public static func run(_ paths: [String]) -> [Diagnostic] {
        Loader.validate(paths: paths)
    }
}
