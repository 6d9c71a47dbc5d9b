import Diagnostics
import Foundation
@testable import Screening
import Testing

/// The sheet XML scanner and parser on hand-written parts: cell types, references, entities,
/// rich text, and malformed XML (which must give row problems, never a trap).
@Suite struct XLSXSheetParserTests {
    static let sharedStrings = XLSXSharedStrings(xml: Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
          <si><t>Kiên Lương</t></si>
          <si><r><rPr><b/></rPr><t xml:space="preserve">Nhà máy </t></r><r><t>xi măng</t></r>\
        <rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>
          <si><t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#272;&#x1EA1;i_x000D__x000A_</t></si>
          <si/>
          <si><t>hỏng &bogus; thực thể</t></si>
        </sst>
        """.utf8))

    static func rows(_ sheetData: String) -> [RawRow] {
        let xml = #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + sheetData + "</worksheet>"
        var parser = XLSXSheetParser(stream: XLSXByteStream(bytes: Array(xml.utf8)), sharedStrings: sharedStrings)
        var rows: [RawRow] = []
        while let row = parser.nextRow() { rows.append(row) }
        return rows
    }

    @Test func cellTypesAreReadAsExcelStoresThem() {
        let rows = Self.rows("""
            <sheetData><row r="1">\
            <c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c><c r="E1" s="3"><v>45292</v></c><c r="F1"><v>1.5E-3</v></c>\
            <c r="G1" t="b"><v>1</v></c><c r="H1" t="b"><v>0</v></c>\
            <c r="I1" t="str"><f>A1&amp;"!"</f><v>Kiên Lương!</v></c>\
            <c r="J1" t="inlineStr"><is><r><t>Tắc </t></r><r><t>Cậu</t></r></is></c>\
            <c r="K1" t="n"/><c r="L1" t="d"><v>2024-03-12T00:00:00</v></c>\
            </row></sheetData>
            """)
        #expect(rows.count == 1)
        #expect(rows.first?.problem == nil)
        #expect(rows.first?.cells == [
            "Kiên Lương", "Nhà máy xi măng", "A & B <C> \"D\" 'E' Đại\r\n", "", "45292", "1.5E-3",
            "true", "false", "Kiên Lương!", "Tắc Cậu", "", "2024-03-12T00:00:00",
        ])
    }

    @Test func referencesPlaceCellsAndRowsWithGaps() {
        let rows = Self.rows("""
            <sheetData>
              <row r="1"><c r="B1"><v>2</v></c><c r="AA1"><v>27</v></c></row>
              <row r="4" spans="1:3"><c><v>a</v></c><c><v>b</v></c><c r="E4"><v>e</v></c><c><v>f</v></c></row>
              <row><c r="b5"><v>lower</v></c></row>
              <row r="6"/>
            </sheetData>
            """)
        #expect(rows.map(\.number) == [1, 4, 5, 6])
        #expect(rows[0].cells.count == 27)
        #expect(rows[0].cells[1] == "2")
        #expect(rows[0].cells[26] == "27")
        #expect(rows[1].cells == ["a", "b", "", "", "e", "f"])
        #expect(rows[2].cells == ["", "lower"])
        #expect(rows[3].cells.isEmpty)
        #expect(rows.allSatisfy { $0.problem == nil })
    }

    @Test func namespacePrefixesCommentsAndCDATAAreRead() {
        let rows = Self.rows("""
            <!-- written by another tool --><x:sheetData xmlns:x="urn:x"><?pi ignored?>
            <x:row x:r="2"><x:c r="A2" t="inlineStr"><x:is><x:t><![CDATA[a < b & c]]></x:t></x:is></x:c>\
            <x:c r="B2"><x:v>4<!-- c -->2</x:v></x:c></x:row></x:sheetData>
            """)
        #expect(rows.map(\.number) == [2])
        #expect(rows.first?.cells == ["a < b & c", "42"])
        #expect(rows.first?.problem == nil)
    }

    @Test func errorCellsAndBadValuesAreRowProblems() {
        let rows = Self.rows("""
            <sheetData>
              <row r="2"><c r="A2"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c></row>
              <row r="3"><c r="C3" t="s"><v>99</v></c></row>
              <row r="4"><c r="B4" t="b"><v>maybe</v></c></row>
              <row r="5"><c r="1A"><v>x</v></c></row>
              <row r="6"><c r="A6" t="s"><v>4</v></c></row>
              <row r="x"><c r="A7"><v>7</v></c></row>
              <row r="9223372036854775807"><c r="A8"><v>8</v></c></row>
              <row><c r="A9"><v>9</v></c></row>
            </sheetData>
            """)
        #expect(rows.map(\.number) == [2, 3, 4, 5, 6, 7, 8, 9])
        #expect(rows[0].cells == ["1"])
        #expect(rows[0].problem?.en == "cell D2 holds the Excel error `#DIV/0!`")
        #expect(rows[0].problemColumn == 4)
        #expect(rows[1].problem?.en.contains("shared string `99`") == true)
        #expect(rows[1].problemColumn == 3)
        #expect(rows[2].problem?.en.contains("boolean") == true)
        #expect(rows[3].problem?.en == "invalid cell reference `1A`")
        #expect(rows[4].cells == ["hỏng &bogus; thực thể"])
        #expect(rows[4].problem?.en.contains("`&bogus;`") == true)
        #expect(rows[5].problem?.en == "invalid row number `x`")
        #expect(rows[6].problem?.en == "invalid row number `9223372036854775807`")
        #expect(rows[7].problem == nil)
    }

    @Test func malformedXMLGivesProblemRowsAndKeepsCells() {
        let truncated = Self.rows(#"<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2"#)
        #expect(truncated.map(\.number) == [1, 2])
        #expect(truncated[0].problem == nil)
        #expect(truncated[1].cells == ["2"])
        #expect(truncated[1].problem != nil)

        let unclosed = Self.rows(
            #"<sheetData><row r="1"><c r="A1"><v>1</v><row r="2"><c r="B2"><v>2</v></c></row></sheetData>"#)
        #expect(unclosed.map(\.number) == [1, 2])
        #expect(unclosed[0].cells == ["1"])
        #expect(unclosed[0].problem?.en.contains("not well formed") == true)
        #expect(unclosed[1].cells == ["", "2"])

        let badAttribute = Self.rows(#"<sheetData><row r=2><c r="A2"><v>&#xD800;</v></c></row></sheetData>"#)
        #expect(badAttribute.count == 1)
        #expect(badAttribute.first?.problem != nil)

        let noEnd = Self.rows(#"<sheetData><row r="1"><c r="A1"><v>1</v></c></row>"#)
        #expect(noEnd.map(\.number) == [1, 2])
        #expect(noEnd[1].problem?.en.contains("truncated") == true)

        let badUTF8 = XLSXSheetParserTests.rowsFromBytes(
            Array(#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"#.utf8) + [0xC3, 0x28]
                + Array("</t></is></c></row></sheetData>".utf8))
        #expect(badUTF8.first?.problem?.en.contains("UTF-8") == true)
    }

    @Test func arbitraryBytesNeverTrap() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let valid = Array((#"<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c>"#
            + #"<c r="B1" t="inlineStr"><is><t>a&amp;b</t></is></c></row></sheetData>"#).utf8)
        let alphabet = Array("<>/=\"'&;#x![]-?cvrtis 01AZ".utf8)
        for _ in 0..<2000 {
            var bytes = valid
            for _ in 0..<Int(next() % 6 + 1) {
                let position = Int(next() % UInt64(bytes.count))
                switch next() % 3 {
                case 0: bytes[position] = alphabet[Int(next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: position)
                default: bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
                }
                if bytes.isEmpty { bytes = valid }
            }
            let rows = Self.rowsFromBytes(bytes)
            #expect(rows.count < 10)
        }
    }

    @Test func columnLettersRoundTrip() {
        for column in [0, 1, 25, 26, 27, 701, 702, 16_383] {
            let letters = XLSXCellReference.letters(ofColumn: column)
            #expect(letters.flatMap(XLSXCellReference.column(of:)) == column)
        }
        #expect(XLSXCellReference.letters(ofColumn: 16_384) == nil)
        #expect(XLSXCellReference.column(of: "XFE1") == nil)
        #expect(XLSXCellReference.column(of: "A1B") == nil)
        #expect(XLSXCellReference.name(column: 27, row: 9) == "AB9")
    }

    static func rowsFromBytes(_ bytes: [UInt8]) -> [RawRow] {
        var parser = XLSXSheetParser(stream: XLSXByteStream(bytes: bytes), sharedStrings: sharedStrings)
        var rows: [RawRow] = []
        while let row = parser.nextRow() { rows.append(row) }
        return rows
    }
}
