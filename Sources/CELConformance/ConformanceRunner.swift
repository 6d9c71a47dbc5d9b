import CEL
import CELSyntax
import Foundation

/// Runs conformance cases through parse, check and evaluation.
public struct ConformanceRunner: Sendable {
    /// The result of one case.
    public enum Outcome: Sendable, Equatable {
        case passed
        case failed(String)
        case skipped(String)
    }

    /// Known gaps: `file/section/test` → the reason it is skipped.
    public let skipList: [String: String]

    /// Creates a runner with a skip list.
    public init(skipList: [String: String] = SkipList.entries) {
        self.skipList = skipList
    }

    /// Runs one case.
    public func run(_ test: ConformanceCase) -> Outcome {
        if test.needsProto { return .skipped("needs protobuf messages") }
        if let reason = skipList[test.key] { return .skipped(reason) }
        if case .unsupported(let form) = test.expected { return .skipped("expectation form \(form)") }
        if test.declaresFunctions { return .skipped("declares custom functions in type_env") }
        let environment = Environment(variables: test.declarations, container: test.container)
        let checked = !test.disableCheck
        let program: Program
        switch environment.compile(ExpressionSource(text: test.expr), checked: checked) {
        case .success(let compiled): program = compiled
        case .failure(let failure):
            if case .error = test.expected { return .passed }
            let message = failure.diagnostics.map { $0.message.en }.joined(separator: "; ")
            return .failed("compile error: \(message)")
        }
        if case .deducedType(let type) = test.expected {
            return sameType(program.resultType, type)
                ? .passed : .failed("deduced \(program.resultType), expected \(type)")
        }
        if test.checkOnly { return .skipped("check-only") }
        let result = program.evaluate(environment.activation(test.bindings, slotCount: program.slotCount))
        switch test.expected {
        case .error:
            if case .error = result { return .passed }
            return .failed("expected an error, got \(result.debugText)")
        case .value(let expected, let deducedType):
            guard Self.strictlyEqual(result, expected) else {
                return .failed("expected \(expected.debugText), got \(result.debugText)")
            }
            if let deducedType, checked, !sameType(program.resultType, deducedType) {
                return .failed("deduced \(program.resultType), expected \(deducedType)")
            }
            return .passed
        default:
            return .skipped("unsupported expectation")
        }
    }

    private func sameType(_ a: CELType, _ b: CELType) -> Bool { a.description == b.description }

    /// Equality that includes the type, as the corpus compares: `1` ≠ `1u` ≠ `1.0`; maps
    /// without regard to order; NaN matches NaN.
    public static func strictlyEqual(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.uint(x), .uint(y)): return x == y
        case let (.double(x), .double(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case let (.bytes(x), .bytes(y)): return x == y
        case let (.list(x), .list(y)):
            return x.count == y.count && zip(x, y).allSatisfy { strictlyEqual($0, $1) }
        case let (.map(x), .map(y)):
            guard x.count == y.count else { return false }
            for (key, value) in zip(x.keys, x.values) {
                guard let index = y.keys.firstIndex(where: { strictlyEqual($0, key) }),
                    strictlyEqual(value, y.values[index])
                else { return false }
            }
            return true
        case let (.type(x), .type(y)): return x.runtimeName == y.runtimeName
        case let (.timestamp(x), .timestamp(y)): return x == y
        case let (.duration(x), .duration(y)): return x == y
        case let (.optional(x), .optional(y)):
            switch (x, y) {
            case (nil, nil): return true
            case let (p?, q?): return strictlyEqual(p, q)
            default: return false
            }
        default: return false
        }
    }
}

/// Pass, fail and skip counts of a run.
public struct ConformanceTally: Sendable {
    public var passed = 0
    public var failed = 0
    public var skipped = 0

    /// An empty tally.
    public init() {}

    /// Counts one outcome.
    public mutating func add(_ outcome: ConformanceRunner.Outcome) {
        switch outcome {
        case .passed: passed += 1
        case .failed: failed += 1
        case .skipped: skipped += 1
        }
    }

    /// `P passed, F failed, S skipped`.
    public var summary: String { "\(passed) passed, \(failed) failed, \(skipped) skipped" }
}
