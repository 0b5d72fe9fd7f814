import ArgumentParser
import Courseware
import Foundation

/// Finds the exercise a command names, or says what the learner may have meant and exits 1.
enum ExerciseLookup {
    /// The exercise called `name` in `course`.
    static func find(_ name: String, in course: Course) throws -> CourseExercise {
        if let found = course.exercise(named: name) { return found }
        let suggestions = course.exerciseSuggestions(for: name)
        let hint = suggestions.isEmpty ? "`proctor lessons` lists them" : "did you mean \(suggestions.map { "`\($0)`" }.joined(separator: " or "))?"
        printError("proctor: no exercise named `\(VisibleText.escaped(name))`; \(hint)")
        throw ExitCode(1)
    }

    /// The exercise named, else the one the learner is on; nil when every exercise has passed.
    static func target(_ name: String?, in course: Course, progress: LearnerProgress) throws -> CourseExercise? {
        if let name { return try find(name, in: course) }
        return try progress.current()
    }

    /// The workspace around the current folder, or exit 1 saying how to make one.
    static func workspace() throws -> Workspace {
        if let found = Workspace.enclosing(FileManagerPath.current) { return found }
        printError("proctor: this folder is not inside a proctor workspace; run `proctor init` to create one, then `cd` into it")
        throw ExitCode(1)
    }
}

/// The process's current folder.
enum FileManagerPath {
    /// The current working directory.
    static var current: String { FileManager.default.currentDirectoryPath }
}
