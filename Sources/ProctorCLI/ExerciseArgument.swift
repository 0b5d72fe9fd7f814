import ArgumentParser
import Courseware
import Foundation

/// Finds the exercise a command names, or says what the learner may have meant and exits 1.
enum ExerciseLookup {
    /// The exercise called `name` in `course`; `name` may be what tab completion gives
    /// (`05-state/kv_server.exs`, `kv_server.exs`, `./01-spawn/sleepy_process.exs`).
    static func find(_ name: String, in course: Course) throws -> CourseExercise {
        let id = exerciseID(from: name)
        if let found = course.exercise(named: id) { return found }
        let suggestions = course.exerciseSuggestions(for: id)
        let hint = suggestions.isEmpty ? "`proctor lessons` lists them" : "did you mean \(suggestions.map { "`\($0)`" }.joined(separator: " or "))?"
        printError("proctor: no exercise named `\(VisibleText.escaped(name))`; \(hint)")
        throw ExitCode(1)
    }

    /// The exercise id in an argument: the file name of a path, without `.exs`.
    static func exerciseID(from argument: String) -> String {
        let name = argument.split(separator: "/").last.map(String.init) ?? argument
        return name.hasSuffix(".exs") ? String(name.dropLast(4)) : name
    }

    /// The exercise named, else the one the learner is on; nil when every exercise has passed.
    static func target(_ name: String?, in course: Course, progress: LearnerProgress) throws -> CourseExercise? {
        if let name { return try find(name, in: course) }
        return try progress.current()
    }

    /// The workspace around the current folder (recorded as the learner's), else the one the
    /// learner last used, else exit 1 saying where it was or how to make one.
    static func workspace(progress: LearnerProgress) throws -> Workspace {
        if let found = Workspace.enclosing(FileManagerPath.current) {
            try progress.recordWorkspace(found)
            return found
        }
        guard let root = try progress.lastWorkspaceRoot() else {
            printError("proctor: this folder is not inside a proctor workspace; run `proctor init` to create one, then `cd` into it")
            throw ExitCode(1)
        }
        if let recorded = Workspace.enclosing(root), recorded.root == root {
            printError("proctor: using your workspace \(VisibleText.escaped(root)) (this folder is not inside one)")
            return recorded
        }
        printError("proctor: this folder is not inside a proctor workspace, and your last one, \(VisibleText.escaped(root)), is no longer there; `cd` to where you moved it, or run `proctor init` to create a new one")
        throw ExitCode(1)
    }
}

/// The process's current folder.
enum FileManagerPath {
    /// The current working directory.
    static var current: String { FileManager.default.currentDirectoryPath }
}
