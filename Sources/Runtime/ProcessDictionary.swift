import Terms

/// A process's own key-value store (`Process.put/2`, `get`, `delete`);
/// keys compare strictly (`===`), as Elixir's do.
struct ProcessDictionary {
    private var storage: [Term: Term] = [:]

    /// The value stored under `key`, if any.
    func value(for key: Term) -> Term? {
        storage[key]
    }

    /// Stores `value` under `key` and returns the value it replaced.
    mutating func put(_ value: Term, for key: Term) -> Term? {
        storage.updateValue(value, forKey: key)
    }

    /// Removes `key` and returns its value.
    mutating func delete(_ key: Term) -> Term? {
        storage.removeValue(forKey: key)
    }

    /// Every entry, keys in term order (Elixir leaves the order unspecified; this one is repeatable).
    var allEntries: [(key: Term, value: Term)] {
        storage.sorted { Term.compareKeys($0.key, $1.key) < 0 }.map { (key: $0.key, value: $0.value) }
    }
}
