import CEL
import Testing

/// Loading records into an activation's slots, over and over: each slot ends up with the
/// record's value or the default, whatever the slot held before (values of every kind).
struct ActivationLoadTests {
    static let kinds: [Value] = [
        .null, .bool(true), .bool(false), .int(-3), .uint(7), .double(2.5), .string("ab"),
        .string(String(repeating: "long text ", count: 5)), .list([.int(1), .string("x")]),
        .map(MapValue(stringEntries: [("k", .int(1))])), .bytes([1, 2]), .unknown(Unknown(attribute: "p.f")),
        .fail(.noSuchKey("k")), .optional(.int(1)), .optional(nil),
    ]

    @Test func slotsHoldTheLastRecordsValuesOrDefaults() {
        let width = Self.kinds.count
        let defaults = (0..<width).map { Value.unknown(Unknown(attribute: "d\($0)")) }
        let activation = Activation(slotCount: width + 2)
        activation[0] = .string("before")
        activation[width + 1] = .string("after")
        var state: UInt64 = 7
        for round in 0..<400 {
            var record: [Value?] = []
            let length = round % (width + 2)
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let pick = Int(state >> 33) % (width + 1)
                record.append(pick == width ? nil : Self.kinds[pick])
            }
            activation.load(record, defaults: defaults, at: 1)
            for index in 0..<width {
                let expected = (index < record.count ? record[index] : nil) ?? defaults[index]
                #expect(activation[1 + index].debugText == expected.debugText, "round \(round), slot \(index)")
            }
            #expect(activation[0].debugText == Value.string("before").debugText)
            #expect(activation[width + 1].debugText == Value.string("after").debugText)
        }
    }

    /// Setting a slot (also one that a loaded record's value was read from) replaces its value,
    /// whatever the kinds of the old and the new value.
    @Test func setSlotsHoldTheirNewValues() {
        let activation = Activation(slotCount: 3)
        activation.load([.string("record")], defaults: [.null, .null], at: 1)
        for old in Self.kinds {
            for new in Self.kinds {
                activation[1] = old
                activation[2] = old
                activation[1] = new
                #expect(activation[1].debugText == new.debugText)
                #expect(activation[2].debugText == old.debugText)
            }
        }
        activation.reserve(slotCount: 5)
        #expect(activation[2].debugText == Self.kinds.last?.debugText)
        #expect(activation[4].debugText == Value.null.debugText)
    }

    /// Growing an activation keeps what its slots read: a loaded record's values, set values.
    @Test func growingKeepsLoadedAndSetValues() {
        let activation = Activation(slotCount: 3)
        activation[0] = .string("set")
        activation.load([.int(1), nil], defaults: [.string("d1"), .string("d2")], at: 1)
        activation.reserve(slotCount: 40)
        #expect(activation[0].debugText == Value.string("set").debugText)
        #expect(activation[1].debugText == Value.int(1).debugText)
        #expect(activation[2].debugText == Value.string("d2").debugText)
        #expect(activation[39].debugText == Value.null.debugText)
        activation[2] = .bool(true)
        #expect(activation[2].debugText == Value.bool(true).debugText)
    }

    /// After `unload`, the slots read their own storage again and the record's array is no
    /// longer shared: writing over it leaves the activation as it was.
    @Test func unloadingLetsGoOfTheRecord() {
        let activation = Activation(slotCount: 3)
        activation[2] = .string("set before")
        var record: [Value?] = [.string("record"), .int(4)]
        activation.load(record, defaults: [.null, .null], at: 1)
        #expect(activation[1].debugText == Value.string("record").debugText)
        activation.unload()
        let before = record.withUnsafeBufferPointer { $0.baseAddress }
        record.withUnsafeMutableBufferPointer { $0[0] = .string("written over") }
        // Not shared any more: written over in place, not copied first.
        #expect(record.withUnsafeBufferPointer { $0.baseAddress } == before)
        #expect(activation[1].debugText == Value.null.debugText)
        #expect(activation[2].debugText == Value.string("set before").debugText)
        activation.load(record, defaults: [.null, .null], at: 1)
        #expect(activation[1].debugText == Value.string("written over").debugText)
    }

    /// A record loaded over other slots than the last one: the last one's slots stop reading
    /// its values (which may be gone) and read their own storage again.
    @Test func loadingElsewhereLetsGoOfTheLastSlots() {
        let activation = Activation(slotCount: 5)
        activation.load([.string("one"), .string("two"), .string("three")], defaults: [.null, .null, .null], at: 1)
        activation.load([.string("four")], defaults: [.null], at: 3)
        #expect(activation[1].debugText == Value.null.debugText)
        #expect(activation[2].debugText == Value.null.debugText)
        #expect(activation[3].debugText == Value.string("four").debugText)
    }
}
