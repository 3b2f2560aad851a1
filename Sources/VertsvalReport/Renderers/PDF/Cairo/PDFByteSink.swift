import Foundation

/// Collects the bytes cairo writes while it produces a PDF.
///
/// cairo calls back with each chunk through a C function pointer; the canvas passes an
/// unretained pointer to this object as the callback's closure and keeps the object alive
/// for as long as the surface exists.
final class PDFByteSink {
    /// The bytes written so far.
    private(set) var data = Data()

    /// Appends `count` bytes from `bytes`.
    func append(_ bytes: UnsafePointer<UInt8>, count: Int) {
        data.append(bytes, count: count)
    }
}
