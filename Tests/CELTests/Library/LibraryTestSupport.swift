import Testing

@testable import CEL

/// Calls the standard library's implementation of `name` for the arguments' arity.
func callFunction(_ name: String, _ arguments: Value...) -> Value {
    guard let definition = FunctionLibrary.standard.function(name),
        let implementation = definition.implementations[arguments.count]
    else { return .fail(.unsupported("no implementation of \(name)/\(arguments.count)")) }
    return implementation.call(arguments)
}

/// Whether two values are the same CEL value of the same type (NaN equals NaN).
func sameValue(_ actual: Value, _ expected: Value) -> Bool {
    guard actual.type.runtimeName == expected.type.runtimeName else { return false }
    if case .double(let a) = actual, case .double(let b) = expected {
        return (a.isNaN && b.isNaN) || (a == b && a.sign == b.sign)
    }
    return actual.celEquals(expected)
}

/// Whether a value is an error.
func isErrorValue(_ value: Value) -> Bool {
    if case .error = value { return true }
    return false
}

/// A timestamp value from RFC 3339 text, or an error value.
func timestampValue(_ text: String) -> Value {
    callFunction("timestamp", .string(text))
}

/// A duration value from Go duration text, or an error value.
func durationValue(_ text: String) -> Value {
    callFunction("duration", .string(text))
}

/// One table row: a function, its arguments, and the expected value (nil: an error).
struct FunctionCase: CustomTestStringConvertible, Sendable {
    let function: String
    let arguments: [Value]
    let expected: Value?

    init(_ function: String, _ arguments: [Value], _ expected: Value?) {
        self.function = function
        self.arguments = arguments
        self.expected = expected
    }

    var testDescription: String {
        "\(function)(\(arguments.map(\.debugText).joined(separator: ", "))) → \(expected?.debugText ?? "error")"
    }

    /// Runs the case and records a failure on mismatch.
    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        guard let definition = FunctionLibrary.standard.function(function),
            let implementation = definition.implementations[arguments.count]
        else {
            Issue.record("no implementation of \(function)/\(arguments.count)", sourceLocation: sourceLocation)
            return
        }
        let actual = implementation.call(arguments)
        if let expected {
            #expect(
                sameValue(actual, expected), "\(testDescription): got \(actual.debugText)",
                sourceLocation: sourceLocation)
        } else {
            #expect(isErrorValue(actual), "\(testDescription): got \(actual.debugText)", sourceLocation: sourceLocation)
        }
    }
}
