import FuzzDriver
import Language
import Runtime

/// libFuzzer's entry point: any bytes run as a script on the virtual clock under a small
/// budget (200,000 reductions, 2 s). Whatever the program does, proctor must report it and return.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrograms(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let source) = SourceText.decode(bytes) else { return 0 }
    let runner = ScriptRunner(
        output: CapturingOutputSink(), clock: .virtual,
        limits: RunLimits(wallTimeNanoseconds: 2_000_000_000, reductions: 200_000))
    _ = runner.run(source: source, file: "fuzz.exs")
    return 0
}

runLibFuzzer { data, size in
    guard let data else { return 0 }
    return fuzzPrograms(data, size)
}
