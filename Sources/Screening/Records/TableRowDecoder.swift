import Foundation
import CEL
import Diagnostics

/// Decodes the rows of a table (CSV or spreadsheet) into records, with the header mapped to
/// schema fields once: by canonical name or by the Vietnamese or English label.
///
/// Problems are diagnostics located at the row (as `line`) and the 1-based column.
public struct TableRowDecoder: Sendable {
    /// The schema.
    public let schema: Schema
    /// The registry's name, shown in diagnostics.
    public let file: String
    /// For each column, the schema position of its field, or nil when the header is unknown.
    public let columnFields: [Int?]
    /// Header cells that name no field, with their 1-based columns.
    public let unknownColumns: [(name: String, column: Int)]
    /// The conversion of each mapped column, and its plain reading of cells.
    private var conversions: [FieldConversion]
    private let readings: [CellReading]
    private let requiredPositions: [Int]
    /// The mapped columns in column order, each with its field and conversion.
    private let mapped: [MappedColumn]
    /// The schema positions that no column fills.
    private let unmappedPositions: [Int]
    /// Whether a required field has no column, so every row misses it.
    private let requiredUnmapped: Bool
    private let fieldCount: Int

    /// A column that names a field.
    private struct MappedColumn {
        var column: Int
        var position: Int
        var conversion: Int
        var isRequired: Bool
    }

    /// Maps a header row to the schema.
    public init(schema: Schema, header: [String], file: String) {
        self.schema = schema
        self.file = file
        var columns: [Int?] = []
        var unknown: [(String, Int)] = []
        var seen = Set<Int>()
        for (index, name) in header.enumerated() {
            if let position = schema.field(forHeader: name), seen.insert(position).inserted {
                columns.append(position)
            } else {
                columns.append(nil)
                unknown.append((name, index + 1))
            }
        }
        self.columnFields = columns
        self.unknownColumns = unknown
        var conversions: [FieldConversion] = []
        var conversionOf: [Int?] = []
        for position in columns {
            guard let position else {
                conversionOf.append(nil)
                continue
            }
            conversionOf.append(conversions.count)
            conversions.append(FieldConversion(field: schema.fields[position]))
        }
        self.conversions = conversions
        self.readings = conversions.map { CellReading(field: $0.field) }
        self.requiredPositions = schema.fields.indices.filter { schema.fields[$0].isRequired }
        self.mapped = columns.indices.compactMap { column in
            guard let position = columns[column], let conversion = conversionOf[column] else { return nil }
            return MappedColumn(column: column, position: position, conversion: conversion,
                                isRequired: schema.fields[position].isRequired)
        }
        self.unmappedPositions = schema.fields.indices.filter { !columns.contains($0) }
        self.requiredUnmapped = requiredPositions.contains { !columns.contains($0) }
        self.fieldCount = schema.fields.count
    }

    /// Warnings about the header, for the row of headers (line 1): columns that name no
    /// field (their values are not read) and required fields that have no column.
    public var headerWarnings: [Diagnostic] {
        var warnings = unknownColumns.map { column in
            Diagnostic(
                severity: .warning, code: "registry.unknown_column",
                location: SourceLocation(file: file, line: 1, column: column.column),
                message: LocalizedText(
                    vi: "cột `\(column.name)` không ứng với trường nào của lược đồ; giá trị của cột này không được đọc",
                    en: "column `\(column.name)` names no field of the schema; its values are not read"),
                help: NameSuggestion.closest(to: column.name, among: schema.fields.map(\.name)).map {
                    LocalizedText(vi: "có phải là `\($0)`?", en: "did you mean `\($0)`?")
                })
        }
        for position in requiredPositions where !columnFields.contains(position) {
            let name = schema.fields[position].name
            warnings.append(Diagnostic(
                severity: .warning, code: "registry.missing_column", location: SourceLocation(file: file, line: 1, column: 1),
                message: LocalizedText(
                    vi: "không có cột cho trường bắt buộc `\(name)`; mọi dòng sẽ là dòng lỗi",
                    en: "no column for the required field `\(name)`; every row will be an error row")))
        }
        return warnings
    }

    /// The record of a row, or its problems (each at the row and column).
    public mutating func decode(_ row: RawRow) -> Result<ProjectRecord, RecordFailure> {
        var storage: [Value?] = []
        return decode(row, reusing: &storage)
    }

    /// The record of a row, or its problems, with its values written over `storage` when that
    /// holds one value per field (left empty: give a record's values back to reuse them), so
    /// that rows decoded one after another share one array.
    mutating func decode(_ row: RawRow, reusing storage: inout [Value?]) -> Result<ProjectRecord, RecordFailure> {
        if let problem = row.problem {
            return .failure(RecordFailure(diagnostics: [Diagnostic(
                code: "registry.row", location: SourceLocation(file: file, line: row.number, column: row.problemColumn ?? 1),
                message: problem)]))
        }
        var values: [Value?] = []
        swap(&values, &storage)
        if values.count != fieldCount { values = Array(repeating: nil, count: fieldCount) }
        var diagnostics: [Diagnostic] = []
        var missesRequired = requiredUnmapped
        let mapped = mapped
        let unmappedPositions = unmappedPositions
        let readings = readings
        values.withUnsafeMutableBufferPointer { slots in
            // Every position is written once: by its column's value, or nil when it has none.
            for position in unmappedPositions { slots[position] = nil }
            // The readings are borrowed through a pointer, never copied with their arrays.
            readings.withUnsafeBufferPointer { readings in row.withCells { bytes, ends in
                for column in mapped {
                    guard column.column < ends.count else {
                        slots[column.position] = nil
                        missesRequired = missesRequired || column.isRequired
                        continue
                    }
                    let start = column.column == 0 ? 0 : ends[column.column - 1]
                    let cell = UnsafeBufferPointer(rebasing: bytes[start..<ends[column.column]])
                    if cell.isEmpty {
                        slots[column.position] = nil
                        missesRequired = missesRequired || column.isRequired
                        continue
                    }
                    if let plain = readings[column.conversion].plainValue(cell) {
                        slots[column.position] = plain
                        continue
                    }
                    let value = convert(cell, in: column, row: row.number, into: &diagnostics)
                    if column.isRequired, case .none = value { missesRequired = true }
                    slots[column.position] = value
                }
            } }
        }
        if missesRequired { requiredDiagnostics(row: row, values: values, into: &diagnostics) }
        guard diagnostics.isEmpty else { return .failure(RecordFailure(diagnostics: diagnostics)) }
        return .success(ProjectRecord(values: values, file: file, row: row.number))
    }

    /// The value of a cell by the general route, its problems added at the row and column.
    private mutating func convert(_ cell: UnsafeBufferPointer<UInt8>, in column: MappedColumn, row: Int,
                                  into diagnostics: inout [Diagnostic]) -> Value? {
        // Work on the conversion in place: copying one would copy its field schema.
        conversions[column.conversion].reset()
        let value = conversions[column.conversion].convert(cell: cell)
        for problem in conversions[column.conversion].problems {
            diagnostics.append(Diagnostic(
                code: problem.code, location: SourceLocation(file: file, line: row, column: column.column + 1),
                message: problem.message, help: problem.help))
        }
        return value
    }

    /// Adds a problem for each required field the row leaves empty, unless its column has one.
    private func requiredDiagnostics(row: RawRow, values: [Value?], into diagnostics: inout [Diagnostic]) {
        for position in requiredPositions where values[position] == nil {
            let column = (columnFields.firstIndex { $0 == position } ?? 0) + 1
            if diagnostics.contains(where: { $0.location?.column == column }) { continue }
            diagnostics.append(RecordMessages.required(
                schema.fields[position], location: SourceLocation(file: file, line: row.number, column: column),
                sourceLine: nil))
        }
    }
}
