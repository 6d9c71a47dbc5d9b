import CELSyntax

/// `size`, and the `dyn` identity of the standard library.
enum StandardFunctions {
    static func register(in library: inout FunctionLibrary) {
        let a = CELType.parameter("A")
        let b = CELType.parameter("B")
        library.add("size", [
            .global("size_string", [.string], .int),
            .global("size_bytes", [.bytes], .int),
            .global("size_list", [.list(a)], .int),
            .global("size_map", [.map(a, b)], .int),
            .member("string_size", [.string], .int),
            .member("bytes_size", [.bytes], .int),
            .member("list_size", [.list(a)], .int),
            .member("map_size", [.map(a, b)], .int),
        ], .unary(size))
        library.add("dyn", [.global("to_dyn", [a], .dyn)], .unary { $0 })
    }

    static func size(_ value: Value) -> Value {
        switch value {
        case .string(let s): return .int(Int64(s.unicodeScalars.count))
        case .bytes(let b): return .int(Int64(b.count))
        case .list(let l): return .int(Int64(l.count))
        case .map(let m): return .int(Int64(m.count))
        default: return noSuchOverload("size", value)
        }
    }
}
