import Terms

/// The live processes of a runtime, found by pid in one array access.
///
/// As in the BEAM, a pid's serial picks its slot (`serial & mask`); serials
/// grow monotonically and skip numbers whose slot is taken. The table doubles
/// when it is half full, so a new serial finds a free slot quickly.
struct ProcessTable {
    private var slots = ContiguousArray<ProcessControlBlock?>(repeating: nil, count: 1024)
    private var mask = 1023
    private var nextSerial: UInt32
    /// How many processes are alive.
    private(set) var count = 0

    init(firstSerial: UInt32) {
        nextSerial = firstSerial
    }

    /// The live process with this pid, if any.
    @inline(__always)
    func lookup(_ pid: Pid) -> ProcessControlBlock? {
        guard let process = slots[Int(pid.serial) & mask], process.pid.serial == pid.serial else { return nil }
        return process
    }

    /// Reserves the serial for a new process.
    mutating func allocateSerial() -> UInt32 {
        if (count + 1) * 2 > slots.count { grow() }
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
    var processes: [ProcessControlBlock] { slots.compactMap { $0 } }

    private mutating func grow() {
        let newSize = slots.count * 2
        var newSlots = ContiguousArray<ProcessControlBlock?>(repeating: nil, count: newSize)
        let newMask = newSize - 1
        for case let process? in slots {
            newSlots[Int(process.pid.serial) & newMask] = process
        }
        slots = newSlots
        mask = newMask
    }
}
