import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Replaces a file in one step: the bytes go to a temporary file in the same folder, which is then renamed over
/// the target. rename(2) within one folder is atomic, so a reader (or a build killed midway) sees the old file or
/// the new one, never a torn or empty one.
///
/// The temporary file is named `.NAME.bilat-partial-PID-N`: hidden, beside its target (a rename across file
/// systems would not be atomic), and recognisable, so the next build removes any a killed one left behind.
/// No fsync: the guarantee is against a killed process, whose writes the kernel still completes; a power cut
/// during a build is answered by running the build again, which rewrites whatever differs.
public enum AtomicFile {
    static let marker = ".bilat-partial-"
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLock()

    /// Writes `bytes` to `path`, creating its folder if needed. On any error the target is left as it was and the
    /// temporary file is removed.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure("cannot create", temporary) }
        var written = false
        defer { if !written { unlink(temporary) } }
        do {
            defer { close(fd) }
            try writeAll(Array(bytes), to: fd, path: temporary)
        }
        guard rename(temporary, path) == 0 else { throw failure("cannot rename into place", path) }
        written = true
    }

    /// The temporary files a killed writer left in `folder` (not the folders below it).
    public static func leftovers(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix(".") && $0.contains(marker) }.sorted().map { folder + "/" + $0 }
    }

    /// Removes what `leftovers(in:)` finds; returns how many were removed.
    @discardableResult
    public static func removeLeftovers(in folder: String) -> Int {
        leftovers(in: folder).reduce(0) { n, path in n + ((try? FileManager.default.removeItem(atPath: path)) != nil ? 1 : 0) }
    }

    static func temporaryPath(for path: String) -> String {
        counterLock.lock()
        counter += 1
        let n = counter
        counterLock.unlock()
        let ns = path as NSString
        let name = "." + ns.lastPathComponent + marker + "\(getpid())-\(n)"
        let directory = ns.deletingLastPathComponent
        return directory.isEmpty ? name : directory + "/" + name
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                offset += n
            }
        }
    }

    private static func failure(_ what: String, _ path: String) -> CocoaError {
        let reason = String(cString: strerror(errno))
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                       NSLocalizedDescriptionKey: "\(what) \(path): \(reason)"])
    }
}
