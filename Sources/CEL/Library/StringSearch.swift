import Foundation

/// Code-point-exact substring tests on UTF-8, without Unicode canonical equivalence.
///
/// Swift's `String` comparisons treat `"e\u{301}"` and `"é"` as equal and match whole
/// grapheme clusters; CEL compares code points. Because UTF-8 is self-synchronizing, a code
/// point sequence occurs in a string exactly when its UTF-8 bytes occur there, so the tests
/// below work on bytes.
enum StringSearch {
    /// Whether `text` contains the UTF-8 bytes `needle`.
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        var text = text
        return text.withUTF8 { haystack in firstIndex(of: needle, in: haystack) != nil }
    }

    /// Whether `text` contains `needle`, code point for code point.
    static func contains(_ text: String, _ needle: String) -> Bool {
        contains(text, Array(needle.utf8))
    }

    /// Whether `text` starts with `prefix`, code point for code point.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var text = text
        var prefix = prefix
        return text.withUTF8 { t in
            prefix.withUTF8 { p in
                guard p.count <= t.count else { return false }
                guard let ta = t.baseAddress, let pa = p.baseAddress else { return true }
                return memcmp(ta, pa, p.count) == 0
            }
        }
    }

    /// Whether `text` ends with `suffix`, code point for code point.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let textBytes = text.utf8
        let suffixBytes = suffix.utf8
        guard suffixBytes.count <= textBytes.count else { return false }
        return textBytes.dropFirst(textBytes.count - suffixBytes.count).elementsEqual(suffixBytes)
    }

    /// The offset of the first occurrence of `needle` (non-empty) in `haystack`.
    private static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        let lastStart = haystack.count - needle.count
        var start = 0
        while start <= lastStart {
            guard let found = haystack[start...lastStart].firstIndex(of: first) else { return nil }
            var matched = true
            for offset in 1..<needle.count where haystack[found + offset] != needle[offset] {
                matched = false
                break
            }
            if matched { return found }
            start = found + 1
        }
        return nil
    }
}
