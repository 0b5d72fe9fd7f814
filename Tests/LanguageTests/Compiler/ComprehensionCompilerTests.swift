import Language
import Testing

/// The listing of one function of `source`, from its header to the next function's.
private func listing(of function: String, in source: String) throws -> String {
    let program = Program()
    let whole = Disassembler.listing(of: try program.compile(source, file: "comprehension.exs"))
    let after = whole.components(separatedBy: function + "  (").dropFirst().first ?? ""
    return after.components(separatedBy: "\n\n").first ?? after
}

@Test func aComprehensionOverAListOrARangeIsALoopInItsFunction() throws {
    let function = try listing(of: "Divisors.of/1", in: """
        defmodule Divisors do
          def of(n), do: for(d <- 1..n, rem(n, d) == 0, do: d)
        end
        """)
    let lines = function.split(separator: "\n").map(String.init)
    let listLoop = try #require(lines.first { $0.contains("testCons(slot: 1, fail: ") })
    let head = try #require(listLoop.split(separator: " ").first)
    let rangeLoop = try #require(lines.firstIndex { $0.contains("arithmetic(+)") })
    let closure = try #require(lines.firstIndex { $0.contains("makeClosure(") })
    #expect(rangeLoop < closure)
    #expect(lines.contains { $0.hasSuffix("jump(\(head))") })
}

@Test func anotherEnumerableGoesThroughEnumReduceWithTheRestAsItsFunction() throws {
    let function = try listing(of: "Pairs.of/1", in: """
        defmodule Pairs do
          def of(map), do: for({k, v} <- map, do: {v, k})
        end
        """)
    let reduce = try #require(function.range(of: "; Enum.reduce/3"))
    #expect(function[..<reduce.lowerBound].contains("testConstant(slot: "))
    #expect(function.contains("; builtin :lists.reverse/1"))
}
