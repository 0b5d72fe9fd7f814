@testable import Language
import Runtime
import Terms
import Testing

/// What one level of body recursion costs a guest process: its frame and its stack values.
@Suite struct FrameMemoryTests {
    private static let source = """
        defmodule Deep do
          def down(0), do: receive(do: (:go -> 0))
          def down(n), do: 1 + down(n - 1)
          def then_wait(n) do
            down(n)
            receive(do: (:stop -> :stopped))
          end
        end
        """

    /// Runs `Deep.function(depth)` until it waits at the bottom; returns its machine, runtime and pid.
    private func machineAtTheBottom(depth: Int, function: String = "down") throws -> (machine: Machine, runtime: Runtime, pid: Pid) {
        let program = Program()
        program.load(try program.compile(Self.source, file: "deep.exs"))
        let down = try #require(program.function(RemoteName(module: Atom("Elixir.Deep"), function: Atom(function), arity: 1)))
        let machine = Machine(program: program, function: down, arguments: [.int(depth)])
        let runtime = Runtime(options: RuntimeOptions(clock: .virtual, output: CapturingOutputSink()))
        let pid = try runtime.spawn(machine).pid
        _ = runtime.runWhileRunnable()
        return (machine, runtime, pid)
    }

    /// A frame is 24 bytes (it was 56); `1 + down(n - 1)` keeps three values of 16 bytes per level:
    /// 72 bytes a level (it was 104), so the 2 GB default limit allows recursions about 25 million deep.
    @Test func aLevelOfBodyRecursionCostsSeventyTwoBytes() throws {
        let machine = try machineAtTheBottom(depth: 100_000).machine
        let frames = machine.frames.count
        let bytes = frames * MemoryLayout<Frame>.stride + machine.stack.count * MemoryLayout<Term>.stride
        #expect(frames == 100_001)
        #expect(MemoryLayout<Frame>.stride == 24)
        #expect(bytes <= frames * 72)
    }

    /// After a deep recursion returns, the stacks give their memory back.
    @Test func theStacksShrinkWhenTheRecursionReturns() throws {
        let (machine, runtime, pid) = try machineAtTheBottom(depth: 1_000_000, function: "then_wait")
        #expect(machine.frames.capacity >= 1_000_000)
        runtime.send(.atom("go"), to: pid)
        _ = runtime.runWhileRunnable()
        #expect(runtime.isAlive(pid))
        #expect(machine.frames.count == 1)
        #expect(machine.frames.capacity <= 4096)
        #expect(machine.stack.capacity <= 4096)
        runtime.send(.atom("stop"), to: pid)
        _ = runtime.runWhileRunnable()
        #expect(machine.finalValue == .atom("stopped"))
    }
}
