import Courseware
import Foundation
import Synchronization

/// One grading run on a thread of its own, so that watch's keys act while it runs. Grading
/// touches no database: a run nobody asks for any more is simply dropped.
final class BackgroundGrading: Sendable {
    /// The exercise being graded.
    let target: CourseExercise
    /// The learner's file, as it was read for this run.
    let source: String
    /// When the run started (for the elapsed time shown).
    let started: Date
    private let outcome = Outcome()

    /// Starts grading `source` against `target` with `workflow`.
    init(_ workflow: ExerciseCheck, target: CourseExercise, source: String, fileName: String) {
        self.target = target
        self.source = source
        started = Date()
        let thread = Thread { [outcome] in
            let graded = workflow.grade(target, source: source, fileName: fileName)
            outcome.value.withLock { $0 = graded }
        }
        thread.stackSize = 64 << 20
        thread.start()
    }

    /// The grade, once the run is over.
    var graded: ExerciseCheck.Graded? { outcome.value.withLock { $0 } }

    /// Seconds since the run started.
    var elapsed: Double { Date().timeIntervalSince(started) }
}

/// Where the grading thread leaves its grade for the watch loop.
private final class Outcome: Sendable {
    let value = Mutex<ExerciseCheck.Graded?>(nil)
}
