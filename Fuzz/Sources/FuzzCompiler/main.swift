import FuzzDriver
import Language

/// libFuzzer's entry point: any bytes through the lexer, parser and compiler. Nothing runs;
/// a crash, a trap or a hang here is a bug (bad input must become diagnostics).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompiler(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let source) = SourceText.decode(bytes) else { return 0 }
    let program = Program()
    do {
        _ = try program.compile(source, file: "fuzz.exs")
    } catch {
        _ = error.messages(file: "fuzz.exs", source: source)
    }
    return 0
}

runLibFuzzer { data, size in
    guard let data else { return 0 }
    return fuzzCompiler(data, size)
}
