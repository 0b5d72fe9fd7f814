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

/// The example the project brief quotes from real Elixir's `IO.inspect`; the
/// reference is stood in for by a function value with the same text.
@Test func taskFailureBreaksLikeElixir() {
    let task = T.st("Task",
        ("mfa", T.t(T.a("erlang"), T.a("apply"), T.i(2))),
        ("owner", T.pid(94)),
        ("pid", T.pid(95)),
        ("ref", T.fun("#Reference<0.3349416006.2258829320.130214>")))
    let term = T.t(T.a("caught"), T.t(T.a("task_failed"), T.t(T.alias("Task"), T.a("await"), T.l(task, T.i(5000)))))
    let expected = """
        {:caught,
         {:task_failed,
          {Task, :await,
           [
             %Task{
               mfa: {:erlang, :apply, 2},
               owner: #PID<0.94.0>,
               pid: #PID<0.95.0>,
               ref: #Reference<0.3349416006.2258829320.130214>
             },
             5000
           ]}}}
        """
    #expect(term.inspectForIO() == expected)
}

@Test func inspectingAVeryLongListStaysIterative() {
    let list = T.ints(1...200_000)
    let text = list.inspect(InspectOptions(limit: nil))
    #expect(text.hasPrefix("[1, 2, 3, "))
    #expect(text.hasSuffix("199999, 200000]"))
    let pretty = list.inspectForIO(InspectOptions(limit: nil))
    #expect(pretty.split(separator: "\n").allSatisfy { $0.utf8.count <= 80 })
}

@Test func userStructsPrintWithTheirFieldOrder() {
    let options = InspectOptions(structFields: { module in
        module == Atom("Elixir.Point") ? [Atom("y"), Atom("x")] : StandardStructs.fields(of: module)
    })
    let point = T.st("Point", ("x", T.i(1)), ("y", T.i(2)))
    #expect(point.inspect(options) == "%Point{y: 2, x: 1}")
    #expect(point.inspect() == "%{__struct__: Point, x: 1, y: 2}")
}

@Test func descriptionIsInspect() {
    #expect(String(describing: T.kw(("a", T.i(1)))) == "[a: 1]")
}
