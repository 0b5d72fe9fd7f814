/// A document built by guest code with `Inspect.Algebra` (the terms Elixir uses: binaries,
/// `:doc_nil`, `:doc_line`, `{:doc_cons, left, right}`, `{:doc_break, text, :strict | :flex}`,
/// `{:doc_nest, doc, indent, :always | :break}`, `{:doc_group, doc, :self | :inherit}`,
/// `{:doc_string, text, length}`, `{:doc_force, doc}`, `{:doc_color, doc, color}`), read as a
/// `Doc`; `{:doc_inspect, term}` is a term inspected in place. A user struct's `Inspect`
/// implementation stands in the inspected term as `%{__struct__: Inspect.Rendered, doc: doc}`.
enum InspectDocTerm {
    /// The struct name that marks a rendered document inside a term.
    static let renderedStruct = "Elixir.Inspect.Rendered"

    /// The `Doc` a document term describes; an unknown shape is inspected as a term.
    static func doc(_ term: Term, _ options: InspectOptions) -> Doc {
        var parts: [Doc] = []
        var rest = term
        while case .tuple(let box) = rest, box.elements.count == 3, box.elements[0] == .atom("doc_cons") {
            parts.append(doc(box.elements[1], options))
            rest = box.elements[2]
        }
        parts.append(single(rest, options))
        return parts.count == 1 ? parts[0] : .concat(parts)
    }

    private static func single(_ term: Term, _ options: InspectOptions) -> Doc {
        switch term {
        case .binary(let box): return .text(String(decoding: box.bytes, as: UTF8.self))
        case .atom(let atom) where atom.name == "doc_nil": return .empty
        case .atom(let atom) where atom.name == "doc_line": return .line
        case .tuple(let box): return tuple(box.elements, options) ?? term.toDoc(options)
        default: return term.toDoc(options)
        }
    }

    private static func tuple(_ elements: [Term], _ options: InspectOptions) -> Doc? {
        guard case .atom(let tag) = elements.first else { return nil }
        switch (tag.name, elements.count) {
        case ("doc_inspect", 2): return elements[1].toDoc(options)
        case ("doc_string", 3): return single(elements[1], options)
        case ("doc_force", 2): return .forceUnfit(doc(elements[1], options))
        case ("doc_color", 3): return doc(elements[1], options)
        case ("doc_group", 3): return .group(doc(elements[1], options), inherit: elements[2] == .atom("inherit"))
        case ("doc_break", 3):
            guard case .binary(let box) = elements[1] else { return nil }
            return .break(String(decoding: box.bytes, as: UTF8.self), elements[2] == .atom("flex") ? .flex : .strict)
        case ("doc_nest", 4):
            guard let indent = indent(elements[2]) else { return nil }
            return .nest(doc(elements[1], options), indent, elements[3] == .atom("break") ? .onBreak : .always)
        default: return nil
        }
    }

    private static func indent(_ term: Term) -> Doc.Indent? {
        switch term {
        case .int(let columns): return .columns(columns)
        case .atom(let atom) where atom.name == "cursor": return .cursor
        case .atom(let atom) where atom.name == "reset": return .reset
        default: return nil
        }
    }
}

extension Term {
    /// `Inspect.Algebra.format/2`: the document term laid out within `width` columns (nil: one line).
    public static func formatDocument(_ document: Term, width: Int?) -> String {
        Doc.group(InspectDocTerm.doc(document, InspectOptions())).format(width: width)
    }
}
