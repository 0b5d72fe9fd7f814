/// A document in the style of Elixir's `Inspect.Algebra`: text, breaks that are
/// either a separator or a newline, nesting, and groups that are laid out flat
/// when they fit the width and broken otherwise.
///
/// Concatenation is a flat array rather than a chain of pairs, so a document
/// for a long collection stays shallow (the layout is the same either way).
public indirect enum Doc: Sendable {
    /// Nothing.
    case empty
    /// Text; its width is its byte count, as Elixir measures binaries.
    case text(String)
    /// The documents one after another.
    case concat([Doc])
    /// Indents the document's line breaks by `Indent`.
    case nest(Doc, Indent, NestMode)
    /// The separator in flat mode, a newline and the indentation in break mode.
    case `break`(String, BreakKind)
    /// A unit of layout: flat when it fits, broken otherwise (`inherit` breaks
    /// with its parent).
    case group(Doc, inherit: Bool)
    /// A newline that is always taken.
    case line
    /// Forces the enclosing group to break.
    case forceUnfit(Doc)

    /// How much a nest adds to the indentation.
    public enum Indent: Sendable, Equatable {
        /// This many more columns.
        case columns(Int)
        /// The column where the nest starts.
        case cursor
        /// Back to column zero.
        case reset
    }

    /// When a nest applies.
    public enum NestMode: Sendable {
        /// Always.
        case always
        /// Only inside a group that is broken.
        case onBreak
    }

    /// How a break decides between its separator and a newline.
    public enum BreakKind: Sendable {
        /// Follows its group: all of a group's strict breaks break together.
        case strict
        /// Breaks only when what follows up to the next break does not fit.
        case flex
    }
}

/// Builders named after `Inspect.Algebra`'s functions.
extension Doc {
    /// The documents concatenated.
    public static func concat(_ docs: Doc...) -> Doc { .concat(docs) }

    /// `nest(doc, level)`: indents line breaks inside `doc` by `level` columns.
    public static func nest(_ doc: Doc, _ level: Int) -> Doc {
        level == 0 ? doc : .nest(doc, .columns(level), .always)
    }

    /// `glue(left, separator, right)`: a strict break between two documents.
    public static func glue(_ left: Doc, _ separator: String = " ", _ right: Doc) -> Doc {
        .concat([left, .break(separator, .strict), right])
    }

    /// `flex_glue(left, separator, right)`: a flex break between two documents.
    public static func flexGlue(_ left: Doc, _ separator: String = " ", _ right: Doc) -> Doc {
        .concat([left, .break(separator, .flex), right])
    }

    /// `group(doc)`.
    public static func group(_ doc: Doc) -> Doc { .group(doc, inherit: false) }

    /// Whether the document is only text (Elixir's `simple?` test in `container_doc`).
    var isSimple: Bool {
        switch self {
        case .empty, .text: return true
        case .concat(let docs): return docs.allSatisfy(\.isSimple)
        default: return false
        }
    }
}
