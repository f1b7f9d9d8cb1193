import Foundation
import ZIPFoundation

/// The Office Open XML package around a document body: content types, relationships, styles
/// (Normal, Title, Heading 1–3, a caution box, ruled writing lines), numbering for bulleted and
/// numbered lists, and a footer with the page number, zipped with ZIPFoundation.
///
/// Byte-identical for the same input: parts always in the same order, each with the same fixed
/// modification date.
struct WordPackage {
    let body: String
    let footer: String
    /// The document's language, as `w:lang` wants it (`en-US`, `es-MX`).
    let language: String
    /// How many numbered lists the body uses; each restarts at 1.
    let numberedLists: Int
    var title: String = ""

    /// 2027-01-01 00:00 UTC: ZIP stores a date per entry, and a fixed one keeps files identical.
    static let fixedDate = Date(timeIntervalSince1970: 1_798_761_600)

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Self.fixedDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private var parts: [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/footer1.xml", footerPart),
        ]
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    private static let r = #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    private var contentTypes: String {
        Self.header + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>
            """
    }

    private var packageRelationships: String {
        Self.header + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            </Relationships>
            """
    }

    private var coreProperties: String {
        Self.header + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(WordText.escape(title))</dc:title>\
            <dc:language>\(language)</dc:language><dc:creator>Trellis</dc:creator></cp:coreProperties>
            """
    }

    private var documentRelationships: String {
        Self.header + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
            </Relationships>
            """
    }

    private var document: String {
        Self.header + """
            <w:document \(Self.w) \(Self.r)><w:body>\(body)\
            <w:sectPr><w:footerReference w:type="default" r:id="rId3"/>\
            <w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" \
            w:header="540" w:footer="540" w:gutter="0"/></w:sectPr></w:body></w:document>
            """
    }

    private var footerPart: String {
        Self.header + """
            <w:ftr \(Self.w)><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>\
            <w:r><w:t xml:space="preserve">\(WordText.escape(footer)) · </w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            </w:p></w:ftr>
            """
    }

    private var styles: String {
        func heading(_ level: Int, _ size: Int) -> String {
            """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>\
            <w:outlineLvl w:val="\(level - 1)"/></w:pPr><w:rPr><w:b/><w:sz w:val="\(size)"/></w:rPr></w:style>
            """
        }
        return Self.header + """
            <w:styles \(Self.w)><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Verdana"/>\
            <w:sz w:val="22"/><w:lang w:val="\(language)"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>\
            \(heading(1, 36))\(heading(2, 30))\(heading(3, 26))\
            <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:ind w:left="720"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Caution"><w:name w:val="Caution"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="8A1C1C"/><w:left w:val="single" w:sz="12" w:space="4" w:color="8A1C1C"/>\
            <w:bottom w:val="single" w:sz="12" w:space="4" w:color="8A1C1C"/><w:right w:val="single" w:sz="12" w:space="4" w:color="8A1C1C"/></w:pBdr>\
            <w:shd w:val="clear" w:color="auto" w:fill="FFF4F2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="WritingLine"><w:name w:val="Writing line"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="333333"/><w:between w:val="single" w:sz="8" w:space="1" w:color="333333"/></w:pBdr><w:spacing w:before="320" w:after="0"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="17"/></w:rPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:color="555555"/><w:left w:val="single" w:sz="4" w:color="555555"/>\
            <w:bottom w:val="single" w:sz="4" w:color="555555"/><w:right w:val="single" w:sz="4" w:color="555555"/>\
            <w:insideH w:val="single" w:sz="4" w:color="555555"/><w:insideV w:val="single" w:sz="4" w:color="555555"/>\
            </w:tblBorders></w:tblPr></w:style></w:styles>
            """
    }

    private var numbering: String {
        let bullets = """
            <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
            """
        let numbers = """
            <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
            """
        // Number 1 is every bulleted list; 2, 3, … are the numbered lists, each restarting at 1.
        var instances = #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        for list in 0..<numberedLists {
            instances += """
                <w:num w:numId="\(list + 2)"><w:abstractNumId w:val="1"/>\
                <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
                """
        }
        return Self.header + "<w:numbering \(Self.w)>\(bullets)\(numbers)\(instances)</w:numbering>"
    }
}
