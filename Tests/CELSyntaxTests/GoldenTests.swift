import Foundation
import Testing

@testable import CELSyntax

/// Dumps of parsed expressions compared with files in `Golden/`; run with `RECORD_GOLDEN=1`
/// in the environment to write the files anew.
@Suite("Golden dumps")
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    static let cases: [(String, String)] = [
        ("arithmetic", "a + b * c - -d / 2 % 3u"),
        ("logic", "a && b || !c && d || e ? f : g"),
        ("members", ".pkg.f(1)[?x].?y.z[0].size()"),
        (
            "literals",
            #"[1, -2, 3u, 4.5, -0.0, 'str\n\u00e9', b'\xff\000a', true, false, null, r'\d', """x"y""", 0x1F]"#
        ),
        ("aggregates", "{'a': 1, ?b: [?c, d,]} == .pkg.T{f: 1, ?`g-h`: 2}"),
        ("has_and_all", "has(a.b) && a.list.all(x, x > 0)"),
        ("exists_one_and_filter", "[1, 2].filter(x, x % 2 == 0).exists_one(y, y == 2)"),
        ("map_with_filter", "r.map(x, x > 1, x * 2)"),
        ("two_variables", "m.transformMap(k, v, v > 0, v * 2) == m.transformList(i, v, i + v)"),
        ("optional_map", "o.optMap(x, x + 1).optFlatMap(y, optional.of(y))"),
        ("bind", "cel.bind(t, a + b, t * t)"),
        ("multiline", "a +\n  b // comment\n  * c"),
    ]

    @Test("dumps match the golden files", arguments: cases)
    func golden(name: String, source: String) throws {
        guard let parsed = parsedTree(source) else { return }
        let actual = "expr: \(source)\n\n" + dump(parsed)
        let file = Self.folder.appendingPathComponent(name + ".txt")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "golden file \(name).txt differs; rerun with RECORD_GOLDEN=1 to update it")
    }
}
