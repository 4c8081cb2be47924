import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on a store, held by one process at a time while it creates, migrates or ingests.
///
/// SQLite's own locks guard each transaction, but not the steps around them: two processes could both find no
/// file, both run the first migration (one fails: `table dataset already exists`), and the loser of a failed first
/// load would remove the file the winner had just committed. With this lock, the second process waits until the
/// first is done and then finds the file there, complete.
///
/// The lock is `flock` on a sidecar file, `<store>.lock`, which is left in place: removing it would let a third
/// process lock a new file while a second still holds the old one. The kernel releases the lock when the process
/// ends, however it ends.
enum StoreLock {
    /// Waits until no other process holds the lock of the store at `path`, then runs `body` holding it.
    static func holding<Result>(store path: String, _ body: () throws -> Result) throws -> Result {
        let lockPath = path + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError(description: "cannot open \(lockPath) to lock the store: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreError(description: "cannot lock \(lockPath): \(String(cString: strerror(errno)))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
