import CQPDF
import CQPDFContent
import Foundation

/// The only code that calls qpdf: one PDF read from memory, edited object by object
/// through qpdf's C API, and written back.
///
/// The class owns its `qpdf_data` and the input bytes qpdf reads from (qpdf keeps
/// pointing at them until cleanup) and frees both in `deinit`; it is internal and not
/// `Sendable`, used by one finishing call only. qpdf's object calls record an error
/// instead of throwing, so each step ends with `check`.
final class QPDFDocument {
    private let handle: OpaquePointer
    private let input: UnsafeMutableRawBufferPointer

    /// Reads `pdf`.
    ///
    /// - Throws: `PDFRenderError.qpdfFailed` when qpdf cannot read it.
    init(reading pdf: Data) throws {
        guard let handle = qpdf_init() else { throw PDFRenderError.qpdfFailed(operation: "qpdf_init", reason: "no handle") }
        self.handle = handle
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, pdf.count), alignment: 1)
        pdf.copyBytes(to: input)
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, 1)
        let code = qpdf_read_memory(handle, "report.pdf", input.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(pdf.count), nil)
        try check("qpdf_read_memory", code: code)
    }

    deinit {
        var data: OpaquePointer? = handle
        qpdf_cleanup(&data)
        input.deallocate()
    }

    /// qpdf's version, e.g. `11.3.0`.
    static var version: String { qpdf_get_qpdf_version().map { String(cString: $0) } ?? "" }

    // MARK: Objects

    /// The document catalog.
    var root: qpdf_oh { qpdf_get_root(handle) }
    /// The pages, in order.
    var pages: [qpdf_oh] { (0..<max(0, Int(qpdf_get_num_pages(handle)))).map { qpdf_get_page_n(handle, Int($0)) } }

    /// The value of `key` in the dictionary `object` (null when absent).
    func value(_ object: qpdf_oh, _ key: String) -> qpdf_oh { qpdf_oh_get_key(handle, object, key) }
    /// Whether `object` is a dictionary (a stream's dictionary does not count).
    func isDictionary(_ object: qpdf_oh) -> Bool { qpdf_oh_is_dictionary(handle, object) != 0 }
    /// Whether `object` is an array.
    func isArray(_ object: qpdf_oh) -> Bool { qpdf_oh_is_array(handle, object) != 0 }
    /// Whether `object` is a stream.
    func isStream(_ object: qpdf_oh) -> Bool { qpdf_oh_is_stream(handle, object) != 0 }
    /// The name `object` is (with its slash), or nil when it is not a name.
    func name(_ object: qpdf_oh) -> String? {
        qpdf_oh_is_name(handle, object) != 0 ? qpdf_oh_get_name(handle, object).map { String(cString: $0) } : nil
    }
    /// The text of a string object, or nil.
    func text(_ object: qpdf_oh) -> String? {
        qpdf_oh_is_string(handle, object) != 0 ? qpdf_oh_get_utf8_value(handle, object).map { String(cString: $0) } : nil
    }
    /// The items of an array.
    func items(_ array: qpdf_oh) -> [qpdf_oh] {
        (0..<max(0, Int(qpdf_oh_get_array_n_items(handle, array)))).map { qpdf_oh_get_array_item(handle, array, Int32($0)) }
    }
    /// The values of a dictionary, in qpdf's key order.
    func dictionaryValues(_ dictionary: qpdf_oh) -> [qpdf_oh] {
        var values: [qpdf_oh] = []
        qpdf_oh_begin_dict_key_iter(handle, dictionary)
        while qpdf_oh_dict_more_keys(handle) != 0 {
            guard let key = qpdf_oh_dict_next_key(handle) else { break }
            values.append(qpdf_oh_get_key(handle, dictionary, key))
        }
        return values
    }
    /// The object number of an indirect object (0 for a direct one).
    func objectNumber(_ object: qpdf_oh) -> Int32 { qpdf_oh_get_object_id(handle, object) }

    /// A name object; `name` starts with a slash.
    func newName(_ name: String) -> qpdf_oh { qpdf_oh_new_name(handle, name) }
    /// A text string (PDFDocEncoding or UTF-16, whichever holds it).
    func newText(_ text: String) -> qpdf_oh { qpdf_oh_new_unicode_string(handle, text) }
    /// A boolean.
    func newBool(_ value: Bool) -> qpdf_oh { qpdf_oh_new_bool(handle, value ? 1 : 0) }
    /// An integer.
    func newInteger(_ value: Int) -> qpdf_oh { qpdf_oh_new_integer(handle, Int64(value)) }
    /// The null object.
    func newNull() -> qpdf_oh { qpdf_oh_new_null(handle) }
    /// A dictionary with `entries`.
    func newDictionary(_ entries: KeyValuePairs<String, qpdf_oh>) -> qpdf_oh {
        let dictionary = qpdf_oh_new_dictionary(handle)
        for (key, value) in entries { qpdf_oh_replace_key(handle, dictionary, key, value) }
        return dictionary
    }
    /// An array of `items`.
    func newArray(_ items: [qpdf_oh]) -> qpdf_oh {
        let array = qpdf_oh_new_array(handle)
        for item in items { qpdf_oh_append_item(handle, array, item) }
        return array
    }
    /// A new indirect stream holding `data` unfiltered (the writer compresses it unless it
    /// is XMP metadata), with `entries` in its dictionary.
    func newStream(_ data: Data, _ entries: KeyValuePairs<String, qpdf_oh>) -> qpdf_oh {
        let stream = qpdf_oh_new_stream(handle)
        replaceData(of: stream, with: data)
        let dictionary = qpdf_oh_get_dict(handle, stream)
        for (key, value) in entries { qpdf_oh_replace_key(handle, dictionary, key, value) }
        return stream
    }

    /// Sets `key` of `dictionary` to `value`.
    func set(_ dictionary: qpdf_oh, _ key: String, _ value: qpdf_oh) { qpdf_oh_replace_key(handle, dictionary, key, value) }
    /// Removes `key` from `dictionary`.
    func remove(_ dictionary: qpdf_oh, _ key: String) { qpdf_oh_remove_key(handle, dictionary, key) }
    /// Removes item `index` of `array`.
    func remove(_ array: qpdf_oh, at index: Int) { qpdf_oh_erase_item(handle, array, Int32(index)) }
    /// Replaces item `index` of `array`.
    func set(_ array: qpdf_oh, at index: Int, _ value: qpdf_oh) { qpdf_oh_set_array_item(handle, array, Int32(index), value) }
    /// Sets an entry of the document information dictionary to a text string; `key`
    /// starts with a slash.
    func setInfo(_ key: String, _ text: String) {
        let trailer = qpdf_get_trailer(handle)
        var info = value(trailer, "/Info")
        if !isDictionary(info) {
            info = qpdf_make_indirect_object(handle, qpdf_oh_new_dictionary(handle))
            set(trailer, "/Info", info)
        }
        set(info, key, newText(text))
    }
    /// The text of an entry of the document information dictionary.
    func info(_ key: String) -> String? { text(value(value(qpdf_get_trailer(handle), "/Info"), key)) }

    // MARK: Streams

    /// The decoded data of `stream`.
    func data(of stream: qpdf_oh) throws -> Data {
        var filtered: QPDF_BOOL = 0
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        let code = qpdf_oh_get_stream_data(handle, stream, qpdf_dl_generalized, &filtered, &buffer, &length)
        defer { free(buffer) }
        try check("qpdf_oh_get_stream_data", code: code)
        guard filtered != 0, let buffer else {
            throw PDFRenderError.qpdfFailed(operation: "qpdf_oh_get_stream_data", reason: "the stream could not be decoded")
        }
        return Data(bytes: buffer, count: length)
    }

    /// Replaces the data of `stream` with `data`, unfiltered.
    func replaceData(of stream: qpdf_oh, with data: Data) {
        data.withUnsafeBytes { bytes in
            qpdf_oh_replace_stream_data(
                handle, stream, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, newNull(), newNull())
        }
    }

    // MARK: Writing

    /// The document written to memory: streams compressed, objects in object streams, and
    /// a document ID computed from the content (the same input gives the same
    /// bytes).
    func written() throws -> Data {
        try check("qpdf object edits", code: QPDF_SUCCESS)
        try check("qpdf_init_write_memory", code: qpdf_init_write_memory(handle))
        // Object streams: the structure tree's many small dictionaries compressed.
        qpdf_set_object_stream_mode(handle, qpdf_o_generate)
        qpdf_set_stream_data_mode(handle, qpdf_s_compress)
        qpdf_set_deterministic_ID(handle, 1)
        try check("qpdf_write", code: qpdf_write(handle))
        guard let buffer = qpdf_get_buffer(handle) else {
            throw PDFRenderError.qpdfFailed(operation: "qpdf_get_buffer", reason: "no buffer")
        }
        return Data(bytes: buffer, count: qpdf_get_buffer_length(handle))
    }

    /// Throws the error qpdf recorded, if any, or when `code` reports one.
    func check(_ operation: String, code: QPDF_ERROR_CODE) throws {
        if qpdf_has_error(handle) != 0, let error = qpdf_get_error(handle) {
            let text = qpdf_get_error_full_text(handle, error).map { String(cString: $0) } ?? "unknown error"
            throw PDFRenderError.qpdfFailed(operation: operation, reason: text)
        }
        guard code & QPDF_ERRORS == 0 else { throw PDFRenderError.qpdfFailed(operation: operation, reason: "error code \(code)") }
    }
}

/// Page content streams rewritten with qpdf's tokenizer (the `CQPDFContent` shim).
enum PDFContentTokens {
    /// `content` with every `/<stand-in> <<…>> BDC` sequence turned into `/Artifact BMC`,
    /// and how many there were.
    ///
    /// - Throws: `PDFRenderError.qpdfFailed` when the stream cannot be read.
    static func markingArtifacts(in content: Data, standIn: String) throws -> (data: Data, rewritten: Int) {
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        var rewritten = 0
        let status = content.withUnsafeBytes { bytes in
            vertsval_content_mark_artifacts(
                bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count, standIn, &out, &length, &rewritten)
        }
        defer { vertsval_content_free(out) }
        guard status == 0, let out else {
            throw PDFRenderError.qpdfFailed(
                operation: "vertsval_content_mark_artifacts", reason: status == 1 ? "a content stream has a token qpdf cannot read" : "qpdf failed")
        }
        return (Data(bytes: out, count: length), rewritten)
    }
}
