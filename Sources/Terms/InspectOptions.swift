/// Options for `inspect`, as Elixir's `Inspect.Opts` has them.
public struct InspectOptions: Sendable {
    /// How lists are printed when they could be charlists.
    public enum Charlists: Sendable {
        /// As `'abc'` when every element is a printable ASCII code point.
        case infer
        /// Always as lists of integers.
        case asLists
    }

    /// The most elements shown per list, tuple, map or binary (nil: no limit).
    public var limit: Int?
    /// The most characters shown of a printable string or charlist (nil: no limit).
    public var printableLimit: Int?
    /// The line width; `inspect` uses it only when `pretty` is set, `IO.inspect` always.
    public var width: Int?
    /// Whether `inspect` breaks lines at `width`.
    public var pretty: Bool
    /// How lists of integers print.
    public var charlists: Charlists
    /// The base integers print in (2, 8, 10 or 16), as `base: :binary | :octal | :decimal | :hex`.
    public var base = 10
    /// Whether structs print as themselves (`structs: false` prints them as plain maps).
    public var structs = true
    /// Whether binaries always print as `<<...>>` bytes (`binaries: :as_binaries`), printable or not.
    public var binariesAsBytes = false
    /// The fields of a struct module in definition order (without `__struct__`
    /// and `__exception__`), or nil when the module defines no struct, in which
    /// case the struct prints as a plain map. Defaults to Elixir's own structs.
    public var structFields: @Sendable (Atom) -> [Atom]?

    /// Elixir's defaults: limit 50, printable limit 4096, width 80, not pretty.
    public init(
        limit: Int? = 50, printableLimit: Int? = 4096, width: Int? = 80, pretty: Bool = false,
        charlists: Charlists = .infer,
        structFields: @escaping @Sendable (Atom) -> [Atom]? = StandardStructs.fields(of:)
    ) {
        self.limit = limit
        self.printableLimit = printableLimit
        self.width = width
        self.pretty = pretty
        self.charlists = charlists
        self.structFields = structFields
    }

    /// The same options with another element limit (what nested elements receive).
    func with(limit newLimit: Int?) -> InspectOptions {
        var copy = self
        copy.limit = newLimit
        return copy
    }
}
