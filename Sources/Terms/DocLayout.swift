/// Lays out a `Doc` within a width, following `Inspect.Algebra.format/2`:
/// a group is flat when its own content fits the rest of the line, a flex
/// break is taken only when what follows it up to the next possible break
/// does not fit. Both walks use explicit stacks, never host recursion.
extension Doc {
    /// The document laid out within `width` columns (nil for no limit).
    public func format(width: Int?) -> String {
        var layout = DocLayout(width: width ?? Int.max)
        layout.run(self)
        return layout.output
    }
}

/// One document waiting to be laid out, with its indentation and mode.
private struct LayoutEntry {
    let indent: Int
    let broken: Bool
    let doc: Doc
}

/// An entry of the fitting walk: a document, or the point where a group ends
/// and the "a break was seen" flag returns to what it was before the group.
private enum FitEntry {
    case doc(LayoutEntry)
    case restoreBreakSeen(Bool)
}

/// The state of one layout run.
private struct DocLayout {
    let width: Int
    var output = ""
    var column = 0
    var stack: [LayoutEntry] = []

    init(width: Int) { self.width = width }

    var unlimited: Bool { width == Int.max }

    mutating func run(_ doc: Doc) {
        stack.append(LayoutEntry(indent: 0, broken: false, doc: doc))
        while let entry = stack.popLast() { place(entry) }
    }

    private mutating func place(_ entry: LayoutEntry) {
        switch entry.doc {
        case .empty: break
        case .line: newline(indent: entry.indent)
        case .text(let text): emit(text)
        case .concat(let docs): push(docs, like: entry)
        case .forceUnfit(let inner): stack.append(entry.with(inner))
        case .break(let separator, .strict):
            if entry.broken { newline(indent: entry.indent) } else { emit(separator) }
        case .break(let separator, .flex): placeFlexBreak(separator, entry)
        case .nest(let inner, let indent, let mode):
            let applies = mode == .always || entry.broken
            let nested = applies ? nesting(entry.indent, indent, column) : entry.indent
            stack.append(LayoutEntry(indent: nested, broken: entry.broken, doc: inner))
        case .group(let inner, let inherit): placeGroup(inner, inherit: inherit, entry)
        }
    }

    private mutating func placeFlexBreak(_ separator: String, _ entry: LayoutEntry) {
        let after = column + separator.utf8.count
        if unlimited || !entry.broken || fits(from: after, breakSeen: true, pending: [], rest: stack) {
            emit(separator)
        } else {
            newline(indent: entry.indent)
        }
    }

    private mutating func placeGroup(_ inner: Doc, inherit: Bool, _ entry: LayoutEntry) {
        if entry.broken && inherit {
            stack.append(LayoutEntry(indent: entry.indent, broken: true, doc: inner))
            return
        }
        let flat = LayoutEntry(indent: entry.indent, broken: false, doc: inner)
        let fitsFlat = unlimited || fits(from: column, breakSeen: false, pending: [.doc(flat)], rest: [])
        stack.append(fitsFlat ? flat : LayoutEntry(indent: entry.indent, broken: true, doc: inner))
    }

    private mutating func push(_ docs: [Doc], like entry: LayoutEntry) {
        for doc in docs.reversed() { stack.append(entry.with(doc)) }
    }

    private mutating func emit(_ text: String) {
        output += text
        column += text.utf8.count
    }

    private mutating func newline(indent: Int) {
        output += "\n"
        output += String(repeating: " ", count: indent)
        column = indent
    }

    /// Whether the pending documents, then `rest` from its top down, fit in the
    /// width before the next break that may be taken (`fits?/4` in Elixir).
    private func fits(from start: Int, breakSeen: Bool, pending: [FitEntry], rest: [LayoutEntry]) -> Bool {
        var walk = FitWalk(width: width, column: start, breakSeen: breakSeen, pending: pending, rest: rest)
        return walk.run()
    }

}

/// The lookahead of `DocLayout`: walks documents flat, measuring columns,
/// until it knows whether they fit.
private struct FitWalk {
    let width: Int
    var column: Int
    var breakSeen: Bool
    var pending: [FitEntry]
    let rest: [LayoutEntry]
    var restIndex: Int

    init(width: Int, column: Int, breakSeen: Bool, pending: [FitEntry], rest: [LayoutEntry]) {
        self.width = width
        self.column = column
        self.breakSeen = breakSeen
        self.pending = pending
        self.rest = rest
        self.restIndex = rest.count
    }

    /// Walks until the answer is known.
    mutating func run() -> Bool {
        while true {
            if column > width && breakSeen { return false }
            guard let next = nextEntry() else { return true }
            switch next {
            case .restoreBreakSeen(let saved): breakSeen = saved
            case .doc(let entry): if let answer = measure(entry) { return answer }
            }
        }
    }

    /// The next entry: pending ones first, then the layout's stack from the top.
    private mutating func nextEntry() -> FitEntry? {
        if let entry = pending.popLast() { return entry }
        guard restIndex > 0 else { return nil }
        restIndex -= 1
        return .doc(rest[restIndex])
    }

    /// Accounts for one document; returns the answer when it settles it.
    private mutating func measure(_ entry: LayoutEntry) -> Bool? {
        switch entry.doc {
        case .break where entry.broken, .line where entry.broken: return true
        case .forceUnfit: return false
        case .group(let inner, _):
            pending.append(.restoreBreakSeen(breakSeen))
            pending.append(.doc(LayoutEntry(indent: entry.indent, broken: false, doc: inner)))
        case .line:
            column = entry.indent
            breakSeen = false
        case .empty: break
        case .text(let text): column += text.utf8.count
        case .break(let separator, _):
            column += separator.utf8.count
            breakSeen = true
        case .nest(let inner, let indent, let mode):
            let nested = mode == .always ? nesting(entry.indent, indent, column) : entry.indent
            pending.append(.doc(LayoutEntry(indent: nested, broken: entry.broken, doc: inner)))
        case .concat(let docs):
            for doc in docs.reversed() { pending.append(.doc(entry.with(doc))) }
        }
        return nil
    }
}

/// The indentation a nest gives: `current` plus columns, the cursor's column, or zero.
private func nesting(_ current: Int, _ indent: Doc.Indent, _ column: Int) -> Int {
    switch indent {
    case .columns(let extra): return current + extra
    case .cursor: return column
    case .reset: return 0
    }
}

extension LayoutEntry {
    /// The same indentation and mode for another document.
    func with(_ doc: Doc) -> LayoutEntry {
        LayoutEntry(indent: indent, broken: broken, doc: doc)
    }
}
