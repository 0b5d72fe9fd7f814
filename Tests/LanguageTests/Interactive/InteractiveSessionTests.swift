import Language
import Runtime
import Testing

/// Drives a session the way piped iex is driven: a prompt, then a line, until the input ends.
private func transcript(_ lines: [String]) -> String {
    let output = CapturingOutputSink()
    let session = InteractiveSession(output: output, clock: .virtual)
    for line in lines {
        output.write(session.nextPrompt(), to: .standardOutput)
        session.feed(line)
    }
    output.write(session.nextPrompt(), to: .standardOutput)
    session.finish()
    return OutputNormalizer.normalize(output.standardOutput, exUnit: .none)
}

/// Expected transcripts below were printed by `printf '...' | iex` (Elixir 1.14), banner line removed.
@Test func variablesCarryOverAndCountersAdvance() {
    #expect(transcript(["x = 1 + 2", "x * 2", "y =", "  5", "[1,", "2]"]) == """
        iex(1)> 3
        iex(2)> 6
        iex(3)> ...(3)> 5
        iex(4)> ...(4)> [1, 2]
        iex(5)>

        """)
}

@Test func flushPrintsAndEmptiesTheShellMailbox() {
    #expect(transcript(["send(self(), :hi)", "flush()", "flush()"]) == """
        iex(1)> :hi
        iex(2)> :hi
        :ok
        iex(3)> :ok
        iex(4)>

        """)
}

@Test func errorsDoNotAdvanceTheCounter() {
    #expect(transcript(["raise \"x\"", "1", "exit(:bye)", "throw(:b)", "foo()"]) == """
        iex(1)> ** (RuntimeError) x
        iex(1)> 1
        iex(2)> ** (exit) :bye
        iex(2)> ** (throw) :b
        iex(2)> ** (CompileError) iex:2: undefined function foo/0 (there is no such import)
        iex(2)>

        """)
}

@Test func aLinkedCrashReplacesTheShell() {
    let text = transcript(["spawn_link(fn -> raise \"oops\" end)", "Process.sleep(50)", "self() |> is_pid()"])
    #expect(text == """
        iex(1)> #PID<X>
        ** (EXIT from #PID<X>) shell process exited with reason: an exception was raised:
            ** (RuntimeError) oops
        Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)
        iex(1)>
        [error] Process #PID<X> raised an exception
        ** (RuntimeError) oops
        :ok
        iex(2)> true
        iex(3)>

        """)
}


/// `v/0` and `v/1` as iex 1.14 answers them (`printf '1 + 1\n:a\nv()\n...' | iex`); iex's own
/// stack frames under the out-of-bounds error (lib/iex/history.ex) are not proctor's.
@Test func vGivesEarlierResultsByNumberOrCountingBack() {
    let text = transcript(["1 + 1", ":a", "v()", "v(1)", "v(-3)", "v(7)", "[v(1), v(-1)]"])
    #expect(text.hasPrefix("""
        iex(1)> 2
        iex(2)> :a
        iex(3)> :a
        iex(4)> 2
        iex(5)> :a
        iex(6)> ** (RuntimeError) v(7) is out of bounds

        """), "\(text)")
    #expect(text.hasSuffix("iex(6)> [2, :a]\niex(7)>\n"), "\(text)")
}

/// `c/1`, `r/1` and `import_file/1` read files the session is given, and print what iex 1.14
/// prints (`printf 'c("doubler.exs")\n...' | iex` in a folder holding doubler.exs; iex's stack
/// frames under its errors are not proctor's).
@Test func fileHelpersCompileReloadAndImportAsIexDoes() {
    let output = CapturingOutputSink()
    let session = InteractiveSession(output: output, clock: .virtual)
    let files = ["doubler.exs": "defmodule Doubler do\n  def double(x), do: x * 2\nend\nIO.puts(\"loaded\")\n"]
    session.readFile = { path in
        files[path].map { .success($0) } ?? .failure(FileUnreadable(path: "/work/" + path, reason: "no such file or directory"))
    }
    for line in ["c(\"doubler.exs\")", "Doubler.double(4)", "r(Doubler)", "import_file(\"doubler.exs\")", "c(\"missing.exs\")",
                 "r(Nope)", "import_file(\"missing.exs\")", "v(1)"] {
        output.write(session.nextPrompt(), to: .standardOutput)
        session.feed(line)
    }
    session.finish()
    #expect(output.standardOutput == """
        iex(1)> loaded
        [Doubler]
        iex(2)> 8
        iex(3)> loaded
        {:reloaded, [Doubler]}
        iex(4)> loaded
        :ok
        iex(5)> ** (ArgumentError) could not find files missing.exs

        iex(5)> ** (ArgumentError) could not load nor find module: Nope

        iex(5)> ** (File.Error) could not read file "/work/missing.exs": no such file or directory

        iex(5)> [Doubler]

        """)
}

/// A lesson's transcript has no files: `c/1` is then an undefined function, as any other.
@Test func withoutFilesCIsNotThere() {
    #expect(transcript(["c(\"doubler.exs\")"]).contains("undefined function c/1"))
}


/// `i/1` as iex 1.14 describes an integer, strings, a charlist, binaries that are not
/// printable, an anonymous function and a live pid (`printf 'i(1)\n...' | iex`; the pid and
/// function numbers masked). The result itself is not printed, as in iex.
@Test func iDescribesATermAsIexDoes() {
    let text = transcript(["i(1)", "i(\"hi\")", "i('abc')", "i(<<1, 2>>)", "i(<<104, 255>>)", "i(fn x -> x end)", "i(self())"])
    #expect(text == """
        iex(1)> Term
          1
        Data type
          Integer
        Reference modules
          Integer
        Implemented protocols
          IEx.Info, Inspect, List.Chars, String.Chars
        iex(2)> Term
          "hi"
        Data type
          BitString
        Byte size
          2
        Description
          This is a string: a UTF-8 encoded binary. It's printed surrounded by
          "double quotes" because all UTF-8 encoded code points in it are printable.
        Raw representation
          <<104, 105>>
        Reference modules
          String, :binary
        Implemented protocols
          Collectable, IEx.Info, Inspect, List.Chars, String.Chars
        iex(3)> Term
          'abc'
        Data type
          List
        Description
          This is a list of integers that is printed as a sequence of characters
          delimited by single quotes because all the integers in it represent printable
          ASCII characters. Conventionally, a list of Unicode code points is known as a
          charlist and a list of ASCII characters is a subset of it.
        Raw representation
          [97, 98, 99]
        Reference modules
          List
        Implemented protocols
          Collectable, Enumerable, IEx.Info, Inspect, List.Chars, String.Chars
        iex(4)> Term
          <<1, 2>>
        Data type
          BitString
        Byte size
          2
        Description
          This is a string: a UTF-8 encoded binary. It's printed with the `<<>>`
          syntax (as opposed to double quotes) because it contains non-printable
          UTF-8 encoded code points (the first non-printable code point being
          `<<1>>`).
        Reference modules
          String, :binary
        Implemented protocols
          Collectable, IEx.Info, Inspect, List.Chars, String.Chars
        iex(5)> Term
          <<104, 255>>
        Data type
          BitString
        Byte size
          2
        Description
          This is a binary: a collection of bytes. It's printed with the `<<>>`
          syntax (as opposed to double quotes) because it is not a UTF-8 encoded
          binary (the first invalid byte being `<<255>>`)
        Reference modules
          :binary
        Implemented protocols
          Collectable, IEx.Info, Inspect, List.Chars, String.Chars
        iex(6)> Term
          #Function<X>
        Data type
          Function
        Type
          local
        Arity
          1
        Description
          This is an anonymous function.
        Implemented protocols
          Enumerable, IEx.Info, Inspect
        iex(7)> Term
          #PID<X>
        Data type
          PID
        Alive
          true
        Name
          not registered
        Links
          none
        Message queue length
          0
        Description
          Use Process.info/1 to get more info about this process
        Reference modules
          Process, Node
        Implemented protocols
          IEx.Info, Inspect
        iex(8)>

        """)
}

/// `h/1` prints iex 1.14's documentation of the course's functions (recorded by
/// scripts/record-iex-docs): a name gives every definition, a name and arity one of them
/// (without the @spec for an arity a default argument covers), and the counter advances.
@Test func hPrintsTheDocumentationOfTheCoursesFunctions() {
    let whole = screen(["h(spawn)"])
    let one = screen(["h(spawn/1)"])
    let three = screen(["h(spawn/3)"])
    #expect(whole.hasPrefix("iex(1)> \n                                 def spawn(fun)\n\n  @spec spawn((() -> any())) :: pid()\n\nSpawns the given function and returns its PID.\n"), "\(whole)")
    #expect(whole.hasSuffix("\n\niex(2)> "), "\(whole)")
    #expect(whole.contains("                          def spawn(module, fun, args)\n"))
    #expect(!one.contains("def spawn(module, fun, args)"))
    #expect(three.contains("def spawn(module, fun, args)") && !three.contains("def spawn(fun)"))
    #expect(!screen(["h(Task.await/1)"]).contains("@spec await"))
    #expect(screen(["h(Task.await/2)"]).contains("  @spec await(t(), timeout()) :: term()\n"))
    #expect(screen(["h(Process.alive?/1)"]).contains("                                def alive?(pid)\n"))
    #expect(screen(["h(spawn/7)"]) == "iex(1)> No documentation for Kernel.spawn/7 was found\niex(2)> ")
    #expect(screen(["h(Enum.map)"]).contains("proctor has no documentation for Enum.map; it has the functions the course teaches"))
}

/// What a session prints for `lines`, as it is (blank lines and trailing spaces kept).
private func screen(_ lines: [String]) -> String {
    let output = CapturingOutputSink()
    let session = InteractiveSession(output: output, clock: .virtual)
    for line in lines {
        output.write(session.nextPrompt(), to: .standardOutput)
        session.feed(line)
    }
    output.write(session.nextPrompt(), to: .standardOutput)
    return output.standardOutput
}

/// As `printf '...' | iex` (Elixir 1.14) prints them on standard error: a module's calls to
/// functions that do not exist are warned about as the module is defined, a module of the
/// same input not yet defined is "not available", one of an earlier input is known.
@Test func undefinedRemoteCallsAreWarnedAboutAsTheModuleIsDefined() {
    let output = CapturingOutputSink()
    let session = InteractiveSession(output: output, clock: .virtual)
    for line in [
        "defmodule A do", "  def a, do: B.b()", "end", "defmodule B do", "  def b, do: 1", "end",
        "defmodule C do", "  def c, do: A.a() + B.zz() + Enum.mapp([1], & &1)", "end",
    ] {
        output.write(session.nextPrompt(), to: .standardOutput)
        session.feed(line)
    }
    session.finish()
    #expect(output.standardError == """
        warning: B.b/0 is undefined (module B is not available or is yet to be defined)
          iex:2: A.a/0

        warning: B.zz/0 is undefined or private
          iex:4: C.c/0

        warning: Enum.mapp/2 is undefined or private. Did you mean:

              * map/2

          iex:4: C.c/0


        """)
}
