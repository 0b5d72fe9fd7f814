#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The progress database's file and the log SQLite keeps beside it (`-wal`, `-shm`), which
/// proctor leaves in place at exit (see `ProgressStore`). Checked before SQLite opens them, under
/// the migration lock: SQLite reads a log whatever file it finds beside it.
struct DatabaseFiles {
    /// The database file.
    let path: String

    /// Refuses a file that is not an SQLite database (SQLite would read the log in its place and
    /// write over it), and removes the log of a database that was deleted or emptied (it would
    /// bring the old records back into the new file).
    func check() throws(ProgressStoreError) {
        switch header() {
        case .none: removeLog()
        case .some(let bytes) where bytes.isEmpty: removeLog()
        case .some(let bytes) where bytes != Array("SQLite format 3\0".utf8):
            throw ProgressStoreError.notADatabase(path, reason: "file is not a database")
        default: return
        }
    }

    /// The file's first 16 bytes (fewer for a shorter file), or nil when there is no such file;
    /// a file that cannot be read counts as a database, for SQLite to report.
    private func header() -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return errno == ENOENT ? nil : Array("SQLite format 3\0".utf8) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &bytes, 16)
        return Array(bytes.prefix(max(count, 0)))
    }

    private func removeLog() {
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
