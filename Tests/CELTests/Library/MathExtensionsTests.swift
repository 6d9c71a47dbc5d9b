import Testing

@testable import CEL

@Suite("Math extension")
struct MathExtensionsTests {
    static let cases: [FunctionCase] = [
        FunctionCase("math.greatest", [.int(-5)], .int(-5)),
        FunctionCase("math.greatest", [.int(1), .double(1.0)], .int(1)),
        FunctionCase("math.greatest", [.uint(1), .int(1)], .uint(1)),
        FunctionCase("math.greatest", [.int(-7), .int(5)], .int(5)),
        FunctionCase("math.greatest", [.int(Int64.min), .int(1)], .int(1)),
        FunctionCase("math.greatest", [.uint(5), .int(-7)], .uint(5)),
        FunctionCase(
            "math.greatest", [.double(5.4), .int(10), .uint(3), .double(-5.0), .int(Int64.max)], .int(Int64.max)),
        FunctionCase(
            "math.greatest", [.list([.double(5.4), .int(10), .uint(3), .double(-5.0), .double(3.5)])], .int(10)),
        FunctionCase("math.greatest", [.double(1.797693e308), .int(1)], .double(1.797693e308)),
        FunctionCase("math.greatest", [.uint(UInt64.max), .int(Int64.max)], .uint(UInt64.max)),
        FunctionCase("math.greatest", [.list([])], nil),
        FunctionCase("math.greatest", [.string("a")], nil),
        FunctionCase("math.greatest", [.list([.int(1), .string("a")])], nil),
        FunctionCase("math.greatest", [.int(1), .double(.nan)], nil),
        FunctionCase("math.greatest", [.int(1), .int(2), .int(3)], .int(3)),
        FunctionCase("math.least", [.int(-3), .int(3)], .int(-3)),
        FunctionCase("math.least", [.int(1), .int(Int64.min)], .int(Int64.min)),
        FunctionCase("math.least", [.double(5.4), .int(10), .uint(3), .double(-5.0), .int(Int64.max)], .double(-5.0)),
        FunctionCase("math.least", [.list([.double(5.4), .uint(10), .uint(3), .uint(1), .double(3.5)])], .uint(1)),
        FunctionCase("math.least", [.uint(1), .double(1.0)], .uint(1)),
        FunctionCase("math.least", [.int(-1), .uint(0)], .int(-1)),
        FunctionCase("math.ceil", [.double(-1.2)], .double(-1.0)),
        FunctionCase("math.ceil", [.double(1.2)], .double(2.0)),
        FunctionCase("math.ceil", [.int(1)], nil),
        FunctionCase("math.floor", [.double(-1.2)], .double(-2.0)),
        FunctionCase("math.round", [.double(-1.5)], .double(-2.0)),
        FunctionCase("math.round", [.double(1.5)], .double(2.0)),
        FunctionCase("math.round", [.double(-1.4)], .double(-1.0)),
        FunctionCase("math.round", [.double(.nan)], .double(.nan)),
        FunctionCase("math.trunc", [.double(-1.2)], .double(-1.0)),
        FunctionCase("math.trunc", [.double(.infinity)], .double(.infinity)),
        FunctionCase("math.abs", [.uint(1)], .uint(1)),
        FunctionCase("math.abs", [.int(-11)], .int(11)),
        FunctionCase("math.abs", [.double(-11.5)], .double(11.5)),
        FunctionCase("math.abs", [.int(Int64.min)], nil),
        FunctionCase("math.abs", [.int(Int64.max)], .int(Int64.max)),
        FunctionCase("math.sign", [.uint(100)], .uint(1)),
        FunctionCase("math.sign", [.uint(0)], .uint(0)),
        FunctionCase("math.sign", [.int(-11)], .int(-1)),
        FunctionCase("math.sign", [.double(-32.0)], .double(-1.0)),
        FunctionCase("math.sign", [.double(0.0)], .double(0.0)),
        FunctionCase("math.sign", [.double(.nan)], .double(.nan)),
        FunctionCase("math.sign", [.bool(true)], nil),
        FunctionCase("math.isNaN", [.double(.nan)], .bool(true)),
        FunctionCase("math.isNaN", [.double(.infinity)], .bool(false)),
        FunctionCase("math.isInf", [.double(-.infinity)], .bool(true)),
        FunctionCase("math.isInf", [.double(.nan)], .bool(false)),
        FunctionCase("math.isFinite", [.double(1.0 / 1.5)], .bool(true)),
        FunctionCase("math.isFinite", [.double(.nan)], .bool(false)),
        FunctionCase("math.isNaN", [.bool(true)], nil),
        FunctionCase("math.bitAnd", [.int(1), .int(-1)], .int(1)),
        FunctionCase("math.bitAnd", [.uint(1), .uint(3)], .uint(1)),
        FunctionCase("math.bitAnd", [.uint(2), .string("")], nil),
        FunctionCase("math.bitAnd", [.int(1), .uint(1)], nil),
        FunctionCase("math.bitOr", [.int(4), .int(-2)], .int(-2)),
        FunctionCase("math.bitOr", [.uint(1), .uint(4)], .uint(5)),
        FunctionCase("math.bitXor", [.int(4), .int(-2)], .int(-6)),
        FunctionCase("math.bitXor", [.uint(1), .uint(3)], .uint(2)),
        FunctionCase("math.bitNot", [.int(1)], .int(-2)),
        FunctionCase("math.bitNot", [.uint(0)], .uint(UInt64.max)),
        FunctionCase("math.bitNot", [.string("")], nil),
        FunctionCase("math.bitShiftLeft", [.int(1), .int(2)], .int(4)),
        FunctionCase("math.bitShiftLeft", [.int(1), .int(200)], .int(0)),
        FunctionCase("math.bitShiftLeft", [.int(-1), .int(200)], .int(0)),
        FunctionCase("math.bitShiftLeft", [.int(1), .int(63)], .int(Int64.min)),
        FunctionCase("math.bitShiftLeft", [.uint(1), .int(2)], .uint(4)),
        FunctionCase("math.bitShiftLeft", [.uint(1), .int(-1)], nil),
        FunctionCase("math.bitShiftLeft", [.uint(1), .uint(1)], nil),
        FunctionCase("math.bitShiftLeft", [.double(4.3), .int(1)], nil),
        FunctionCase("math.bitShiftRight", [.int(1024), .int(2)], .int(256)),
        FunctionCase("math.bitShiftRight", [.int(1024), .int(64)], .int(0)),
        FunctionCase("math.bitShiftRight", [.int(-1024), .int(3)], .int(2_305_843_009_213_693_824)),
        FunctionCase("math.bitShiftRight", [.uint(1024), .int(200)], .uint(0)),
        FunctionCase("math.bitShiftRight", [.uint(1), .int(Int64.min)], nil),
        FunctionCase("math.sqrt", [.int(81)], .double(9)),
        FunctionCase("math.sqrt", [.uint(4)], .double(2)),
        FunctionCase("math.sqrt", [.double(-15)], .double(.nan)),
        FunctionCase("math.sqrt", [.string("4")], nil),
    ]

    @Test("table", arguments: cases)
    func table(_ row: FunctionCase) { row.check() }

    @Test func variadicArities() {
        for arity in 3...MathExtensions.maxArguments {
            let arguments = (0..<arity).map { Value.int(Int64($0)) }
            guard let impl = FunctionLibrary.standard.function("math.greatest")?.implementations[arity] else {
                Issue.record("no math.greatest/\(arity)")
                continue
            }
            #expect(sameValue(impl.call(arguments), .int(Int64(arity - 1))))
        }
    }
}
