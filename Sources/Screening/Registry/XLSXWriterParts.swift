/// The fixed XML parts of a minimal SpreadsheetML package, as `XLSXWriter` writes it.
enum XLSXWriterParts {
    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// `[Content_Types].xml` for a workbook of `sheetCount` worksheets.
    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" "#
                + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }.joined()
        return declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" "#
            + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" "#
            + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + sheets + "</Types>"
    }

    /// `_rels/.rels`: the package's link to its workbook.
    static let packageRelationships = declaration
        + #"<Relationships xmlns="\#(relationshipsNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    /// `xl/workbook.xml` listing the sheets named `names`, in order.
    static func workbook(sheetNames names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(XLSXText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        return declaration
            + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(officeRelationships)">"#
            + "<sheets>" + sheets + "</sheets></workbook>"
    }

    /// `xl/_rels/workbook.xml.rels`: the workbook's links to its sheets and its styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(officeRelationships)/worksheet" "#
                + #"Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        return declaration
            + #"<Relationships xmlns="\#(relationshipsNamespace)">"# + sheets
            + #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// `xl/styles.xml`: the one default cell format that every cell uses.
    static let styles = declaration
        + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    /// The start of a worksheet part, up to its first row.
    static let sheetStart = declaration + #"<worksheet xmlns="\#(mainNamespace)"><sheetData>"#

    /// The end of a worksheet part, after its last row.
    static let sheetEnd = "</sheetData></worksheet>"
}
