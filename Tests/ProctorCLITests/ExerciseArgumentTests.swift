import Testing
@testable import ProctorCLI

@Test func anExerciseIsNamedByItsIdOrByWhatTabCompletionGives() {
    for argument in ["kv_server", "kv_server.exs", "05-state/kv_server.exs", "./05-state/kv_server.exs", "05-state/kv_server.exs/"] {
        #expect(ExerciseLookup.exerciseID(from: argument) == "kv_server", "\(argument)")
    }
}
