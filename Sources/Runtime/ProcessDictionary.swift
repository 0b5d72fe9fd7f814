import Terms

/// A process's own key-value store (`Process.put/2`, `get`, `delete`), in insertion order.
struct ProcessDictionary {
    private var entries: [(key: Term, value: Term)] = []

    /// The value stored under `key`, if any.
    func value(for key: Term) -> Term? {
        entries.first { termsIdentical($0.key, key) }?.value
    }

    /// Stores `value` under `key` and returns the value it replaced.
    mutating func put(_ value: Term, for key: Term) -> Term? {
        if let index = index(of: key) {
            let old = entries[index].value
            entries[index].value = value
            return old
        }
        entries.append((key, value))
        return nil
    }

    /// Removes `key` and returns its value.
    mutating func delete(_ key: Term) -> Term? {
        guard let index = index(of: key) else { return nil }
        return entries.remove(at: index).value
    }

    /// Every entry, in insertion order.
    var allEntries: [(key: Term, value: Term)] { entries }

    private func index(of key: Term) -> Int? {
        entries.firstIndex { termsIdentical($0.key, key) }
    }
}
