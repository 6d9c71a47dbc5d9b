import CELSyntax

/// `cel.@mapInsert`, the helper that the `transformMap` macros expand to.
enum MapInsert {
    static func register(in library: inout FunctionLibrary) {
        let k = CELType.parameter("K")
        let v = CELType.parameter("V")
        library.add("cel.@mapInsert", [.global("cel_@mapInsert_map_key_value", [.map(k, v), k, v], .map(k, v))],
                    .ternary(insert))
        library.add("cel.@mapInsert", [.global("cel_@mapInsert_map_map", [.map(k, v), .map(k, v)], .map(k, v))],
                    .binary(merge))
    }

    static func insert(_ map: Value, _ key: Value, _ value: Value) -> Value {
        guard case .map(let existing) = map else { return noSuchOverload("cel.@mapInsert", map, key, value) }
        return combine(existing, keys: [key], values: [value])
    }

    static func merge(_ map: Value, _ other: Value) -> Value {
        guard case .map(let existing) = map, case .map(let addition) = other else {
            return noSuchOverload("cel.@mapInsert", map, other)
        }
        return combine(existing, keys: addition.keys, values: addition.values)
    }

    private static func combine(_ map: MapValue, keys: [Value], values: [Value]) -> Value {
        switch MapValue.make(keys: map.keys + keys, values: map.values + values) {
        case .success(let combined): return .map(combined)
        case .failure(let error): return .error(error)
        }
    }
}
