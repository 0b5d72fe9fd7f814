import Foundation
import Synchronization

extension ExerciseCheck {
    /// One learner's file to grade again: the exercise, its file name, and its text (nil when
    /// the file cannot be read).
    public struct Submission: Sendable {
        /// The exercise.
        public let exercise: CourseExercise
        /// The file, as shown in errors (`01-spawn/sleepy_process.exs`).
        public let fileName: String
        /// The file's text; nil when it cannot be read.
        public let source: String?

        /// A file to grade.
        public init(exercise: CourseExercise, fileName: String, source: String?) {
            self.exercise = exercise
            self.fileName = fileName
            self.source = source
        }
    }

    /// Grades every submission again, several at once, recording nothing: one grade per
    /// submission, in their order (nil for a file that cannot be read).
    public func gradeAll(_ submissions: [Submission]) -> [Graded?] {
        let graded = Mutex([Graded?](repeating: nil, count: submissions.count))
        DispatchQueue.concurrentPerform(iterations: submissions.count) { index in
            let submission = submissions[index]
            guard let source = submission.source else { return }
            let result = grade(submission.exercise, source: source, fileName: submission.fileName)
            graded.withLock { $0[index] = result }
        }
        return graded.withLock { $0 }
    }
}
