/// Lists: charlists `'abc'`, keyword lists `[a: 1]`, improper lists `[1 | 2]`.
enum InspectList {
    /// The document of a non-empty list.
    static func doc(_ first: Cons, _ options: InspectOptions) -> Doc {
        if options.charlists == .infer, isPrintableCharlist(first, limit: options.printableLimit) {
            return charlist(first, options)
        }
        if isKeyword(first) {
            return elements(first, style: .strict, options) { pair, options in
                guard case .tuple(let box) = pair else { return pair.toDoc(options) }
                return InspectContainer.keywordPair(box.elements[0], box.elements[1], options)
            }
        }
        return elements(first, style: .maybe, options) { $0.toDoc($1) }
    }

    /// Walks the cells up to the limit; an improper tail joins the last element with ` |`.
    private static func elements(
        _ first: Cons, style: InspectContainer.BreakStyle, _ options: InspectOptions,
        element: (Term, InspectOptions) -> Doc
    ) -> Doc {
        var docs: [Doc] = []
        var simple = style == .maybe
        var remaining = options.limit
        var list = Term.cons(first)
        while case .cons(let cell) = list {
            if remaining == 0 {
                docs.append(.text("..."))
                break
            }
            remaining = remaining.map { $0 - 1 }
            let inner = options.with(limit: remaining)
            var doc = element(cell.head, inner)
            simple = simple && doc.isSimple
            list = cell.tail
            if !list.isList {
                let tail = element(list, inner)
                simple = simple && tail.isSimple
                doc = .concat([doc, .text(" |"), .break(" ", simple ? .flex : .strict), tail])
            }
            docs.append(doc)
        }
        return InspectContainer.assemble(open: "[", close: "]", docs: docs, flex: simple || style == .flex)
    }

    /// `List.ascii_printable?/2`: a proper list of printable ASCII code points,
    /// checked up to `limit` elements.
    private static func isPrintableCharlist(_ first: Cons, limit: Int?) -> Bool {
        var remaining = limit ?? Int.max
        var list = Term.cons(first)
        while remaining > 0 {
            switch list {
            case .emptyList: return true
            case .cons(let cell) where TextEscape.isAsciiPrintable(cell.head):
                list = cell.tail
                remaining -= 1
            default: return false
            }
        }
        return true
    }

    /// `'abc'`, escaped with `'` as the delimiter.
    private static func charlist(_ first: Cons, _ options: InspectOptions) -> Doc {
        var bytes: [UInt8] = []
        var list = Term.cons(first)
        while case .cons(let cell) = list, case .int(let code) = cell.head, let byte = UInt8(exactly: code) {
            bytes.append(byte)
            list = cell.tail
        }
        let escaped = TextEscape.escape(bytes, delimiter: UInt8(ascii: "'"), limit: options.printableLimit)
        return .text("'" + escaped.text + "'" + (escaped.truncated ? " ++ ..." : ""))
    }

    /// Whether every element is a `{key, value}` pair with a keyword key.
    private static func isKeyword(_ first: Cons) -> Bool {
        var list = Term.cons(first)
        while case .cons(let cell) = list {
            guard case .tuple(let box) = cell.head, box.elements.count == 2,
                  InspectContainer.isKeywordKey(box.elements[0]) else { return false }
            list = cell.tail
        }
        return list == .emptyList
    }
}

extension Term {
    /// Whether the term is `[]` or a cons cell.
    var isList: Bool {
        switch self {
        case .emptyList, .cons: return true
        default: return false
        }
    }
}
