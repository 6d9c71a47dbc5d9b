import CEL
import Foundation
import Diagnostics

/// One problem with a field's value, before it is placed in a file: the input it concerns (the
/// value, or one element of a list) says where.
struct FieldProblem: Sendable {
    /// `record.type`, `record.enum` or `record.range`.
    var code: String
    var message: LocalizedText
    var help: LocalizedText?
    /// The value or list element that is wrong.
    var input: FieldInput
}

/// Converts one field's input to its CEL value, by the field's kind: one function per kind,
/// shared by YAML mappings and table rows.
///
/// Defaults are not applied here: a missing value stays nil and the engine decides.
struct FieldConversion: Sendable {
    /// The field being converted.
    let field: FieldSchema
    /// What was wrong, in the order found.
    private(set) var problems: [FieldProblem] = []

    init(field: FieldSchema) {
        self.field = field
    }

    /// Forgets the problems found so far, to convert another value of the same field.
    mutating func reset() {
        if !problems.isEmpty { problems.removeAll(keepingCapacity: true) }
    }

    /// The value of `input`; nil when it is missing, or wrong (then ``problems`` says why).
    mutating func convert(_ input: FieldInput) -> Value? {
        guard !input.isMissing else { return nil }
        switch field.kind {
        case .string: return string(input)
        case .enum: return enumeration(input)
        case .number: return number(input)
        case .integer: return integer(input)
        case .bool: return bool(input)
        case .list: return list(input)
        }
    }

    /// Any scalar, as its raw text.
    private mutating func string(_ input: FieldInput) -> Value? {
        guard let text = input.scalarText else { return mismatch(input) }
        return .string(text)
    }

    /// A scalar whose text is one of the field's values.
    private mutating func enumeration(_ input: FieldInput) -> Value? {
        guard let text = input.scalarText else { return mismatch(input) }
        guard field.values.contains(text) else {
            problems.append(RecordMessages.notAllowed(field, input, text: text))
            return nil
        }
        return .string(text)
    }

    /// An unquoted number (a CEL double), finite and within the field's bounds.
    private mutating func number(_ input: FieldInput) -> Value? {
        guard let number = input.number, number.isFinite else { return mismatch(input) }
        return inRange(number, input) ? .double(number) : nil
    }

    /// A whole number (a CEL int): an integer, or a number with no fraction, within bounds.
    private mutating func integer(_ input: FieldInput) -> Value? {
        switch input.wholeNumber {
        case .value(let value):
            return inRange(Double(value), input) ? .int(value) : nil
        case .outOfRange:
            problems.append(RecordMessages.outside64Bits(field, input))
            return nil
        case .invalid:
            return mismatch(input)
        }
    }

    /// `true`/`false`, `yes`/`no`, `1`/`0` or `có`/`không`, in any case.
    private mutating func bool(_ input: FieldInput) -> Value? {
        guard let text = input.scalarText, let value = Self.boolSpellings[text] ?? Self.boolSpellings[text.lowercased()]
        else {
            return mismatch(input)
        }
        return .bool(value)
    }

    /// A sequence of scalars, or one text split on `;` (parts trimmed, empty parts dropped);
    /// every tag must be among the field's values unless the list is open.
    private mutating func list(_ input: FieldInput) -> Value? {
        var tags: [(text: String, input: FieldInput)] = []
        if let elements = input.elements {
            for element in elements {
                guard !element.isMissing, let text = element.scalarText else {
                    problems.append(RecordMessages.badElement(field, element))
                    continue
                }
                tags.append((text, element))
            }
        } else if let text = input.scalarText {
            tags = Self.split(text).map { ($0, input) }
        } else {
            return mismatch(input)
        }
        let before = problems.count
        if !field.isOpen {
            for tag in tags where !field.values.contains(tag.text) {
                problems.append(RecordMessages.notAllowed(field, tag.input, text: tag.text))
            }
        }
        return problems.count == before ? .list(tags.map { .string($0.text) }) : nil
    }

    /// Whether a number is within the field's inclusive bounds; records a problem if not.
    private mutating func inRange(_ number: Double, _ input: FieldInput) -> Bool {
        if isWithinBounds(number) { return true }
        problems.append(RecordMessages.outOfRange(field, input))
        return false
    }

    /// Whether a number is within the field's inclusive bounds.
    func isWithinBounds(_ number: Double) -> Bool {
        Self.isWithin(number, minimum: field.minimum, maximum: field.maximum)
    }

    /// Whether a number is within inclusive bounds, when there are any.
    static func isWithin(_ number: Double, minimum: Double?, maximum: Double?) -> Bool {
        (minimum.map { number >= $0 } ?? true) && (maximum.map { number <= $0 } ?? true)
    }

    /// Records that the value is not of the field's kind.
    private mutating func mismatch(_ input: FieldInput) -> Value? {
        problems.append(RecordMessages.typeMismatch(field, input))
        return nil
    }

    /// The parts of a `;`-separated text, trimmed, without empty parts.
    private static func split(_ text: String) -> [String] {
        text.split(separator: ";", omittingEmptySubsequences: false)
            .map { CellText.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// The accepted spellings of a boolean, lowercased, the most common first.
    static let orderedBoolSpellings: [(text: String, value: Bool)] = [
        ("true", true), ("false", false), ("yes", true), ("no", false), ("1", true), ("0", false),
        ("có", true), ("không", false),
    ]

    /// The accepted spellings of a boolean, lowercased.
    static let boolSpellings = [String: Bool](uniqueKeysWithValues: orderedBoolSpellings.map { ($0.text, $0.value) })
}
