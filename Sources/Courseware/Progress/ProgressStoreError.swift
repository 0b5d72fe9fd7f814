import GRDB

/// Why the progress database could not be used; each message names the file and the fix.
public struct ProgressStoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public let message: String

    /// The message.
    public var description: String { message }

    /// The error for a file at `path` that is not a progress database, for `reason`.
    static func notADatabase(_ path: String, reason: String) -> ProgressStoreError {
        ProgressStoreError(message: "\(path) is not a proctor progress database (\(reason)); move it away to start afresh, or pass --db PATH to use another file")
    }

    /// The error for a failure of SQLite on the database at `path`.
    static func from(_ error: any Error, path: String) -> ProgressStoreError {
        guard let database = error as? DatabaseError else {
            return ProgressStoreError(message: "cannot use the progress database \(path): \(error); pass --db PATH (or set PROCTOR_DB) to use another file")
        }
        switch database.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return notADatabase(path, reason: database.message ?? "file is not a database")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return ProgressStoreError(message: "the progress database \(path) is busy (another proctor is writing to it); try again in a moment")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR:
            return ProgressStoreError(message: "cannot write the progress database \(path) (\(database.message ?? "read-only")); make it writable, or pass --db PATH (or set PROCTOR_DB) to use another file")
        case .SQLITE_FULL:
            return ProgressStoreError(message: "the disk holding \(path) is full; free some space and try again (nothing recorded so far is lost)")
        default:
            return ProgressStoreError(message: "cannot use the progress database \(path): \(database.message ?? "\(database.resultCode)"); pass --db PATH to use another file")
        }
    }
}
