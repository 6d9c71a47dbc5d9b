import CEL
import Diagnostics
import Foundation
import Testing

@testable import Screening

/// Shared fixtures of the batch tests: policies, records and hand-made results.
enum BatchTesting {
    /// The package root, found from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped Kiên Giang policy.
    static let kienGiang: Result<CompiledPolicy, PolicyLoadFailure> =
        CompiledPolicy.load(path: packageRoot.appendingPathComponent("Rules/kien-giang-157").path)

    /// The shipped policy, or a test failure naming its load errors.
    static func policy() throws -> CompiledPolicy {
        switch kienGiang {
        case .success(let policy): return policy
        case .failure(let failure):
            Issue.record("\(DiagnosticRenderer(language: .en).text(failure.diagnostics))")
            throw failure
        }
    }

    /// A small policy of four rules, written to a temporary folder and loaded: the golden
    /// pages depend on it alone, not on the shipped policy as it changes.
    static func tinyPolicy() throws -> CompiledPolicy {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("screener-html-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try tinyPolicyYAML.write(to: folder.appendingPathComponent("policy.yaml"), atomically: true, encoding: .utf8)
        try tinySchemaYAML.write(to: folder.appendingPathComponent("schema.yaml"), atomically: true, encoding: .utf8)
        switch CompiledPolicy.load(path: folder.path) {
        case .success(let policy): return policy
        case .failure(let failure):
            Issue.record("\(DiagnosticRenderer(language: .en).text(failure.diagnostics))")
            throw failure
        }
    }

    /// A record with the given fields, the others missing.
    static func record(_ fields: [String: String], schema: Schema) -> ProjectRecord {
        ProjectRecord(values: schema.fields.map { field in fields[field.name].map { Value.string($0) } }, origin: "test")
    }

    /// A result with the given verdict, fired rules, missing fields (needed by the `undecided`
    /// rules) and score; titles and messages come from the policy's rules and schema.
    static func result(
        _ id: String, _ verdict: Verdict, rules: [String] = [], missing: [String] = [], undecided: [String] = [],
        score: Int = 0, policy: CompiledPolicy
    ) -> ScreeningResult {
        let reasons = rules.map { ruleID in
            let rule = policy.policy.rules.first { $0.id == ruleID }
            return Reason(
                rule: ruleID, effect: rule?.effect ?? .note, clause: rule?.cite.clause ?? "", quote: nil,
                title: rule?.title ?? LocalizedText(verbatim: ruleID),
                message: LocalizedText(vi: "Lý do \(ruleID) của \(id)", en: "Reason \(ruleID) of \(id)"),
                values: [], parts: [], weight: 0)
        }
        let fields = missing.map { name in
            MissingField(field: name, label: policy.schema.field(name)?.label ?? LocalizedText(verbatim: name),
                         rules: undecided)
        }
        return ScreeningResult(
            id: id, verdict: verdict, priority: score >= policy.priorityThreshold, score: score, reasons: reasons,
            missing: fields, hints: [], errors: [], policy: policy.identity)
    }

    /// The result of a row that could not be read, with a problem at `row`, `column`.
    static func unreadable(row: Int, column: Int, policy: CompiledPolicy) -> ScreeningResult {
        let problem = Diagnostic(
            code: "record.type", location: SourceLocation(file: "registry.csv", line: row, column: column),
            message: LocalizedText(vi: "giá trị không phải là số", en: "the value is not a number"))
        return .unreadable(id: "registry.csv:\(row)", problems: [problem], policy: policy.identity)
    }

    /// How many times `needle` occurs in `text`.
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    private static let tinyPolicyYAML = """
        policy:
          id: tiny
          version: "1.0"
          title: {vi: "Chính sách thử nghiệm", en: "Test policy"}
          schema: schema.yaml
        rules:
          - id: T-ENERGY
            title: {vi: "Tiêu tốn nhiều năng lượng", en: "High energy use"}
            cite: {clause: "III.3.a"}
            when: 'project.energy > 1000.0'
            effect: reject
            message: {vi: "Dùng {project.energy} TOE/năm", en: "Uses {project.energy} TOE a year"}
          - id: T-ZONE
            title: {vi: "Ngoài khu, cụm công nghiệp", en: "Outside a zone"}
            cite: {clause: "III.1.b"}
            when: 'project.site == "outside"'
            effect: review
            message: {vi: "Dự án ngoài KCN, CCN", en: "Outside any zone"}
          - id: T-HIGH-TECH
            title: {vi: "Công nghệ cao", en: "High technology"}
            cite: {clause: "III.2.a"}
            when: 'project.site == "zone"'
            effect: priority
            weight: 25
            message: {vi: "Công nghệ cao", en: "High technology"}
          - id: T-NEVER
            title: {vi: "Quy tắc không bao giờ áp dụng", en: "A rule that never fires"}
            cite: {clause: "IV.1"}
            when: 'project.energy < 0.0'
            effect: condition
            message: {vi: "Không bao giờ", en: "Never"}
        """

    private static let tinySchemaYAML = """
        schema:
          id: tiny-project
          fields:
            id: {type: string, required: true, label: {vi: "Mã hồ sơ", en: "Code"}}
            name: {type: string, label: {vi: "Tên dự án", en: "Project name"}}
            district: {type: string, label: {vi: "Huyện, thành phố", en: "District"}}
            vsic: {type: string, label: {vi: "Mã ngành", en: "Industry code"}}
            site: {type: string, label: {vi: "Vị trí", en: "Location"}}
            energy: {type: number, label: {vi: "Năng lượng tiêu thụ", en: "Energy use"}}
        """
}
