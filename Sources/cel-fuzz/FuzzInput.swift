import CEL
import CELSyntax

/// Parses, checks and evaluates one fuzz input; any outcome but a crash is fine.
enum FuzzInput {
    static let environment = Environment(variables: [
        VariableDecl(name: "x", type: .dyn),
        VariableDecl(name: "project", type: .dyn, missingKeysAreUnknown: true),
    ])
    static let bindings: [String: Value] = [
        "x": .list([.int(1), .string("a"), .double(2.5)]),
        "project": .map(MapValue(stringEntries: [("vsic", .string("23942")), ("labour", .int(600))])),
    ]

    /// Runs the input through every phase, checked and unchecked.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        for checked in [true, false] {
            if case .success(let program) = environment.compile(text, checked: checked) {
                _ = program.evaluate(environment.activation(bindings, slotCount: program.slotCount))
            }
        }
    }
}
