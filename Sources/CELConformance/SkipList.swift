/// Conformance tests that are skipped on purpose, each with its reason.
///
/// Keys are `file/section/test`. Tests marked `needs_proto` in the corpus are skipped
/// without being listed here. The core files (basic, comparisons, conversions, fields,
/// fp_math, integer_math, lists, logic, macros, namespace, parse, plumbing, string,
/// timestamps) may appear here only for protobuf reasons the corpus's heuristic missed.
public enum SkipList {
    /// The entries.
    public static let entries: [String: String] = [:]

    /// The files whose every non-protobuf test must pass.
    public static let coreFiles = [
        "basic", "comparisons", "conversions", "fields", "fp_math", "integer_math", "lists", "logic",
        "macros", "namespace", "parse", "plumbing", "string", "timestamps",
    ]
}
