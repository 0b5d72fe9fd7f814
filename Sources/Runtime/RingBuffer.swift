/// A growable first-in-first-out queue kept in one contiguous ring of slots.
///
/// An empty ring owns no storage, so a process with an empty mailbox costs
/// nothing for it; the capacity doubles when full and is always a power of two.
struct RingBuffer<Element> {
    private var slots: ContiguousArray<Element?> = []
    private var head = 0
    /// How many elements the ring holds.
    private(set) var count = 0

    /// Whether the ring holds no element.
    var isEmpty: Bool { count == 0 }

    /// Adds `element` at the back.
    mutating func append(_ element: Element) {
        if count == slots.count { grow() }
        slots[(head &+ count) & (slots.count &- 1)] = element
        count &+= 1
    }

    /// Removes and returns the front element, or nil when empty.
    mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = slots[head].take()
        head = (head &+ 1) & (slots.count &- 1)
        count &-= 1
        return element
    }

    /// The element `offset` places behind the front.
    subscript(offset: Int) -> Element {
        // Every slot within `count` of the head holds an element.
        slots[(head &+ offset) & (slots.count &- 1)].unsafelyUnwrapped
    }

    /// Removes and returns the element `offset` places behind the front,
    /// closing the gap by moving the later elements forward.
    mutating func remove(at offset: Int) -> Element {
        if offset == 0, let first = popFirst() { return first }
        let mask = slots.count &- 1
        let element = self[offset]
        var index = offset
        while index < count &- 1 {
            slots[(head &+ index) & mask] = slots[(head &+ index &+ 1) & mask]
            index &+= 1
        }
        slots[(head &+ count &- 1) & mask] = nil
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
        let newCapacity = Swift.max(4, slots.count * 2)
        var newSlots = ContiguousArray<Element?>(repeating: nil, count: newCapacity)
        for offset in 0..<count {
            newSlots[offset] = slots[(head &+ offset) & (slots.count &- 1)].take()
        }
        slots = newSlots
        head = 0
    }
}
