import Foundation
import Screening
import Testing

/// `screener diff`: a draft of the shipped policy with a higher energy-intensity threshold,
/// checked against each policy screening each record separately through the library; a draft
/// that changes nothing; policies from git.
@Suite struct DiffCommandTests {
    static let shipped = "Rules/kien-giang-157"
    static let registry = "Fixtures/registries/kien-giang-sample.csv"
    static let intensityRule = "KG157-ENERGY-INTENSITY"

    /// A copy of the shipped policy in a temporary folder with `max_energy_intensity` raised
    /// from 10.0 to 15.0.
    static func draft() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screener-draft-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CommandSupport.packageRoot.appendingPathComponent(shipped), to: folder)
        let file = folder.appendingPathComponent("policy.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let original = "  max_energy_intensity:\n    value: 10.0\n"
        try #require(text.contains(original))
        try text.replacingOccurrences(of: original, with: "  max_energy_intensity:\n    value: 15.0\n")
            .write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    /// Each record's id → (verdict, priority, fired rules): the registry read row by row and
    /// each record screened on its own through the library (no batch runner, no diff).
    static func screenEach(_ policy: URL) throws -> [String: (verdict: Verdict, priority: Bool, rules: Set<String>)] {
        let root = CommandSupport.packageRoot
        guard case .success(let compiled) = CompiledPolicy.load(path: policy.path) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var reader = try RegistryReader(path: root.appendingPathComponent(registry).path)
        var decoder = TableRowDecoder(schema: compiled.schema, header: reader.header, file: registry)
        var rows: [String: (verdict: Verdict, priority: Bool, rules: Set<String>)] = [:]
        while case let items = reader.nextChunk(limit: 100), !items.isEmpty {
            for case .row(let row) in items {
                guard case .success(let record) = decoder.decode(row) else { continue }
                let result = compiled.screen(record)
                rows[result.id] = (result.verdict, result.priority, Set(result.reasons.map(\.rule)))
            }
        }
        return rows
    }

    @Test func raisingTheIntensityThresholdListsExactlyTheProjectsThatMove() throws {
        let draft = try Self.draft()
        defer { try? FileManager.default.removeItem(at: draft) }
        let out = draft.appendingPathComponent("changes.json")
        let arguments = [Self.shipped, draft.path, "--registry", Self.registry, "--out", out.path, "--lang", "en"]
        let transcript = try CommandSupport.transcript("diff", arguments)
            .replacingOccurrences(of: draft.path, with: "DRAFT")
        try CommandSupport.expectGolden(transcript, at: "Tests/screenerTests/Golden/diff/energy-intensity-15.txt")
        let vietnamese = try CommandSupport.transcript("diff", [Self.shipped, draft.path, "--registry", Self.registry])
            .replacingOccurrences(of: draft.path, with: "DRAFT")
        try CommandSupport.expectGolden(vietnamese, at: "Tests/screenerTests/Golden/diff/energy-intensity-15-vi.txt")
        let csv = draft.appendingPathComponent("changes.csv")
        _ = try CommandSupport.run(["diff", Self.shipped, draft.path, "--registry", Self.registry, "--out", csv.path])
        try CommandSupport.expectGolden(try String(contentsOf: csv, encoding: .utf8),
                                        at: "Tests/screenerTests/Golden/diff/energy-intensity-15.csv")

        let before = try Self.screenEach(CommandSupport.packageRoot.appendingPathComponent(Self.shipped))
        let after = try Self.screenEach(draft)
        #expect(before.count == 1000)
        let moved = Set(before.keys.filter { id in
            before[id]?.verdict != after[id]?.verdict || before[id]?.priority != after[id]?.priority
        })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(!moved.isEmpty)
        #expect(Set(changes.compactMap { $0["id"] as? String }) == moved)
        #expect(changes.count == moved.count)
        for change in changes {
            let id = change["id"] as? String ?? ""
            let rules = change["rules"] as? [[String: Any]] ?? []
            let intensity = rules.first { $0["rule"] as? String == Self.intensityRule }
            #expect(intensity?["old"] as? String == "fired" && intensity?["new"] as? String == "not_fired", "\(id)")
            #expect(before[id]?.rules.contains(Self.intensityRule) == true)
            #expect(after[id]?.rules.contains(Self.intensityRule) == false)
        }
    }

    @Test func aDraftThatChangesNothingSaysSo() throws {
        let arguments = [Self.shipped, Self.shipped, "--registry", Self.registry]
        try CommandSupport.expectGolden(try CommandSupport.transcript("diff", arguments),
                                        at: "Tests/screenerTests/Golden/diff/no-change-vi.txt")
    }

    /// Whether the package is a git checkout (a source archive is not).
    static var inGitCheckout: Bool {
        FileManager.default.fileExists(atPath: CommandSupport.packageRoot.appendingPathComponent(".git").path)
    }

    @Test(.enabled(if: inGitCheckout)) func aPolicyAtACommitComesFromGit() throws {
        let arguments = ["git:HEAD:" + Self.shipped, "git:HEAD:" + Self.shipped, "--registry", Self.registry, "--lang", "en"]
        try CommandSupport.expectGolden(try CommandSupport.transcript("diff", arguments),
                                        at: "Tests/screenerTests/Golden/diff/git-head-en.txt")
    }

    @Test(.enabled(if: inGitCheckout)) func anUnknownRevisionIsAnError() throws {
        let result = try CommandSupport.run(["diff", "git:no-such-revision:" + Self.shipped, Self.shipped,
                                             "--registry", Self.registry, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("error: cannot get the policy `git:no-such-revision:Rules/kien-giang-157`: "))
        #expect(result.out.isEmpty)
    }

    @Test(arguments: ["git:HEAD", "git::Rules", "git:--output=x:Rules"])
    func aMalformedGitPolicyIsAnError(_ argument: String) throws {
        let result = try CommandSupport.run(["diff", argument, Self.shipped, "--registry", Self.registry, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.err == "error: cannot get the policy `\(argument)`: expected git:REV:PATH\n")
    }
}
