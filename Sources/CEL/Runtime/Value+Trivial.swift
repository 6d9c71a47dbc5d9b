import Foundation

extension Value {
    /// Whether the value at `value` holds no references (null, bool, a number, a timestamp
    /// or a duration), so that copying its bytes copies it and overwriting it needs no release.
    @inline(__always)
    static func isTrivial(_ value: UnsafePointer<Value>) -> Bool {
        switch value.pointee {
        case .null, .bool, .int, .uint, .double, .timestamp, .duration: return true
        default: return false
        }
    }

    /// Whether the optional at `value` holds a value without references (see the other
    /// ``isTrivial(_:)``); false for nil.
    @inline(__always)
    static func isTrivial(_ value: UnsafePointer<Value?>) -> Bool {
        switch value.pointee {
        case .null?, .bool?, .int?, .uint?, .double?, .timestamp?, .duration?: return true
        default: return false
        }
    }

    /// Overwrites the value at `target` with the bytes of the value at `source`. Both must be
    /// trivial (``isTrivial(_:)``); `source` may be a non-nil `Value?`, whose bytes start with its
    /// value's bytes (an optional keeps its payload at offset zero).
    @inline(__always)
    static func copyTrivial(from source: UnsafeRawPointer, to target: UnsafeMutablePointer<Value>) {
        UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: MemoryLayout<Value>.size)
    }

    /// Whether the value at `value` has the same bytes as the one at `other` (a `Value`, or a
    /// non-nil `Value?`): then they are the same value, sharing any storage, and overwriting
    /// one with the other changes nothing.
    @inline(__always)
    static func sameBytes(_ value: UnsafePointer<Value>, _ other: UnsafeRawPointer) -> Bool {
        let bytes = UnsafeRawPointer(value)
        // Two words of payload and a tag byte, on 64-bit platforms; compared in full elsewhere.
        guard MemoryLayout<Value>.size == 17 else { return memcmp(bytes, other, MemoryLayout<Value>.size) == 0 }
        return bytes.loadUnaligned(as: UInt64.self) == other.loadUnaligned(as: UInt64.self)
            && bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                == other.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            && bytes.load(fromByteOffset: 16, as: UInt8.self) == other.load(fromByteOffset: 16, as: UInt8.self)
    }
}
