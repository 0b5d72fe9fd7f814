import Testing
@testable import ProctorCLI

@Test func runTakesAFileAndTheBytecodeSwitch() throws {
    let command = try ProctorCommand.parseAsRoot(["run", "hello.exs", "--dump-bytecode"])
    let run = try #require(command as? RunCommand)
    #expect(run.file == "hello.exs")
    #expect(run.dumpBytecode)
}

@Test func runWithoutAFileIsAUsageError() {
    #expect(throws: (any Error).self) { try ProctorCommand.parseAsRoot(["run"]) }
}

@Test func iexIsASubcommand() throws {
    #expect(try ProctorCommand.parseAsRoot(["iex"]) is IexCommand)
}
