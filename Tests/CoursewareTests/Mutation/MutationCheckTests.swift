@testable import Courseware
import Foundation
import Testing

/// The mutation check of the course: no mutant of a reference solution passes every test
/// unless the lesson marks it equivalent, and no mark is stale.
@Test(arguments: ExerciseCase.all)
func everyMutantOfTheSolutionIsKilledOrMarkedEquivalent(_ exerciseCase: ExerciseCase) {
    let report = MutationCheck().report(for: exerciseCase.exercise)
    #expect(report.printFailure == nil)
    #expect(!report.outcomes.isEmpty)
    #expect(report.invalid.isEmpty, "\(report.invalid.map { $0.id + "\n" + report.diff(of: $0) }.joined(separator: "\n"))")
    #expect(report.survivors.isEmpty, "\(report.survivors.map { $0.id + "\n" + report.diff(of: $0) }.joined(separator: "\n"))")
    #expect(report.staleMarks.isEmpty, "\(report.staleMarks.map(\.id))")
}
