/// Releases nested terms with an explicit work list instead of recursion: a box that is
/// about to die hands the boxes only it refers to over to the list, empties them one at a
/// time, and each then dies with nothing left to release. Dropping data nested millions
/// deep (`Enum.reduce(1..1_000_000, :ok, &{&1, &2})`) so never touches the host stack.
enum TermRelease {
    /// Takes a cons cell, tuple or map out of `field` when nothing else refers to it.
    static func detach(_ field: inout Term, into pending: inout [Term]) {
        if case .cons(var cell) = field {
            field = .emptyList
            if isKnownUniquelyReferenced(&cell) { pending.append(.cons(cell)) }
        } else if case .tuple(var box) = field {
            field = .emptyList
            if isKnownUniquelyReferenced(&box) { pending.append(.tuple(box)) }
        } else if case .map(var box) = field {
            field = .emptyList
            if isKnownUniquelyReferenced(&box) { pending.append(.map(box)) }
        }
    }

    /// Takes the boxes only `fields` refer to.
    static func detach(_ fields: inout [Term], into pending: inout [Term]) {
        for index in fields.indices {
            switch fields[index] {
            case .cons, .tuple, .map: detach(&fields[index], into: &pending)
            default: continue
            }
        }
    }

    /// Takes the tree nodes only `field` refers to, emptying each (its entries go to `pending`)
    /// one at a time, so a tree of any size or depth is released without recursion.
    static func detach(tree field: inout MapTreeNode?, into pending: inout [Term]) {
        var nodes: [MapTreeNode] = []
        if var node = field {
            field = nil
            if isKnownUniquelyReferenced(&node) { nodes.append(node) }
        }
        while let node = nodes.popLast() {
            if var child = node.left {
                node.left = nil
                if isKnownUniquelyReferenced(&child) { nodes.append(child) }
            }
            if var child = node.right {
                node.right = nil
                if isKnownUniquelyReferenced(&child) { nodes.append(child) }
            }
            detach(&node.key, into: &pending)
            detach(&node.value, into: &pending)
        }
    }

    /// Empties every pending box; each is freed, childless, when the loop lets go of it.
    static func drain(_ pending: inout [Term]) {
        while let term = pending.popLast() {
            switch term {
            case .cons(let cell):
                detach(&cell.head, into: &pending)
                detach(&cell.tail, into: &pending)
            case .tuple(let box):
                detach(&box.elements, into: &pending)
            case .map(let box):
                detach(&box.values, into: &pending)
                detach(&box.keys, into: &pending)
                detach(tree: &box.tree, into: &pending)
            default:
                continue
            }
        }
    }
}
