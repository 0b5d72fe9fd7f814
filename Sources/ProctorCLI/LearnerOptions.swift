#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Courseware
import Foundation

/// Who is learning and where their progress lives: `--learner NAME` (default `$USER`),
/// `--db PATH` (default `$PROCTOR_DB`, else `$XDG_DATA_HOME/proctor/progress.sqlite3`).
struct LearnerOptions: ParsableArguments {
    @Option(name: .customLong("learner"), help: "The learner's profile (default: $USER).")
    var learnerName: String?

    @Option(name: .customLong("db"), help: "The progress database (default: $PROCTOR_DB, else $XDG_DATA_HOME/proctor/progress.sqlite3).")
    var databasePath: String?

    /// The profile's name.
    var name: String {
        let environment = ProcessInfo.processInfo.environment
        return learnerName ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "learner"
    }

    /// The open store and the learner's id in it, for `course`, or exit 1 with the file and the fix.
    func open(for course: Course) throws -> LearnerProgress {
        let path = ProgressLocation.path(explicit: databasePath, environment: ProcessInfo.processInfo.environment)
        do {
            let store = try ProgressStore(path: path)
            return LearnerProgress(store: store, learner: try store.learnerID(named: name), course: course)
        } catch {
            printError("proctor: \(error)")
            throw ExitCode(1)
        }
    }
}

/// A learner's progress in one course, in an open store, with errors turned into exit code 1.
struct LearnerProgress {
    let store: ProgressStore
    let learner: Int64
    let course: Course

    /// Runs `body` against the store; a store error is printed and ends the command with exit code 1.
    func use<T>(_ body: (ProgressStore, Int64) throws -> T) throws -> T {
        do {
            return try body(store, learner)
        } catch {
            printError("proctor: \(error)")
            throw ExitCode(1)
        }
    }

    /// What the learner did in the course.
    func records() throws -> CourseProgress {
        try use { try $0.progress(learner: $1, in: course) }
    }

    /// The ids of the course's exercises the learner has passed, with their current tests.
    func passed() throws -> Set<String> {
        try records().passed
    }

    /// Makes `exercise` the one the learner is on in the course.
    func setPosition(_ exercise: String) throws {
        try use { try $0.setPosition(exercise: exercise, course: course.identity, learner: $1) }
    }

    /// Records `workspace` as the one the learner uses for the course.
    func recordWorkspace(_ workspace: Workspace) throws {
        try use { try $0.recordWorkspace(root: workspace.root, course: course.identity, learner: $1) }
    }

    /// The root of the workspace the learner last used for the course, if known.
    func lastWorkspaceRoot() throws -> String? {
        try use { try $0.workspaceRoot(course: course.identity, learner: $1) }
    }

    /// The exercise the learner is on: the stored position, else the first not passed.
    func current() throws -> CourseExercise? {
        if let id = try use({ try $0.position(course: course.identity, learner: $1) }), let found = course.exercise(named: id) {
            return found
        }
        return course.nextExercise(after: nil, passed: try passed())
    }
}
