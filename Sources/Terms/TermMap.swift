/// Map operations. Callers go through these (never the storage arrays), so the
/// storage can become a HAMT for large maps without changing them.
///
/// Keys are kept in map-key order (`Term.compareKeys`), the order in which
/// Elixir prints and enumerates maps of up to 32 keys.
extension MapBox {
    /// The empty map `%{}`.
    public static let empty = MapBox(sortedKeys: [], values: [])

    /// Up to this many keys, a lookup scans with `===` (cheap for atoms: no
    /// names are compared) before any binary search.
    private static let linearScanLimit = 16

    /// Up to this many keys (Elixir's own limit for its small, sorted maps) the entries are two
    /// sorted arrays; above it, a balanced tree.
    static let arrayLimit = 32

    /// How many keys the map holds (`map_size/1`).
    public var count: Int { tree?.size ?? keys.count }

    /// Whether the map has no keys.
    public var isEmpty: Bool { count == 0 }

    /// The keys and values in key order, as arrays (one walk of a large map's tree for both).
    var sortedEntries: (keys: [Term], values: [Term]) {
        tree.map { MapTree.entries($0) } ?? (keys, values)
    }

    /// The position of `key` if present, else the position where it would be inserted.
    private func slot(of key: Term) -> (found: Bool, index: Int) {
        if keys.count <= MapBox.linearScanLimit {
            for index in keys.indices where keys[index] == key { return (true, index) }
        }
        return binarySearch(key)
    }

    /// Finds `key` by binary search in map-key order.
    private func binarySearch(_ key: Term) -> (found: Bool, index: Int) {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            let order = Term.compareKeys(keys[middle], key)
            if order == 0 { return (true, middle) }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return (false, low)
    }

    /// The value stored under `key` (matched with `===`), or nil.
    public func get(_ key: Term) -> Term? {
        if let tree { return MapTree.get(key, in: tree) }
        let slot = slot(of: key)
        return slot.found ? values[slot.index] : nil
    }

    /// Whether the map has `key` (`Map.has_key?/2`).
    public func contains(_ key: Term) -> Bool {
        get(key) != nil
    }

    /// A map with `key` set to `value`, replacing any previous value.
    public func putting(_ key: Term, _ value: Term) -> MapBox {
        if let tree { return MapBox(tree: MapTree.insert(key, value, into: tree)) }
        let slot = slot(of: key)
        var newKeys = keys
        var newValues = values
        if slot.found {
            newValues[slot.index] = value
        } else {
            newKeys.insert(key, at: slot.index)
            newValues.insert(value, at: slot.index)
        }
        return MapBox(sortedKeys: newKeys, values: newValues)
    }

    /// A map with `value` under `key` only if `key` is already present (the
    /// `%{map | key: value}` update); nil when the key is missing.
    public func updating(_ key: Term, _ value: Term) -> MapBox? {
        if let tree {
            guard MapTree.get(key, in: tree) != nil else { return nil }
            return MapBox(tree: MapTree.insert(key, value, into: tree))
        }
        let slot = slot(of: key)
        guard slot.found else { return nil }
        var newValues = values
        newValues[slot.index] = value
        return MapBox(sortedKeys: keys, values: newValues)
    }

    /// A map without `key`; the same map when the key is absent.
    public func removing(_ key: Term) -> MapBox {
        if let tree {
            let smaller = MapTree.remove(key, from: tree)
            return smaller === tree ? self : MapBox(tree: smaller)
        }
        let slot = slot(of: key)
        guard slot.found else { return self }
        var newKeys = keys
        var newValues = values
        newKeys.remove(at: slot.index)
        newValues.remove(at: slot.index)
        return MapBox(sortedKeys: newKeys, values: newValues)
    }

    /// Both maps' entries; on a shared key the value from `other` wins (`Map.merge/2`).
    public func merging(_ other: MapBox) -> MapBox {
        if other.isEmpty { return self }
        if isEmpty { return other }
        let (keys, values) = sortedEntries
        let (otherKeys, otherValues) = other.sortedEntries
        var merger = SortedMerge(capacity: keys.count + otherKeys.count)
        var left = 0
        var right = 0
        while left < keys.count, right < otherKeys.count {
            let order = Term.compareKeys(keys[left], otherKeys[right])
            if order < 0 {
                merger.append(keys[left], values[left]); left += 1
            } else {
                merger.append(otherKeys[right], otherValues[right]); right += 1
                if order == 0 { left += 1 }
            }
        }
        merger.append(keys[left...], values[left...])
        merger.append(otherKeys[right...], otherValues[right...])
        return merger.box
    }

    /// A map of the given key-value pairs; when a key repeats, the later pair wins
    /// (`Map.new/1`, `%{a: 1, a: 2}`).
    public static func fromPairs(_ pairs: [(key: Term, value: Term)]) -> MapBox {
        let sorted = pairs.indices.sorted { first, second in
            let order = Term.compareKeys(pairs[first].key, pairs[second].key)
            return order == 0 ? first < second : order < 0
        }
        var merger = SortedMerge(capacity: sorted.count)
        for (position, index) in sorted.enumerated() {
            let next = position + 1
            if next < sorted.count, pairs[sorted[next]].key == pairs[index].key { continue }
            merger.append(pairs[index].key, pairs[index].value)
        }
        return merger.box
    }

    /// The entries in key order, as `(key, value)` pairs.
    public var entries: Entries { Entries(map: self) }

    /// The keys in key order (`Map.keys/1`).
    public var orderedKeys: [Term] { tree.map { MapTree.entries($0).keys } ?? keys }

    /// The values in key order (`Map.values/1`).
    public var orderedValues: [Term] { tree.map { MapTree.entries($0).values } ?? values }

    /// A map's entries in key order.
    public struct Entries: Sequence {
        /// The map being walked.
        let map: MapBox

        /// Makes an iterator over the entries.
        public func makeIterator() -> Iterator { Iterator(map: map, position: 0, nodes: MapTree.InOrder(map.tree)) }

        /// Steps through a map's entries in key order.
        public struct Iterator: IteratorProtocol {
            /// The map being walked.
            let map: MapBox
            /// The next entry's position in a small map.
            var position: Int
            /// The walk through a large map's tree.
            var nodes: MapTree.InOrder

            /// The next entry, or nil after the last.
            public mutating func next() -> (key: Term, value: Term)? {
                if map.tree != nil { return nodes.next().map { ($0.key, $0.value) } }
                guard position < map.keys.count else { return nil }
                defer { position += 1 }
                return (map.keys[position], map.values[position])
            }
        }
    }
}

/// Collects keys and values that arrive already in key order.
private struct SortedMerge {
    var keys: [Term] = []
    var values: [Term] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    mutating func append(_ key: Term, _ value: Term) {
        keys.append(key)
        values.append(value)
    }

    mutating func append(_ moreKeys: ArraySlice<Term>, _ moreValues: ArraySlice<Term>) {
        keys.append(contentsOf: moreKeys)
        values.append(contentsOf: moreValues)
    }

    var box: MapBox { MapBox(sortedKeys: keys, values: values) }
}
