import Foundation
@testable import Language
import Terms
import Testing

/// Every function compiled from the recorded fixture programs, the library's Elixir files and
/// the hand-written `apply/3` keeps the bytecode contract (compiling them in a debug build
/// already verifies; the explicit check here holds in any build).
@Test func everyFixtureProgramAndTheLibraryVerify() throws {
    let program = Program()
    var modules = [program.applyFunction.module]
    for file in StandardLibrary.files {
        let compiled = try Program().compile(libraryFile: file)
        modules += compiled.modules + [compiled.scriptModule]
    }
    for file in fixturePrograms() {
        let source = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        modules += compiledModules(source, file: file.lastPathComponent)
    }
    let functions = modules.flatMap(\.functions)
    let faults = functions.compactMap(BytecodeVerifier.fault(in:))
    #expect(faults.isEmpty, "\(faults.map(\.description).joined(separator: "\n"))")
    #expect(functions.count > 1000)
}

/// The modules of `source`, or none when it does not compile (a program recorded for its compile error).
private func compiledModules(_ source: String, file: String) -> [ModuleCode] {
    do {
        let compiled = try Program().compile(source, file: file)
        return compiled.modules + [compiled.scriptModule]
    } catch {
        let messages = error.messages(file: file, source: source)
        #expect(!messages.contains { $0.contains("internal compiler error") }, "\(messages)")
        return []
    }
}

private func fixturePrograms() -> [URL] {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    return ["programs/cases", "syntax-errors/cases"].flatMap { folder -> [URL] in
        let directory = fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".exs") }.sorted().map { directory.appendingPathComponent($0) }
    }
}

/// A module `Hand` with one function `f/arity` holding `instructions` (all on line 7);
/// `body` gets the function while the module (which functions do not retain) is alive.
private func withHandMade<T>(
    _ instructions: [Instruction], arity: Int = 1, locals: Int = 1, _ body: (FunctionCode) throws -> T
) rethrows -> T {
    let module = ModuleCode(name: Atom("Elixir.Hand"), file: "hand.exs")
    let function = FunctionCode(name: "f", arity: arity, module: module, isAnonymous: false)
    function.instructions = instructions
    function.lines = instructions.map { _ in 7 }
    function.constants = [.int(1)]
    function.localCount = locals
    module.functions = [function]
    return try withExtendedLifetime(module) { try body(function) }
}

private func problem(_ instructions: [Instruction], arity: Int = 1, locals: Int = 1) -> String? {
    withHandMade(instructions, arity: arity, locals: locals) { BytecodeVerifier.fault(in: $0)?.description }
}

private func depths(_ instructions: [Instruction]) throws -> [Int?] {
    try withHandMade(instructions) { try BytecodeVerifier.depths(of: $0).get() }
}

@Test func balancedCodeIsAccepted() throws {
    #expect(try depths([.pushLocal(0), .jumpIfFalsy(4), .pushConstant(0), .jump(5), .pushLocal(0), .returnValue])
        == [0, 1, 0, 1, 0, 1])
}

@Test func aPlaceholderTargetLeftUnpatchedIsRejected() {
    #expect(problem([.testTuple(slot: 0, size: 2, fail: -1), .pushLocal(0), .returnValue])
        == "Hand.f/1, instruction 0 (line 7): jump target is a placeholder that was never patched")
    #expect(problem([.takeBinarySegment(slot: 0, index: 0, into: 0, fail: -1), .pushLocal(0), .returnValue])
        == "Hand.f/1, instruction 0 (line 7): jump target is a placeholder that was never patched")
}

@Test func aTargetOutsideTheFunctionIsRejected() {
    #expect(problem([.pushLocal(0), .jumpIfFalsy(9), .pushLocal(0), .returnValue])
        == "Hand.f/1, instruction 1 (line 7): jump target 9 is outside the function's 4 instructions")
}

/// The shape of the `case x` without a do block that crashed a release build: nothing pushed, then stored.
@Test func poppingAnEmptyStackIsRejected() {
    #expect(problem([.storeLocal(0), .pushLocal(0), .returnValue])
        == "Hand.f/1, instruction 0 (line 7): pops 1 value but the stack holds 0")
}

@Test func pathsJoiningWithDifferentDepthsAreRejected() {
    #expect(problem([.pushLocal(0), .pushLocal(0), .jumpIfFalsy(4), .pushConstant(0), .returnValue])
        == "Hand.f/1, instruction 3 (line 7): reaches 4 with 2 values on the stack, but another path reaches it with 1")
}

@Test func leavingTheFrameWithValuesLeftOverIsRejected() {
    #expect(problem([.pushLocal(0), .pushLocal(0), .returnValue])
        == "Hand.f/1, instruction 2 (line 7): leaves the frame with 1 value left on the stack below the 1 it hands on")
    #expect(problem([.pushLocal(0), .pushLocal(0), .tailCallLocal(0, 1)])
        == "Hand.f/1, instruction 2 (line 7): leaves the frame with 1 value left on the stack below the 1 it hands on")
}

@Test func runningPastTheEndIsRejected() {
    #expect(problem([.pushLocal(0)]) == "Hand.f/1, instruction 0 (line 7): runs past the end of the function")
    #expect(problem([]) == "Hand.f/1, instruction 0 (line 0): has no instructions")
}

@Test func operandsMustNameWhatExists() {
    #expect(problem([.pushLocal(3), .returnValue]) == "Hand.f/1, instruction 0 (line 7): local slot 3 is outside the frame's 1 locals")
    #expect(problem([.pushConstant(5), .returnValue]) == "Hand.f/1, instruction 0 (line 7): constant 5 does not exist (1 constants)")
    #expect(problem([.raiseNoMatch(slot: 0, index: 0)], arity: 0, locals: 0)
        == "Hand.f/0, instruction 0 (line 7): local slot 0 is outside the frame's 0 locals")
    #expect(problem([.pushLocal(0), .pushLocal(0), .callLocal(0, 2), .returnValue])
        == "Hand.f/1, instruction 2 (line 7): function 0 takes 1 argument but is called with 2")
    #expect(problem([.pushLocal(0), .makeClosure(0, 1), .returnValue])
        == "Hand.f/1, instruction 1 (line 7): function 0 captures 0 values but the closure is made of 1")
    #expect(problem([.pushLocal(0), .callRemote(0, 1), .returnValue])
        == "Hand.f/1, instruction 1 (line 7): remote name 0 does not exist (0 remote names)")
}

@Test func aTryHandlerFindsTheCaughtErrorPushed() throws {
    #expect(try depths([.pushHandler(4), .pushLocal(0), .popHandler, .returnValue, .returnValue]) == [0, 0, 1, 1, 1])
}

@Test func aReceiveWithoutAfterWaitsForeverAndHasNoAfterTarget() {
    #expect(problem([
        .receiveBegin, .receiveNext(slot: 0, wait: 4), .receiveAccept, .jump(5),
        .receiveWait(slot: -1, begin: 0, after: -1), .pushLocal(0), .returnValue,
    ]) == nil)
    #expect(problem([.receiveBegin, .receiveNext(slot: 0, wait: 2), .receiveWait(slot: 0, begin: 0, after: -1)])
        == "Hand.f/1, instruction 2 (line 7): jump target is a placeholder that was never patched")
}

/// Every instruction with a target gets it from `retargeted(to:)` (a missed case left -1 behind).
@Test func retargetingReplacesThePlaceholderOfEveryOpcodeWithATarget() {
    let placeholders: [Instruction] = [
        .jump(-1), .jumpIfFalsy(-1), .jumpUnlessTrue(-1), .jumpIfFalseStrict(-1), .compareJump(.less, -1),
        .compareLocalsJump(.less, left: 0, right: 0, target: -1), .compareConstantJump(.less, slot: 0, index: 0, target: -1), .pushHandler(-1),
        .pushGuardHandler(-1), .testTuple(slot: 0, size: 1, fail: -1), .testCons(slot: 0, fail: -1), .testEmptyList(slot: 0, fail: -1),
        .testMap(slot: 0, fail: -1), .getMapValue(slot: 0, into: 0, fail: -1), .testConstant(slot: 0, index: 0, fail: -1), .testInteger(slot: 0, value: 0, fail: -1),
        .testSameAsLocal(slot: 0, other: 0, fail: -1), .testEqualsPopped(slot: 0, fail: -1),
        .testBinaryPrefix(slot: 0, index: 0, fail: -1), .takeBinarySegment(slot: 0, index: 0, into: 0, fail: -1),
        .receiveNext(slot: 0, wait: -1), .receiveSkip(next: -1), .receiveWait(slot: 0, begin: 3, after: -1),
    ]
    for instruction in placeholders {
        let targets = instruction.retargeted(to: 3).contract.targets.map(\.index)
        #expect(!targets.isEmpty && targets.allSatisfy { $0 == 3 }, "\(instruction)")
    }
}

@Test func aFaultReadsAsACompilerBugForTheLearner() throws {
    let fault = try #require(withHandMade([.storeLocal(0), .pushLocal(0), .returnValue]) { BytecodeVerifier.fault(in: $0) })
    #expect(fault.compileError.formatted(file: "hand.exs") == """
        ** (CompileError) hand.exs:7: internal compiler error: invalid bytecode in Hand.f/1, instruction 0 (line 7): pops 1 value but the stack holds 0
            hint: this is a bug in proctor, not in your code; please report it with the file that caused it
        """)
}
