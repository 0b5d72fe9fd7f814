import Terms

/// The objects of a `set`, `bag` or `duplicate_bag` table, grouped by key.
///
/// Keys match exactly (`1` and `1.0` are two keys), as ETS hashes them. The BEAM walks a
/// hashed table in the order of its buckets, which depends on its hash function; proctor
/// walks it in the order the keys were first inserted, which is stable and easy to follow.
struct HashedObjects {
    /// A key and its objects, in the order they were inserted; nil once the key is deleted.
    private var slots: [(key: Term, objects: [Term])?] = []
    private var slotOfKey: [Term: Int] = [:]
    private var deletedSlots = 0
    /// How many objects the table holds.
    private(set) var count = 0

    /// The objects whose key is `key`.
    func objects(forKey key: Term) -> [Term] {
        guard let slot = slotOfKey[key] else { return [] }
        return slots[slot]?.objects ?? []
    }

    /// Whether an object has the key `key`.
    func contains(key: Term) -> Bool { slotOfKey[key] != nil }

    /// Adds `object` under `key`: in place of the key's objects (`replacing`), beside them
    /// unless an identical object is there (`bag`), or beside them always (`duplicate_bag`).
    mutating func insert(_ object: Term, key: Term, kind: TermTable.Kind) {
        guard let slot = slotOfKey[key], var entry = slots[slot] else {
            slotOfKey[key] = slots.count
            slots.append((key, [object]))
            count += 1
            return
        }
        switch kind {
        case .set, .orderedSet:
            entry.objects = [object]
        case .bag:
            guard !entry.objects.contains(where: { $0 == object }) else { return }
            entry.objects.append(object)
            count += 1
        case .duplicateBag:
            entry.objects.append(object)
            count += 1
        }
        slots[slot] = entry
    }

    /// Puts `objects` in place of the objects of `key` (an update of a `set`'s object).
    mutating func replace(key: Term, with objects: [Term]) {
        guard let slot = slotOfKey[key], var entry = slots[slot] else { return }
        count += objects.count - entry.objects.count
        entry.objects = objects
        slots[slot] = entry
    }

    /// Deletes every object of `key` and returns them.
    @discardableResult
    mutating func remove(key: Term) -> [Term] {
        guard let slot = slotOfKey.removeValue(forKey: key), let entry = slots[slot] else { return [] }
        slots[slot] = nil
        count -= entry.objects.count
        deletedSlots += 1
        compactIfSparse()
        return entry.objects
    }

    /// Deletes the objects of `key` identical to `object`.
    mutating func remove(object: Term, key: Term) {
        let kept = objects(forKey: key).filter { $0 != object }
        if kept.isEmpty { remove(key: key) } else { replace(key: key, with: kept) }
    }

    /// Deletes every object.
    mutating func removeAll() { self = HashedObjects() }

    /// The first key in the table's order, or nil when it is empty.
    var firstKey: Term? { slots.lazy.compactMap { $0?.key }.first }

    /// The key after `key`, nil at the end; `.none` when `key` is not in the table.
    func key(after key: Term) -> Term?? {
        guard let slot = slotOfKey[key] else { return .none }
        return .some(slots[(slot + 1)...].lazy.compactMap { $0?.key }.first)
    }

    /// Every object, in the table's order.
    var allObjects: [Term] { slots.flatMap { $0?.objects ?? [] } }

    /// Drops deleted slots once they are over half of all slots, so a table that churns
    /// keys does not grow without end.
    private mutating func compactIfSparse() {
        guard deletedSlots > 32, deletedSlots * 2 > slots.count else { return }
        slots = slots.compactMap { $0 }.map(Optional.some)
        slotOfKey = [:]
        for (index, slot) in slots.enumerated() {
            if let key = slot?.key { slotOfKey[key] = index }
        }
        deletedSlots = 0
    }
}
