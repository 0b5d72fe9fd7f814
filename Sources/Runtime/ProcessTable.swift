import Terms

/// The live processes of a runtime, found by pid in one memory access.
///
/// As in the BEAM, a pid's serial picks its slot (`serial & mask`); serials
/// grow monotonically and skip numbers whose slot is taken. The table doubles
/// when it is half full, so a new serial finds a free slot quickly. The slots
/// are raw memory the table owns (it cannot be copied), so a lookup costs no
/// copy-on-write bookkeeping.
struct ProcessTable: ~Copyable {
    private var slots: UnsafeMutablePointer<ProcessControlBlock?>
    private var mask: Int
    private var nextSerial: UInt32
    /// How many processes are alive.
    private(set) var count = 0

    init(firstSerial: UInt32) {
        nextSerial = firstSerial
        mask = 1023
        slots = ProcessTable.allocateSlots(mask + 1)
    }

    deinit {
        slots.deinitialize(count: mask + 1)
        slots.deallocate()
    }

    /// The live process with this pid, if any.
    @inline(__always)
    func lookup(_ pid: Pid) -> ProcessControlBlock? {
        guard let process = slots[Int(pid.serial) & mask], process.pid.serial == pid.serial else { return nil }
        return process
    }

    /// The serial the next process gets, unless its slot is taken (a checkpoint saves and restores it).
    var serialCursor: UInt32 {
        get { nextSerial }
        set { nextSerial = newValue }
    }

    /// Reserves the serial for a new process.
    mutating func allocateSerial() -> UInt32 {
        if (count + 1) * 2 > mask + 1 { grow() }
        while slots[Int(nextSerial) & mask] != nil { nextSerial &+= 1 }
        defer { nextSerial &+= 1 }
        return nextSerial
    }

    /// Puts a new process in the slot its serial picks.
    mutating func insert(_ process: ProcessControlBlock) {
        slots[Int(process.pid.serial) & mask] = process
        count += 1
    }

    /// Takes an exited process out of the table.
    mutating func remove(_ pid: Pid) {
        let index = Int(pid.serial) & mask
        guard let process = slots[index], process.pid.serial == pid.serial else { return }
        slots[index] = nil
        count -= 1
    }

    /// Every live process, in slot order.
    var processes: [ProcessControlBlock] {
        UnsafeBufferPointer(start: slots, count: mask + 1).compactMap { $0 }
    }

    private mutating func grow() {
        let newSize = (mask + 1) * 2
        let newSlots = ProcessTable.allocateSlots(newSize)
        for index in 0...mask {
            if let process = slots[index] {
                newSlots[Int(process.pid.serial) & (newSize - 1)] = process
            }
        }
        slots.deinitialize(count: mask + 1)
        slots.deallocate()
        slots = newSlots
        mask = newSize - 1
    }

    private static func allocateSlots(_ count: Int) -> UnsafeMutablePointer<ProcessControlBlock?> {
        let slots = UnsafeMutablePointer<ProcessControlBlock?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
        return slots
    }
}
