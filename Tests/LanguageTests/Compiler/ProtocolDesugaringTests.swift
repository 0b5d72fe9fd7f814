import Testing

/// What `defprotocol`, `defimpl` and `@derive` become; expected outputs are what Elixir 1.14 printed.
@Test func anImplementationInsideAStructModuleIsForThatStruct() {
    let output = ProgramOutput(running: """
        defprotocol Twice do
          def twice(value)
        end
        defmodule Pair do
          defstruct a: 1
          defimpl Twice do
            def twice(%{a: a}), do: 2 * a
          end
        end
        IO.inspect({Twice.twice(struct(Pair, a: 4)), Twice.Pair.__impl__(:for), Twice.impl_for(1)})
        """)
    #expect(output.standardOutput == "{8, Pair, nil}\n")
}

@Test func anImplementationForSeveralTypesDefinesOneModuleEach() {
    let output = ProgramOutput(running: """
        defprotocol Tag do
          def tag(value)
        end
        defimpl Tag, for: [Integer, Atom] do
          def tag(value), do: {@for, value}
        end
        IO.inspect({Tag.tag(1), Tag.tag(:a), Tag.Integer.__impl__(:protocol)})
        """)
    #expect(output.standardOutput == "{{Integer, 1}, {Atom, :a}, Tag}\n")
}

@Test func deriveWithOptionsIsACompileErrorNamingIt() {
    let output = ProgramOutput(running: """
        defprotocol Tag do
          def tag(value)
        end
        defmodule Secret do
          @derive {Tag, only: [:name]}
          defstruct name: nil, password: nil
        end
        """)
    #expect(output.standardError.contains("@derive with options is not supported by proctor"))
}

@Test func inspectDerivedWithOnlyOrExceptShowsTheChosenFields() {
    let output = ProgramOutput(running: """
        defmodule Secret do
          @derive {Inspect, except: [:password]}
          defstruct name: nil, password: nil, age: 3
        end
        defmodule Open do
          @derive {Inspect, only: [:b, :a]}
          defstruct a: 1, b: 2
        end
        IO.inspect(struct(Secret, name: "ann", password: "x"))
        IO.inspect(struct(Open, []))
        """)
    #expect(output.standardOutput == "#Secret<name: \"ann\", age: 3, ...>\n#Open<a: 1, b: 2, ...>\n")
}

@Test func defimplOutsideAModuleNeedsFor() {
    let output = ProgramOutput(running: """
        defprotocol Tag do
          def tag(value)
        end
        defimpl Tag do
          def tag(value), do: value
        end
        """)
    #expect(output.standardError.contains("defimpl outside a module needs for:"))
}
