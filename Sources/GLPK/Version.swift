import CGLPK

/// The version of the GLPK library linked at run time, for example `"5.0"`.
///
/// Read it as `GLPK.version`.
public let version: String = String(cString: glp_version())
