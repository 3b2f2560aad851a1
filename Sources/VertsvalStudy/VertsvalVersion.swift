/// vertsval's version, printed in reports for reproducibility.
public enum VertsvalVersion {
    /// The version of this build.
    public static let current = "0.1.0"
}
