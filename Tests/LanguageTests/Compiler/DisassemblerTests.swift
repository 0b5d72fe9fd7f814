import Language
import Testing

@Test func listingShowsEachInstructionWithItsLineDepthAndWhatItNames() throws {
    let program = Program()
    let source = """
        defmodule Fib do
          def fib(0), do: 0
          def fib(n), do: fib(n - 1) + n
        end
        IO.puts(Fib.fib(3))
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "fib.exs"))
    #expect(listing.contains("Fib.fib/1  (1 locals)"))
    #expect(listing.contains("L  2  d 0  testInteger(slot: 0, value: 0, fail: 2)"))
    #expect(listing.contains("L  2  d 0  returnConstant(0)    ; 0"))
    #expect(listing.contains("d 0  localArithmetic(-, slot: 0, index: 1)    ; 1"))
    #expect(listing.contains("callLocal(0, 1)    ; fib/1"))
    #expect(listing.contains("; builtin :proctor.define_modules/2"))
    #expect(listing.contains("tailCallRemote(1, 1)    ; IO.puts/1"))
    #expect(listing.contains(":elixir_compiler_0.__script__/0"))
}

@Test func comparisonsFuseWithTheirJumpsAndPlainGuardsNeedNoHandler() throws {
    let program = Program()
    let source = """
        defmodule Guards do
          def size(n) when n >= 0 and n < 10, do: :small
          def size(n) when is_integer(n), do: :other
          def sign(n), do: if(n < 0, do: :negative, else: :positive)
        end
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "guards.exs"))
    #expect(listing.contains("L  2  d 0  compareConstantJump(>=, slot: 0, index: 0, target: "))
    #expect(listing.contains("L  2  d 0  compareConstantJump(<, slot: 0, index: 1, target: "))
    #expect(listing.contains("L  3  d 0  pushGuardHandler("))
    #expect(listing.contains("L  4  d 0  compareConstantJump(<, slot: 0, index: 0, target: "))
    #expect(!listing.contains("L  2  d 0  pushGuardHandler("))
    #expect(!listing.contains("jumpIfFalsy"))
}

@Test func pushesOfLocalsFuseWithTheArithmeticOrComparisonAfterThem() throws {
    let program = Program()
    let source = """
        defmodule Steps do
          def walk(first, last, step) when first > last, do: step
          def walk(first, last, step), do: walk(first + step, last, step * 2)
          def mixed(n), do: {n, 2 * n}
        end
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "steps.exs"))
    #expect(listing.contains("L  2  d 0  compareLocalsJump(>, left: 0, right: 1, target: "))
    #expect(listing.contains("L  3  d 0  localsArithmetic(+, left: 0, right: 2)"))
    #expect(listing.contains("L  3  d 2  localArithmetic(*, slot: 2, index: 0)    ; 2"))
    #expect(listing.contains("L  4  d 3  arithmetic(*)"))
}

@Test func compileErrorsAreCollectedWithTheirLines() {
    let program = Program()
    let source = "x = foo()\ny = bar(1)\n"
    #expect(throws: LoadError.self) { try program.compile(source, file: "bad.exs") }
    do {
        _ = try program.compile(source, file: "bad.exs")
    } catch {
        #expect(error.messages(file: "bad.exs", source: source) == [
            "** (CompileError) bad.exs:1: undefined function foo/0 (there is no such import)",
            "** (CompileError) bad.exs:2: undefined function bar/1 (there is no such import)",
        ])
    }
}

@Test func leadingIntegerClausesAreChosenByOneSwitchAndResultsFuseWithTheReturn() throws {
    let program = Program()
    let source = """
        defmodule Fib do
          def fib(0), do: 0
          def fib(1), do: 1
          def fib(n), do: fib(n - 1) + fib(n - 2)
        end
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "fib.exs"))
    #expect(listing.contains("0  L  2  d 0  switchInteger(slot: 0, first: 0, count: 2, table: 1)"))
    #expect(listing.contains("1  L  2  d 0  jump(5)"))
    #expect(listing.contains("2  L  2  d 0  jump(7)"))
    #expect(listing.contains("3  L  2  d 0  jump(8)"))
    #expect(listing.contains("5  L  2  d 0  returnConstant(0)    ; 0"))
    #expect(listing.contains("7  L  3  d 0  returnConstant(1)    ; 1"))
    #expect(listing.contains("12  L  4  d 2  returnArithmetic(+)"))
    #expect(listing.contains("13  L  2  d -  raiseNoMatch(slot: -1, index: 3)"))
}

@Test func sparseOrSingleIntegerClausesKeepTheirTests() throws {
    let program = Program()
    let source = """
        defmodule Sparse do
          def f(0), do: :zero
          def f(1000), do: :thousand
          def f(_), do: :other
          def g(0), do: :zero
          def g(_), do: :other
        end
        """
    let listing = Disassembler.listing(of: try program.compile(source, file: "sparse.exs"))
    #expect(!listing.contains("switchInteger"))
    #expect(listing.contains("testInteger(slot: 0, value: 1000, fail: "))
}
