import CEL
import Diagnostics

/// The parts of JSON results that are the same for every project, written once per policy and
/// language: each rule's identity, message text, value keys, part heads, weight and hint
/// pieces, each field's hint pieces, and the policy object.
///
/// Every fixed byte lives in one buffer and every rule's pieces in flat tables of plain
/// values (spans of that buffer, positions, unretained programs), so writing a result from
/// them costs no reference counting. Immutable once made.
public final class JSONFragments: @unchecked Sendable {
    /// A run of bytes in the fragments' text.
    struct Span {
        let start: Int
        let count: Int
    }

    /// A literal run of a message (escaped for a JSON string), then the hole that follows it,
    /// if any.
    struct MessageCut {
        let literal: Span
        let hole: Unmanaged<Program>?
    }

    /// A project field that a rule's conditions read: its position in the record, and
    /// `"project.field":`.
    struct ValueKey {
        let position: Int
        let key: Span
    }

    /// A part of a rule's structured condition: `{"expr":…,"value":`, and its program, or nil
    /// for a part whose value is `true` whenever the rule fires.
    struct Part {
        let head: Span
        let program: Unmanaged<Program>?
    }

    /// What is written for one rule (by its position in the policy).
    struct RuleFragments {
        /// `{"rule":…,"effect":…,"clause":…,"quote":…,"title":…,"message":`.
        let head: Span
        /// `{"rule":…,"clause":…,"message":`, the head of the rule's entry in `conditions`.
        let conditionHead: Span
        /// The message's cuts, in ``JSONFragments/messageCuts``.
        let message: Range<Int>
        /// The fields its conditions read, in ``JSONFragments/valueKeys``.
        let valueKeys: Range<Int>
        /// The parts of its structured condition, in ``JSONFragments/parts``.
        let parts: Range<Int>
        /// `,"weight":N`.
        let weight: Span
        /// The rule's entry in `hints` up to its fields: `{"rule":…,"fields":[`.
        let hintHead: Span
        /// Between the fields and their labels: `],"weight":N,"message":"Bổ sung thông tin `.
        let hintMiddle: Span
        /// After the labels: ` để được xét ưu tiên “T” (+N điểm)"}`.
        let hintTail: Span
    }

    /// A field as a hint names it: its name as a JSON string, and `“label”` escaped.
    struct FieldPieces {
        let name: Span
        let label: Span
    }

    private let text: UnsafeBufferPointer<UInt8>
    let rules: UnsafeBufferPointer<RuleFragments>
    let messageCuts: UnsafeBufferPointer<MessageCut>
    let valueKeys: UnsafeBufferPointer<ValueKey>
    let parts: UnsafeBufferPointer<Part>
    /// The field path of each entry of ``valueKeys``, for matching a result's values.
    let valuePaths: [String]
    /// The hint pieces of the field that each `project.field` attribute names.
    let fields: [String: FieldPieces]
    /// `"policy":{"id":…,"version":…,"digest":…}`.
    let policy: Span
    /// The language the fragments are written in.
    public let language: Language
    /// The digest of the policy they were written for.
    let policyDigest: String
    /// The policy they were written for, which keeps alive the programs the tables hold
    /// unretained.
    let compiled: CompiledPolicy

    /// Writes the fragments of a compiled policy.
    public init(policy compiled: CompiledPolicy, language: Language) {
        var builder = JSONFragmentsBuilder(language: language)
        for rule in compiled.rules { builder.add(rule) }
        var fields: [String: FieldPieces] = [:]
        for (attribute, field) in compiled.fieldOfAttribute {
            fields[attribute] = builder.fieldPieces(field.name, schema: compiled.schema)
        }
        var w = JSONWriter()
        JSONReport.writePolicy(compiled.identity, into: &w)
        // Every span is made before the text is copied out of the builder.
        policy = builder.span(w.bytes)
        self.fields = fields
        self.language = language
        self.compiled = compiled
        policyDigest = compiled.identity.digest
        valuePaths = builder.valuePaths
        text = Self.table(builder.text)
        rules = Self.table(builder.rules)
        messageCuts = Self.table(builder.messageCuts)
        valueKeys = Self.table(builder.valueKeys)
        parts = Self.table(builder.parts)
    }

    deinit {
        text.deallocate()
        rules.deallocate()
        messageCuts.deallocate()
        valueKeys.deallocate()
        parts.deallocate()
    }

    /// The bytes of a span. Valid while the fragments live.
    @inline(__always)
    func bytes(_ span: Span) -> UnsafeBufferPointer<UInt8> {
        assert(span.start >= 0 && span.count >= 0 && span.start + span.count <= text.count, "span outside the text")
        return UnsafeBufferPointer(start: text.baseAddress.map { $0 + span.start }, count: span.count)
    }

    /// The hint pieces of a field that is not a `project.field` attribute of the schema.
    func fieldPieces(ofAttribute attribute: String) -> (name: [UInt8], label: [UInt8]) {
        JSONFragmentsBuilder.fieldBytes(compiled.field(ofAttribute: attribute).name, schema: compiled.schema,
                                        language: language)
    }

    /// The fragments of a reason's rule, when the reason comes from this policy.
    func rule(of reason: Reason) -> RuleFragments? {
        guard let index = reason.ruleIndex, index >= 0, index < rules.count else { return nil }
        return rules[index]
    }

    /// A buffer that holds a copy of `items`, for a table of plain values.
    private static func table<T>(_ items: [T]) -> UnsafeBufferPointer<T> {
        let table = UnsafeMutableBufferPointer<T>.allocate(capacity: items.count)
        _ = table.initialize(from: items)
        return UnsafeBufferPointer(table)
    }
}
