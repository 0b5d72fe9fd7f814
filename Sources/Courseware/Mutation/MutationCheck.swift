import Foundation
import Language
import Synchronization

/// The mutation check of `dev check`: grades every mutant of an exercise's reference solution
/// with the real grader; a mutant that passes every test survives, which means the tests let a
/// wrong solution through, unless the lesson marks that mutant as equivalent (with a reason).
public struct MutationCheck {
    /// The grader the mutants are graded with (virtual clock, in this process).
    public let grader: Grader

    /// A mutation check grading with `grader`.
    public init(grader: Grader = Grader()) {
        self.grader = grader
    }

    /// Generates and grades the mutants of `exercise`, as many at once as the machine has cores.
    public func report(for exercise: Exercise) -> MutationReport {
        let started = DispatchTime.now().uptimeNanoseconds
        let generator: MutantGenerator
        do {
            generator = try MutantGenerator(exercise: exercise)
        } catch {
            return MutationReport(exercise: exercise, printedSolution: "", outcomes: [], printFailure: error.headline(file: exercise.id + ".exs"), milliseconds: 0)
        }
        let file = exercise.id + ".exs"
        let printed = generator.printedSolution
        let reference = grader.grade(printed, fileName: file, exercise: exercise)
        let mutants = generator.mutants()
        let outcomes = Mutex([MutationReport.Outcome?](repeating: nil, count: mutants.count))
        let budget = grader.budget
        DispatchQueue.concurrentPerform(iterations: mutants.count) { index in
            let grade = Grader(budget: budget).grade(mutants[index].source, fileName: file, exercise: exercise)
            let outcome = MutationReport.Outcome(mutant: mutants[index], grade: grade.status, killedBy: grade.firstFailure?.name)
            outcomes.withLock { $0[index] = outcome }
        }
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        let failure = reference.status == .pass ? nil : "the solution as printed from its syntax tree does not pass its tests"
        return MutationReport(
            exercise: exercise, printedSolution: printed, outcomes: outcomes.withLock { $0.compactMap { $0 } }, printFailure: failure,
            milliseconds: milliseconds)
    }
}

/// What the mutation check found for one exercise.
public struct MutationReport: Sendable {
    /// One mutant and how it fared.
    public struct Outcome: Sendable {
        /// The mutant.
        public let mutant: Mutant
        /// `pass` (it survived), `fail` (a test killed it) or `error` (it did not load).
        public let grade: GradeReport.Status
        /// The name of the first test it failed.
        public let killedBy: String?
    }

    /// The exercise.
    public let exercise: Exercise
    /// The solution as printed from its tree, which the diffs compare against.
    public let printedSolution: String
    /// Every mutant graded.
    public let outcomes: [Outcome]
    /// Why the check could not run (the solution did not parse, or did not pass once printed).
    public let printFailure: String?
    /// Real time the check took.
    public let milliseconds: Int

    /// The mutants the tests failed.
    public var killed: [Mutant] { outcomes.filter { $0.grade == .fail }.map(\.mutant) }
    /// The mutants that did not load: the generator made invalid Elixir.
    public var invalid: [Mutant] { outcomes.filter { $0.grade == .error }.map(\.mutant) }
    /// The mutants that passed every test and are marked equivalent in the lesson, with the reason.
    public var equivalents: [(mutant: Mutant, reason: String)] {
        outcomes.filter { $0.grade == .pass }.compactMap { outcome in
            exercise.equivalentMutants.first { $0.id == outcome.mutant.id }.map { (outcome.mutant, $0.reason) }
        }
    }
    /// The mutants that passed every test and are not marked equivalent: the tests must catch them.
    public var survivors: [Mutant] {
        let marked = Set(exercise.equivalentMutants.map(\.id))
        return outcomes.filter { $0.grade == .pass && !marked.contains($0.mutant.id) }.map(\.mutant)
    }
    /// Marks in the lesson for mutants that do not exist or that the tests kill.
    public var staleMarks: [EquivalentMutant] {
        let surviving = Set(outcomes.filter { $0.grade == .pass }.map(\.mutant.id))
        return exercise.equivalentMutants.filter { !surviving.contains($0.id) }
    }

    /// The mutant as a unified-style diff against the printed solution.
    public func diff(of mutant: Mutant) -> String {
        LineDiff.unified(from: printedSolution, to: mutant.source)
    }
}
