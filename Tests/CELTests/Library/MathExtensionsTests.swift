import Testing

@testable import CEL

@Suite("Math extension")
struct MathExtensionsTests {
    static let cases: [Case] = [
        Case("math.greatest", [.int(-5)], .int(-5)),
        Case("math.greatest", [.int(1), .double(1.0)], .int(1)),
        Case("math.greatest", [.uint(1), .int(1)], .uint(1)),
        Case("math.greatest", [.int(-7), .int(5)], .int(5)),
        Case("math.greatest", [.int(Int64.min), .int(1)], .int(1)),
        Case("math.greatest", [.uint(5), .int(-7)], .uint(5)),
        Case("math.greatest", [.double(5.4), .int(10), .uint(3), .double(-5.0), .int(Int64.max)], .int(Int64.max)),
        Case("math.greatest", [.list([.double(5.4), .int(10), .uint(3), .double(-5.0), .double(3.5)])], .int(10)),
        Case("math.greatest", [.double(1.797693e308), .int(1)], .double(1.797693e308)),
        Case("math.greatest", [.uint(UInt64.max), .int(Int64.max)], .uint(UInt64.max)),
        Case("math.greatest", [.list([])], nil),
        Case("math.greatest", [.string("a")], nil),
        Case("math.greatest", [.list([.int(1), .string("a")])], nil),
        Case("math.greatest", [.int(1), .double(.nan)], nil),
        Case("math.greatest", [.int(1), .int(2), .int(3)], .int(3)),
        Case("math.least", [.int(-3), .int(3)], .int(-3)),
        Case("math.least", [.int(1), .int(Int64.min)], .int(Int64.min)),
        Case("math.least", [.double(5.4), .int(10), .uint(3), .double(-5.0), .int(Int64.max)], .double(-5.0)),
        Case("math.least", [.list([.double(5.4), .uint(10), .uint(3), .uint(1), .double(3.5)])], .uint(1)),
        Case("math.least", [.uint(1), .double(1.0)], .uint(1)),
        Case("math.least", [.int(-1), .uint(0)], .int(-1)),
        Case("math.ceil", [.double(-1.2)], .double(-1.0)),
        Case("math.ceil", [.double(1.2)], .double(2.0)),
        Case("math.ceil", [.int(1)], nil),
        Case("math.floor", [.double(-1.2)], .double(-2.0)),
        Case("math.round", [.double(-1.5)], .double(-2.0)),
        Case("math.round", [.double(1.5)], .double(2.0)),
        Case("math.round", [.double(-1.4)], .double(-1.0)),
        Case("math.round", [.double(.nan)], .double(.nan)),
        Case("math.trunc", [.double(-1.2)], .double(-1.0)),
        Case("math.trunc", [.double(.infinity)], .double(.infinity)),
        Case("math.abs", [.uint(1)], .uint(1)),
        Case("math.abs", [.int(-11)], .int(11)),
        Case("math.abs", [.double(-11.5)], .double(11.5)),
        Case("math.abs", [.int(Int64.min)], nil),
        Case("math.abs", [.int(Int64.max)], .int(Int64.max)),
        Case("math.sign", [.uint(100)], .uint(1)),
        Case("math.sign", [.uint(0)], .uint(0)),
        Case("math.sign", [.int(-11)], .int(-1)),
        Case("math.sign", [.double(-32.0)], .double(-1.0)),
        Case("math.sign", [.double(0.0)], .double(0.0)),
        Case("math.sign", [.double(.nan)], .double(.nan)),
        Case("math.sign", [.bool(true)], nil),
        Case("math.isNaN", [.double(.nan)], .bool(true)),
        Case("math.isNaN", [.double(.infinity)], .bool(false)),
        Case("math.isInf", [.double(-.infinity)], .bool(true)),
        Case("math.isInf", [.double(.nan)], .bool(false)),
        Case("math.isFinite", [.double(1.0 / 1.5)], .bool(true)),
        Case("math.isFinite", [.double(.nan)], .bool(false)),
        Case("math.isNaN", [.bool(true)], nil),
        Case("math.bitAnd", [.int(1), .int(-1)], .int(1)),
        Case("math.bitAnd", [.uint(1), .uint(3)], .uint(1)),
        Case("math.bitAnd", [.uint(2), .string("")], nil),
        Case("math.bitAnd", [.int(1), .uint(1)], nil),
        Case("math.bitOr", [.int(4), .int(-2)], .int(-2)),
        Case("math.bitOr", [.uint(1), .uint(4)], .uint(5)),
        Case("math.bitXor", [.int(4), .int(-2)], .int(-6)),
        Case("math.bitXor", [.uint(1), .uint(3)], .uint(2)),
        Case("math.bitNot", [.int(1)], .int(-2)),
        Case("math.bitNot", [.uint(0)], .uint(UInt64.max)),
        Case("math.bitNot", [.string("")], nil),
        Case("math.bitShiftLeft", [.int(1), .int(2)], .int(4)),
        Case("math.bitShiftLeft", [.int(1), .int(200)], .int(0)),
        Case("math.bitShiftLeft", [.int(-1), .int(200)], .int(0)),
        Case("math.bitShiftLeft", [.int(1), .int(63)], .int(Int64.min)),
        Case("math.bitShiftLeft", [.uint(1), .int(2)], .uint(4)),
        Case("math.bitShiftLeft", [.uint(1), .int(-1)], nil),
        Case("math.bitShiftLeft", [.uint(1), .uint(1)], nil),
        Case("math.bitShiftLeft", [.double(4.3), .int(1)], nil),
        Case("math.bitShiftRight", [.int(1024), .int(2)], .int(256)),
        Case("math.bitShiftRight", [.int(1024), .int(64)], .int(0)),
        Case("math.bitShiftRight", [.int(-1024), .int(3)], .int(2_305_843_009_213_693_824)),
        Case("math.bitShiftRight", [.uint(1024), .int(200)], .uint(0)),
        Case("math.bitShiftRight", [.uint(1), .int(Int64.min)], nil),
        Case("math.sqrt", [.int(81)], .double(9)),
        Case("math.sqrt", [.uint(4)], .double(2)),
        Case("math.sqrt", [.double(-15)], .double(.nan)),
        Case("math.sqrt", [.string("4")], nil),
    ]

    @Test("table", arguments: cases)
    func table(_ row: Case) { row.check() }

    @Test func variadicArities() {
        for arity in 3...MathExtensions.maxArguments {
            let arguments = (0..<arity).map { Value.int(Int64($0)) }
            guard let impl = FunctionLibrary.standard.function("math.greatest")?.implementations[arity] else {
                Issue.record("no math.greatest/\(arity)")
                continue
            }
            #expect(same(impl.call(arguments), .int(Int64(arity - 1))))
        }
    }
}
