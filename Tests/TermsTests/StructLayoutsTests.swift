import Terms
import Testing

/// A program's own structs print as `%Mod{...}` in definition order while its layouts are current.
@Test func registeredStructPrintsInDefinitionOrder() {
    let module = Atom("Elixir.LayoutProbe")
    let layouts = StructLayouts()
    layouts.register(module, fields: [Atom("zeta"), Atom("alpha")])
    let probe = Term.makeStruct(module, fields: [(Atom("zeta"), .int(1)), (Atom("alpha"), .int(2))])
    StructLayouts.$current.withValue(layouts) {
        #expect(probe.inspect() == "%LayoutProbe{zeta: 1, alpha: 2}")
    }
    #expect(probe.inspect() == "%{__struct__: LayoutProbe, alpha: 2, zeta: 1}")
}

@Test func structWithOtherFieldsPrintsAsMap() {
    let module = Atom("Elixir.LayoutProbe")
    let layouts = StructLayouts()
    layouts.register(module, fields: [Atom("zeta"), Atom("alpha")])
    let partial = Term.makeStruct(module, fields: [(Atom("alpha"), .nil)])
    StructLayouts.$current.withValue(layouts) {
        #expect(partial.inspect() == "%{__struct__: LayoutProbe, alpha: nil}")
    }
}
