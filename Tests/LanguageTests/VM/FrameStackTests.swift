@testable import Language
import Terms
import Testing

/// The frame stack keeps the module versions its frames run alive, holding each only at the
/// frame that entered it.
@Suite struct FrameStackTests {
    private func function(in module: ModuleCode) -> FunctionCode {
        FunctionCode(name: "f", arity: 0, module: module, isAnonymous: false)
    }

    private func push(_ code: FunctionCode, on frames: FrameStack) {
        frames.push(.passUnretained(code), base: 0)
    }

    private func replaceTop(of frames: FrameStack, with code: FunctionCode) {
        frames.replaceTop(with: .passUnretained(code))
    }

    @Test func aModuleLivesWhileAFrameRunsItAndNoLonger() {
        let frames = FrameStack(capacity: 2)
        weak var released: ModuleCode?
        var code: FunctionCode?
        do {
            let module = ModuleCode(name: Atom("Elixir.Reloaded"), file: "reloaded.exs")
            released = module
            code = function(in: module)
            module.functions = code.map { [$0] } ?? []
            if let code { push(code, on: frames) }
        }
        #expect(released != nil)
        frames.removeLast()
        code = nil
        #expect(released == nil)
    }

    @Test func callsWithinAModuleAndTailCallsKeepItUntilTheLastFrameOfItReturns() {
        let frames = FrameStack(capacity: 2)
        weak var first: ModuleCode?
        weak var second: ModuleCode?
        var codes: [FunctionCode] = []
        do {
            let a = ModuleCode(name: Atom("Elixir.A"), file: "a.exs")
            let b = ModuleCode(name: Atom("Elixir.B"), file: "b.exs")
            first = a
            second = b
            codes = [function(in: a), function(in: a), function(in: b)]
            a.functions = Array(codes[0...1])
            b.functions = [codes[2]]
            push(codes[0], on: frames)
            push(codes[1], on: frames)
            replaceTop(of: frames, with: codes[2])
        }
        let unheld = codes.map { Unmanaged.passUnretained($0) }
        codes = []
        #expect(frames[1].code === unheld[2].takeUnretainedValue())
        #expect(first != nil && second != nil)
        replaceTop(of: frames, with: unheld[1].takeUnretainedValue())
        #expect(second == nil)
        frames.removeAll()
        #expect(first == nil)
    }
}
