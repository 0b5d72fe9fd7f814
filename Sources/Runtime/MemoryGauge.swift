import CMemoryGauge
#if canImport(Glibc)
import Glibc
#endif

/// How much memory the program holds, from the C allocator's own books (`mallinfo2`):
/// bytes in use in the heap plus the large blocks it mapped separately. A reading walks the
/// allocator's free lists (tens of microseconds, more on a large heap): `MemoryWatch` decides when.
public enum MemoryGauge {
    /// Bytes allocated and not yet freed.
    public static func bytesInUse() -> Int {
        Int(proctor_bytes_in_use())
    }

    /// The machine's physical memory in bytes (0 when unknown).
    public static var physicalBytes: Int {
        #if canImport(Glibc)
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let size = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && size > 0 ? pages * size : 0
        #else
        return 0
        #endif
    }
}
