/// Elixir's `container_doc/6`: elements separated by commas inside brackets,
/// cut at the element limit with `...`, each element inspected with the limit
/// that remains.
enum InspectContainer {
    /// How the breaks between elements behave.
    enum BreakStyle {
        /// Every break breaks when the container does not fit (keyword lists, maps).
        case strict
        /// As many elements per line as fit (tuples).
        case flex
        /// Flex when every element is plain text, strict otherwise (lists).
        case maybe
    }

    /// A container of already-inspectable elements.
    static func doc(
        open: String, close: String, style: BreakStyle, count: Int,
        element: (Int, InspectOptions) -> Doc, _ options: InspectOptions
    ) -> Doc {
        guard count > 0 else { return .text(open + close) }
        var docs: [Doc] = []
        var simple = style == .maybe
        var remaining = options.limit
        for index in 0..<count {
            if remaining == 0 {
                docs.append(.text("..."))
                break
            }
            remaining = remaining.map { $0 - 1 }
            let doc = element(index, options.with(limit: remaining))
            simple = simple && doc.isSimple
            docs.append(doc)
        }
        return assemble(open: open, close: close, docs: docs, flex: simple || style == .flex)
    }

    /// Joins element documents with `,` and breaks, then wraps them in the brackets.
    static func assemble(open: String, close: String, docs: [Doc], flex: Bool) -> Doc {
        var joined: [Doc] = []
        joined.reserveCapacity(docs.count * 3)
        for (index, doc) in docs.enumerated() {
            if index > 0 { joined.append(.break(" ", flex ? .flex : .strict)) }
            joined.append(index < docs.count - 1 ? .concat([doc, .text(",")]) : doc)
        }
        let body = Doc.concat(joined)
        if flex {
            return .group(.concat([.text(open), .nest(body, 1), .text(close)]))
        }
        let opened = Doc.nest(.concat([.text(open), .break("", .strict), body]), 2)
        return .group(.concat([opened, .break("", .strict), .text(close)]))
    }

    /// `{a, b, c}`.
    static func tuple(_ elements: [Term], _ options: InspectOptions) -> Doc {
        doc(open: "{", close: "}", style: .flex, count: elements.count,
            element: { elements[$0].toDoc($1) }, options)
    }

    /// `%{a: 1}` or `%{1 => 2}`; with a `name`, `%Name{a: 1}`.
    static func map(_ map: MapBox, name: String, _ options: InspectOptions) -> Doc {
        let (keys, values) = map.sortedEntries
        let keyword = keys.allSatisfy(isKeywordKey)
        return doc(open: "%" + name + "{", close: "}", style: .strict, count: keys.count, element: { index, options in
            keyword ? keywordPair(keys[index], values[index], options) : arrowPair(keys[index], values[index], options)
        }, options)
    }

    /// `key: value`.
    static func keywordPair(_ key: Term, _ value: Term, _ options: InspectOptions) -> Doc {
        guard case .atom(let atom) = key else { return arrowPair(key, value, options) }
        return .concat([.text(atom.keyText + " "), value.toDoc(options)])
    }

    /// `key => value`.
    private static func arrowPair(_ key: Term, _ value: Term, _ options: InspectOptions) -> Doc {
        .concat([key.toDoc(options), .text(" => "), value.toDoc(options)])
    }

    /// Whether a key can be written `key:` (an atom that is not an `Elixir.` alias).
    static func isKeywordKey(_ key: Term) -> Bool {
        guard case .atom(let atom) = key else { return false }
        return !atom.isElixirAlias
    }
}
