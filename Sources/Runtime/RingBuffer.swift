/// A growable first-in-first-out queue kept in one contiguous ring of slots.
///
/// An empty ring owns no storage, so a process with an empty mailbox costs
/// nothing for it; the capacity doubles when full and is always a power of
/// two. The slots are raw memory the ring owns (it cannot be copied), which
/// spares every operation the copy-on-write and optional-slot checks of an array.
struct RingBuffer<Element>: ~Copyable {
    private var slots: UnsafeMutablePointer<Element>?
    private var mask = -1
    private var head = 0
    /// How many elements the ring holds.
    private(set) var count = 0

    /// Makes an empty ring, without storage.
    init() {}

    deinit {
        guard let slots else { return }
        for offset in 0..<count {
            slots.advanced(by: (head &+ offset) & mask).deinitialize(count: 1)
        }
        slots.deallocate()
    }

    /// Whether the ring holds no element.
    var isEmpty: Bool { count == 0 }

    /// Adds `element` at the back.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == mask &+ 1 { grow() }
        // `grow` guarantees storage.
        slots.unsafelyUnwrapped.advanced(by: (head &+ count) & mask).initialize(to: element)
        count &+= 1
    }

    /// Removes and returns the front element, or nil when empty.
    @inline(__always)
    mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = slots.unsafelyUnwrapped.advanced(by: head).move()
        head = (head &+ 1) & mask
        count &-= 1
        return element
    }

    /// The element `offset` places behind the front (`offset < count`).
    @inline(__always)
    subscript(offset: Int) -> Element {
        precondition(offset >= 0 && offset < count, "ring offset out of range")
        return slots.unsafelyUnwrapped[(head &+ offset) & mask]
    }

    /// Removes and returns the element `offset` places behind the front,
    /// closing the gap by moving the later elements forward.
    mutating func remove(at offset: Int) -> Element {
        precondition(offset >= 0 && offset < count, "ring offset out of range")
        let storage = slots.unsafelyUnwrapped
        if offset == 0, let first = popFirst() { return first }
        let element = storage.advanced(by: (head &+ offset) & mask).move()
        var index = offset
        while index < count &- 1 {
            let next = storage.advanced(by: (head &+ index &+ 1) & mask).move()
            storage.advanced(by: (head &+ index) & mask).initialize(to: next)
            index &+= 1
        }
        count &-= 1
        return element
    }

    /// Removes every element for which `shouldRemove` is true, keeping the order of the rest.
    mutating func removeAll(where shouldRemove: (Element) -> Bool) {
        var kept = RingBuffer()
        while let element = popFirst() {
            if !shouldRemove(element) { kept.append(element) }
        }
        self = kept
    }

    /// The elements from front to back.
    var elements: [Element] { (0..<count).map { self[$0] } }

    /// Drops every element and the storage.
    mutating func removeAll() {
        self = RingBuffer()
    }

    private mutating func grow() {
        let newCapacity = Swift.max(4, (mask &+ 1) * 2)
        let newSlots = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let slots {
            for offset in 0..<count {
                newSlots.advanced(by: offset).initialize(to: slots.advanced(by: (head &+ offset) & mask).move())
            }
            slots.deallocate()
        }
        slots = newSlots
        mask = newCapacity &- 1
        head = 0
    }
}
