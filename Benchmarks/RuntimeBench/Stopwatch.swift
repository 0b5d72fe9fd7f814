import Foundation

/// Measures elapsed wall time in nanoseconds.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds

    /// Nanoseconds since the stopwatch was made.
    var elapsed: UInt64 { DispatchTime.now().uptimeNanoseconds - start }
}

/// The process's resident set size in bytes, from /proc/self/statm, after
/// handing freed heap pages back to the system (glibc's `malloc_trim`), so
/// memory freed by an earlier run does not hide the growth of the next one.
func residentBytes() -> Int {
    releaseFreedHeapPages()
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Calls glibc's `malloc_trim(0)`, looked up at run time (malloc.h is not in the Glibc module).
private func releaseFreedHeapPages() {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    typealias MallocTrim = @convention(c) (Int) -> Int32
    _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
}
