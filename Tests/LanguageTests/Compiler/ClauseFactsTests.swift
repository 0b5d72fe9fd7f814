import Testing
@testable import Language

@Test func aClauseFailingAfterSharedTestsContinuesPastThemInTheNextClause() throws {
    let program = Program()
    let source = """
        defmodule Ring do
          def relay(next) do
            receive do
              {:token, 0, parent} -> send(parent, :done)
              {:token, n, parent} -> relay(send(next, {:token, n - 1, parent}))
            end
          end
        end
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "ring.exs"))
    #expect(listing.contains("Ring.relay/1  (5 locals)"))
    #expect(listing.contains("2  L  4  d 0  testTuple(slot: 1, size: 3, fail: 13)"))
    #expect(listing.contains("4  L  4  d 0  testConstant(slot: 2, index: 0, fail: 15)"))
    #expect(listing.contains("6  L  4  d 0  testInteger(slot: 3, value: 0, fail: 17)"))
    #expect(listing.contains("17  L  5  d 0  getElement(slot: 1, index: 2, into: 4)"))
}

@Test func aFailedGuardSkipsTheSamePatternInTheNextClause() throws {
    let program = Program()
    let source = """
        defmodule Guarded do
          def f({:ok, n}) when n > 0, do: :positive
          def f({:ok, n}), do: n
        end
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "guarded.exs"))
    #expect(listing.contains("4  L  2  d 0  compareConstantJump(>, slot: 2, index: 1, target: 10)"))
    #expect(listing.contains("10  L  3  d 0  pushLocal(2)"))
}

@Test func aFailureAfterMoreThanTestsStartsTheNextClauseAfresh() throws {
    let program = Program()
    let source = """
        defmodule Bytes do
          def f({:b, <<"ab", rest::binary>>}), do: rest
          def f({:b, other}), do: other
        end
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "bytes.exs"))
    let failures = listing.split(separator: "\n").filter { $0.contains("testBinaryPrefix") || $0.contains("takeBinarySegment") }
    let clauseStart = listing.split(separator: "\n").first { $0.contains("L  3  d 0  testTuple(slot: 0, size: 2") }
    let start = try #require(clauseStart.flatMap { $0.split(separator: " ").first })
    #expect(!failures.isEmpty)
    #expect(failures.allSatisfy { $0.contains("fail: \(start))") })
}
