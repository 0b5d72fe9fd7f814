import Terms

/// The objects of an `ordered_set` table, sorted by key in term order.
///
/// Keys compare as `==` does, so `1` and `1.0` are the same key, as in ETS. Objects sit in
/// one sorted array: a look-up is a binary search; an insertion moves the objects after it,
/// which costs nothing when keys arrive in order, as they mostly do.
struct OrderedObjects {
    private var objects: [Term] = []
    /// The tuple position of the key, counted from zero.
    let keyIndex: Int

    /// Makes an empty table whose key is element `keyIndex` (from zero) of each object.
    init(keyIndex: Int) { self.keyIndex = keyIndex }

    /// How many objects the table holds.
    var count: Int { objects.count }

    /// The object whose key is `key`, if any.
    func object(forKey key: Term) -> Term? {
        let index = firstIndex(notBelow: key)
        guard index < objects.count, Term.compare(self.key(at: index), key) == 0 else { return nil }
        return objects[index]
    }

    /// Puts `object` in the table, in place of the object with an equal key.
    mutating func insert(_ object: Term, key: Term) {
        let index = firstIndex(notBelow: key)
        if index < objects.count, Term.compare(self.key(at: index), key) == 0 {
            objects[index] = object
        } else {
            objects.insert(object, at: index)
        }
    }

    /// Deletes the object of `key` and returns it.
    @discardableResult
    mutating func remove(key: Term) -> Term? {
        let index = firstIndex(notBelow: key)
        guard index < objects.count, Term.compare(self.key(at: index), key) == 0 else { return nil }
        return objects.remove(at: index)
    }

    /// Deletes every object.
    mutating func removeAll() { objects = [] }

    /// The smallest key, or nil when the table is empty.
    var firstKey: Term? { objects.isEmpty ? nil : key(at: 0) }

    /// The largest key, or nil when the table is empty.
    var lastKey: Term? { objects.isEmpty ? nil : key(at: objects.count - 1) }

    /// The smallest key above `key` (which need not be in the table), or nil.
    func key(after key: Term) -> Term? {
        var index = firstIndex(notBelow: key)
        if index < objects.count, Term.compare(self.key(at: index), key) == 0 { index += 1 }
        return index < objects.count ? self.key(at: index) : nil
    }

    /// The largest key below `key` (which need not be in the table), or nil.
    func key(before key: Term) -> Term? {
        let index = firstIndex(notBelow: key)
        return index > 0 ? self.key(at: index - 1) : nil
    }

    /// Every object, in key order.
    var allObjects: [Term] { objects }

    private func key(at index: Int) -> Term {
        guard case .tuple(let box) = objects[index] else { return objects[index] }
        return box.elements[keyIndex]
    }

    /// The index of the first object whose key is not below `key` (the end when there is none).
    private func firstIndex(notBelow key: Term) -> Int {
        if let last = lastKey, Term.compare(last, key) < 0 { return objects.count }
        var low = 0
        var high = objects.count
        while low < high {
            let middle = (low + high) / 2
            if Term.compare(self.key(at: middle), key) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
