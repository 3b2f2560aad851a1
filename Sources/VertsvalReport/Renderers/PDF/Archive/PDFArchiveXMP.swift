import Vertsval

/// The XMP metadata packet of an archive PDF (ISO 16684-1), holding the same title,
/// author, subject, keywords, tool, producer and dates as the document information, and
/// the PDF/A identification (part 2, conformance A).
struct PDFArchiveXMP {
    /// The document information.
    let metadata: PDFMetadata
    /// The document's language.
    let language: Language
    /// The `pdf:Producer` (the same as the information dictionary's `/Producer`).
    let producer: String

    /// The packet as XML text.
    var packet: String {
        let e = XMLText.escaped
        let date = metadata.isoDateTime
        var properties = [
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(e(metadata.title))</rdf:li></rdf:Alt></dc:title>",
            "<dc:creator><rdf:Seq><rdf:li>\(e(metadata.author ?? metadata.creator))</rdf:li></rdf:Seq></dc:creator>",
        ]
        if let subject = metadata.subject {
            properties.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(e(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        properties += [
            "<dc:language><rdf:Bag><rdf:li>\(PDFArchive.languageTag(language))</rdf:li></rdf:Bag></dc:language>",
            "<xmp:CreateDate>\(date)</xmp:CreateDate>",
            "<xmp:ModifyDate>\(date)</xmp:ModifyDate>",
            "<xmp:MetadataDate>\(date)</xmp:MetadataDate>",
            "<xmp:CreatorTool>\(e(metadata.creator))</xmp:CreatorTool>",
            "<pdf:Producer>\(e(producer))</pdf:Producer>",
        ]
        if !metadata.keywords.isEmpty { properties.append("<pdf:Keywords>\(e(metadata.keywords.joined(separator: ", ")))</pdf:Keywords>") }
        properties += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>"]
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            \(properties.joined(separator: "\n"))
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }
}
