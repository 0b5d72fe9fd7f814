import Testing
@testable import Terms

/// A registered struct prints its fields in definition order (Elixir 1.14 printed these texts).
@Test func registeredStructPrintsInDefinitionOrder() {
    let module = Atom("Elixir.LayoutProbe")
    StructLayouts.register(module, fields: [Atom("zeta"), Atom("alpha")])
    let probe = Term.makeStruct(module, fields: [(Atom("zeta"), .int(1)), (Atom("alpha"), .int(2))])
    #expect(probe.inspect() == "%LayoutProbe{zeta: 1, alpha: 2}")
}

/// A struct missing one of its registered fields prints as a plain map.
@Test func structWithOtherFieldsPrintsAsMap() {
    let module = Atom("Elixir.LayoutProbe")
    StructLayouts.register(module, fields: [Atom("zeta"), Atom("alpha")])
    let partial = Term.makeStruct(module, fields: [(Atom("alpha"), .nil)])
    #expect(partial.inspect() == "%{__struct__: LayoutProbe, alpha: nil}")
}
