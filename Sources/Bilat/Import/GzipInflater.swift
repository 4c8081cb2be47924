import BilatCore
import CZlib

/// Inflates a gzip file as its pieces are read, with the system zlib; members written one after another
/// (`cat a.gz b.gz`) are read as one text, as gzip(1) reads them.
///
/// zlib keeps a pointer back to its `z_stream`, so the stream lives in memory this class owns and never moves.
final class GzipInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let path: String
    /// Compressed bytes handed to zlib, for the error's position.
    private(set) var compressedBytes = 0
    /// True between the first byte of a member and its end: the file must not end there.
    private var inMember = false

    init(path: String) throws(Diagnostic) {
        self.path = path
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 16: the largest window, and a gzip header and trailer (CRC and length checked by zlib).
        guard inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw .error("cannot start reading \(path) as gzip (zlib could not start)")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Inflates from `input[offset...]` into `output[produced...]`, moving both on; refuses a corrupt stream.
    func inflate(_ input: [UInt8], offset: inout Int, into output: inout [UInt8], produced: inout Int) throws(Diagnostic) {
        guard offset < input.count, produced < output.count else { return }
        inMember = true
        let before = offset
        let status: Int32 = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return Z_BUF_ERROR }
                stream.pointee.next_in = UnsafeMutablePointer(mutating: from + offset)
                stream.pointee.avail_in = UInt32(source.count - offset)
                stream.pointee.next_out = to + produced
                stream.pointee.avail_out = UInt32(target.count - produced)
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                offset = source.count - Int(stream.pointee.avail_in)
                produced = target.count - Int(stream.pointee.avail_out)
                return status
            }
        }
        compressedBytes += offset - before
        switch status {
        case Z_OK:
            return
        case Z_STREAM_END:
            inMember = false
            inflateReset(stream)
        default:
            let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
            throw corrupt(reason)
        }
    }

    /// At the end of the file: a member cut short is refused.
    func finish() throws(Diagnostic) {
        if inMember { throw corrupt("the file ends inside a compressed stream (a download cut short?)") }
    }

    private func corrupt(_ reason: String) -> Diagnostic {
        .error("\(path) starts as a gzip file but cannot be inflated at compressed byte \(compressedBytes): \(reason)",
               at: SourceLocation(path: path, line: 1, column: 1),
               accepted: "a complete .gz file (gzip -t tests one); download it again, or give the unpacked file")
    }
}
