import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock held for a whole `bilat build`, so two builds of one project take turns.
///
/// Each output is replaced atomically, but a build also clears the temporary files a killed build left beside
/// its outputs: run beside another build, it removed that build's files before they were renamed into place
/// (`ConcurrentIngestTests` found "cannot rename into place"). Builds also record what they wrote in one
/// manifest. With this lock the second build waits, then finds the first one's work and rebuilds only what
/// changed since.
///
/// The lock is `flock` on `<store>.build.lock`, beside the store and ignored by git with it; the kernel releases
/// it when the process ends, however it ends. An ingest takes only the store's own lock, so an ingest never
/// waits for a build's rendering.
public enum BuildLock {
    /// Runs `body` once no other build of the store at `store` holds the lock; `waiting` is called first if one does.
    public static func holding<Result>(store: String, waiting: () -> Void = {}, _ body: () throws -> Result) throws -> Result {
        let path = store + ".build.lock"
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot open \(path) to lock the build") }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw failure("cannot lock \(path)") }
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else { throw failure("cannot lock \(path)") }
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private static func failure(_ what: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what): \(String(cString: strerror(errno)))"])
    }
}
