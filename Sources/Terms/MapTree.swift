/// The entries of a large map: a persistent weight-balanced tree in map-key order (Adams'
/// trees with Data.Map's parameters), so putting or removing one key copies only the
/// O(log n) nodes on its path instead of the whole map.
final class MapTreeNode {
    /// The entry's key (written only when the node is released, see `TermRelease`).
    var key: Term
    /// The entry's value (written only when the node is released).
    var value: Term
    /// Entries whose keys come before `key` (written only when the node is released).
    var left: MapTreeNode?
    /// Entries whose keys come after `key` (written only when the node is released).
    var right: MapTreeNode?
    /// How many entries this subtree holds.
    let size: Int

    init(_ key: Term, _ value: Term, _ left: MapTreeNode?, _ right: MapTreeNode?) {
        self.key = key
        self.value = value
        self.left = left
        self.right = right
        self.size = (left?.size ?? 0) + (right?.size ?? 0) + 1
    }

    /// Releases the subtrees and entries only this node holds without recursion.
    deinit {
        var pending: [Term] = []
        TermRelease.detach(tree: &left, into: &pending)
        TermRelease.detach(tree: &right, into: &pending)
        TermRelease.detach(&key, into: &pending)
        TermRelease.detach(&value, into: &pending)
        TermRelease.drain(&pending)
    }
}

/// Operations on map trees; nil is the empty tree.
enum MapTree {
    /// How much bigger one side may grow than the other before a rotation.
    private static let delta = 3
    /// Chooses between a single and a double rotation.
    private static let ratio = 2

    static func size(_ tree: MapTreeNode?) -> Int { tree?.size ?? 0 }

    /// A perfectly balanced tree of entries already in key order.
    static func build(_ keys: ArraySlice<Term>, _ values: ArraySlice<Term>) -> MapTreeNode? {
        guard !keys.isEmpty else { return nil }
        let middle = keys.startIndex + keys.count / 2
        let offset = values.startIndex - keys.startIndex
        return MapTreeNode(
            keys[middle], values[middle + offset],
            build(keys[keys.startIndex..<middle], values[values.startIndex..<(middle + offset)]),
            build(keys[(middle + 1)...], values[(middle + offset + 1)...]))
    }

    /// The value under `key`, or nil.
    static func get(_ key: Term, in tree: MapTreeNode?) -> Term? {
        var node = tree
        while let current = node {
            let order = Term.compareKeys(key, current.key)
            if order == 0 { return current.value }
            node = order < 0 ? current.left : current.right
        }
        return nil
    }

    /// The tree with `key` set to `value`.
    static func insert(_ key: Term, _ value: Term, into tree: MapTreeNode?) -> MapTreeNode {
        guard let tree else { return MapTreeNode(key, value, nil, nil) }
        let order = Term.compareKeys(key, tree.key)
        if order == 0 { return MapTreeNode(key, value, tree.left, tree.right) }
        if order < 0 { return balance(tree.key, tree.value, insert(key, value, into: tree.left), tree.right) }
        return balance(tree.key, tree.value, tree.left, insert(key, value, into: tree.right))
    }

    /// The tree without `key` (the same tree when the key is absent).
    static func remove(_ key: Term, from tree: MapTreeNode?) -> MapTreeNode? {
        guard let tree else { return nil }
        let order = Term.compareKeys(key, tree.key)
        if order < 0 {
            let left = remove(key, from: tree.left)
            return left === tree.left ? tree : balance(tree.key, tree.value, left, tree.right)
        }
        if order > 0 {
            let right = remove(key, from: tree.right)
            return right === tree.right ? tree : balance(tree.key, tree.value, tree.left, right)
        }
        return glue(tree.left, tree.right)
    }

    /// The entries in key order.
    static func entries(_ tree: MapTreeNode?) -> (keys: [Term], values: [Term]) {
        var keys: [Term] = [], values: [Term] = []
        keys.reserveCapacity(size(tree))
        values.reserveCapacity(size(tree))
        var iterator = InOrder(tree)
        while let node = iterator.next() {
            keys.append(node.key)
            values.append(node.value)
        }
        return (keys, values)
    }

    /// Walks a tree's nodes in key order with an explicit stack.
    struct InOrder {
        private var stack: [MapTreeNode] = []

        init(_ tree: MapTreeNode?) { descend(tree) }

        mutating func next() -> MapTreeNode? {
            guard let node = stack.popLast() else { return nil }
            descend(node.right)
            return node
        }

        private mutating func descend(_ tree: MapTreeNode?) {
            var node = tree
            while let current = node {
                stack.append(current)
                node = current.left
            }
        }
    }

    /// Joins two trees whose keys are all in order, left before right.
    private static func glue(_ left: MapTreeNode?, _ right: MapTreeNode?) -> MapTreeNode? {
        guard let left else { return right }
        guard let right else { return left }
        if left.size > right.size {
            let (key, value, rest) = removeMaximum(left)
            return balance(key, value, rest, right)
        }
        let (key, value, rest) = removeMinimum(right)
        return balance(key, value, left, rest)
    }

    private static func removeMinimum(_ tree: MapTreeNode) -> (Term, Term, MapTreeNode?) {
        guard let left = tree.left else { return (tree.key, tree.value, tree.right) }
        let (key, value, rest) = removeMinimum(left)
        return (key, value, balance(tree.key, tree.value, rest, tree.right))
    }

    private static func removeMaximum(_ tree: MapTreeNode) -> (Term, Term, MapTreeNode?) {
        guard let right = tree.right else { return (tree.key, tree.value, tree.left) }
        let (key, value, rest) = removeMaximum(right)
        return (key, value, balance(tree.key, tree.value, tree.left, rest))
    }

    /// A node over `left` and `right`, rotated when one side has grown too heavy.
    private static func balance(_ key: Term, _ value: Term, _ left: MapTreeNode?, _ right: MapTreeNode?) -> MapTreeNode {
        let leftSize = size(left), rightSize = size(right)
        if leftSize + rightSize > 1 {
            if let right, rightSize > delta * leftSize { return rotateLeft(key, value, left, right) }
            if let left, leftSize > delta * rightSize { return rotateRight(key, value, left, right) }
        }
        return MapTreeNode(key, value, left, right)
    }

    private static func rotateLeft(_ key: Term, _ value: Term, _ left: MapTreeNode?, _ right: MapTreeNode) -> MapTreeNode {
        guard let inner = right.left, size(inner) >= ratio * size(right.right) else {
            return MapTreeNode(right.key, right.value, MapTreeNode(key, value, left, right.left), right.right)
        }
        return MapTreeNode(
            inner.key, inner.value, MapTreeNode(key, value, left, inner.left), MapTreeNode(right.key, right.value, inner.right, right.right))
    }

    private static func rotateRight(_ key: Term, _ value: Term, _ left: MapTreeNode, _ right: MapTreeNode?) -> MapTreeNode {
        guard let inner = left.right, size(inner) >= ratio * size(left.left) else {
            return MapTreeNode(left.key, left.value, left.left, MapTreeNode(key, value, left.right, right))
        }
        return MapTreeNode(
            inner.key, inner.value, MapTreeNode(left.key, left.value, left.left, inner.left), MapTreeNode(key, value, inner.right, right))
    }
}
