#if canImport(Glibc)
import Glibc
#endif
import CProgressDatabase
import Foundation
import GRDB

/// A learner's progress, backed by SQLite through GRDB: WAL mode, a busy timeout so that
/// several proctor processes can write at once, and one transaction per write.
public final class ProgressStore: Sendable {
    /// The database file.
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating it and its folder when needed) and migrates the database at `path`.
    public init(path: String) throws(ProgressStoreError) {
        self.path = path
        try ProgressStore.createFolder(of: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "proctor.progress"
        configuration.prepareDatabase(ProgressStore.prepare)
        // Opening (a new file is switched to WAL) and migrating happen one process at a time:
        // two first runs at once otherwise race for the file and one gets SQLITE_BUSY at once.
        do {
            pool = try MigrationLock(path: path + ".migrating").holding {
                try DatabaseFiles(path: path).check()
                let pool = try DatabasePool(path: path, configuration: configuration)
                try ProgressStore.migrate(pool, path: path)
                return pool
            }
        } catch let error as ProgressStoreError {
            throw error
        } catch {
            throw ProgressStoreError.from(error, path: path)
        }
    }

    /// How each connection writes. In WAL mode `synchronous = NORMAL` keeps every committed
    /// transaction through a crash or kill -9 of proctor (a commit is in the log, which the next
    /// proctor reads) and syncs only at checkpoints, so a power cut can lose only the commits
    /// since the last one. The log is not checkpointed (nor deleted) when proctor closes it:
    /// SQLite still checkpoints it every 1,000 pages, but a check no longer pays the syncs of a
    /// checkpoint at exit and of a new log's header and folder at its first write (four
    /// `fdatasync` a check). With an SQLite older than 3.16 the log is checkpointed on close, as before.
    private static func prepare(_ db: Database) throws {
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
        _ = proctor_keep_log_on_close(db.sqliteConnection.map { UnsafeMutableRawPointer($0) })
    }

    private static func createFolder(of path: String) throws(ProgressStoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ProgressStoreError(message: "cannot create the folder \(folder) for the progress database; pass --db PATH (or set PROCTOR_DB) to keep it somewhere you can write")
        }
    }

    /// Brings the schema up to date (the caller holds the migration lock); refuses a database
    /// from a newer proctor.
    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = ProgressSchema.migrator
        let (superseded, complete) = try pool.read { db in (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db)) }
        if superseded {
            throw ProgressStoreError(message: "\(path) was written by a newer proctor; upgrade proctor, or pass --db PATH to use another file")
        }
        if !complete { try migrator.migrate(pool) }
    }

    /// Runs `body`, turning any failure into a `ProgressStoreError` that names the file.
    func perform<T>(_ body: () throws -> T) throws(ProgressStoreError) -> T {
        do {
            return try body()
        } catch let error as ProgressStoreError {
            throw error
        } catch {
            throw ProgressStoreError.from(error, path: path)
        }
    }

    /// Runs `body` in one write transaction.
    func write<T>(_ body: @escaping (Database) throws -> T) throws(ProgressStoreError) -> T {
        try perform { try pool.write(body) }
    }

    /// Runs `body` against a consistent snapshot.
    func read<T>(_ body: @escaping (Database) throws -> T) throws(ProgressStoreError) -> T {
        try perform { try pool.read(body) }
    }
}

/// An exclusive lock on a file next to the database, so two processes that open a new
/// database at once do not both run its migrations.
struct MigrationLock {
    let path: String

    /// Runs `body` while holding the lock.
    func holding<T>(_ body: () throws -> T) throws -> T {
        let descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { return try body() }
        defer {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
        flock(descriptor, LOCK_EX)
        return try body()
    }
}
