@testable import Language
import Runtime
import Terms
import Testing

/// The inline cache of remote calls and the numbers of remote names.
@Suite struct CallTargetsTests {
    @Test func aRemoteNameKeepsItsNumberAndAnotherNameGetsAnother() {
        let numbers = RemoteNameNumbers.shared
        let map = RemoteName(module: Atom("Elixir.Enum"), function: Atom("map"), arity: 2)
        let mapThree = RemoteName(module: Atom("Elixir.Enum"), function: Atom("map"), arity: 3)
        #expect(numbers.number(of: map) == numbers.number(of: map))
        #expect(numbers.number(of: map) != numbers.number(of: mapThree))
    }

    @Test func aRememberedTargetIsFoundUntilTheModulesChange() {
        var targets = CallTargets()
        guard case .unresolved = targets.target(7) else { Issue.record("an empty cache resolved a call"); return }
        targets.remember(.builtin(42), for: 7)
        guard case .builtin(42) = targets.target(7) else { Issue.record("the remembered builtin was not found"); return }
        guard case .unresolved = targets.target(3) else { Issue.record("another name resolved"); return }
        targets.removeAll()
        guard case .unresolved = targets.target(7) else { Issue.record("the cache kept a target after the modules changed"); return }
    }

    @Test func aRemoteCallReachesTheModuleDefinedAfterTheFirstCall() throws {
        let program = Program()
        let first = try program.compile("defmodule M do\n  def v, do: 1\nend\n", file: "a.exs")
        program.load(first)
        let caller = try program.compile("defmodule C do\n  def go, do: M.v()\nend\n", file: "c.exs")
        program.load(caller)
        let go = try #require(program.function(RemoteName(module: Atom("Elixir.C"), function: Atom("go"), arity: 0)))
        #expect(try run(go, in: program) == .int(1))
        program.load(try program.compile("defmodule M do\n  def v, do: 2\nend\n", file: "b.exs"))
        #expect(try run(go, in: program) == .int(2))
    }

    private func run(_ function: FunctionCode, in program: Program) throws -> Term? {
        let machine = Machine(program: program, function: function, arguments: [])
        let runtime = Runtime(options: RuntimeOptions(clock: .virtual, output: CapturingOutputSink()))
        _ = try runtime.spawn(machine)
        _ = runtime.runWhileRunnable()
        return machine.finalValue
    }
}
