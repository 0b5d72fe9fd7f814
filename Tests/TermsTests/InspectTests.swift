import Testing
@testable import Terms

@Test(arguments: inspectCases)
func inspectMatchesElixir(_ example: InspectCase) {
    #expect(example.term().inspect(example.options) == example.inspected)
}

@Test(arguments: inspectCases)
func ioInspectMatchesElixir(_ example: InspectCase) {
    #expect(example.term().inspectForIO(example.options) == example.ioInspected)
}
