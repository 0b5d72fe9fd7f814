/// What `to_string/1`, `IO.puts/1` and string interpolation make of a term
/// (the `String.Chars` protocol): binaries as they are, atoms without the colon
/// (`nil` as ""), numbers as `inspect` writes them, lists as chardata.
extension Term {
    /// Why a term has no text form; the language layer raises the matching exception.
    public enum DisplayError: Error, Equatable, Sendable {
        /// `Protocol.UndefinedError` for `String.Chars` (tuples, maps, pids, ...).
        case notImplemented
        /// `ArgumentError` "cannot convert the given list to a string" (an element
        /// or tail that is not chardata).
        case invalidChardata
        /// `UnicodeConversionError` "invalid code point N".
        case invalidCodePoint(Int)
        /// `UnicodeConversionError` "invalid encoding starting at ..." for a
        /// binary inside a list that is not UTF-8.
        case invalidEncoding
    }

    /// The term's text as bytes (a binary's bytes are returned as they are).
    public func toDisplayBytes() -> Result<[UInt8], DisplayError> {
        switch self {
        case .binary(let box): return box.isBinary ? .success(box.bytes) : .failure(.notImplemented)
        case .atom(let atom): return .success(atom == .nil ? [] : Array(atom.name.utf8))
        case .int, .bigInt, .float: return .success(Array(inspect().utf8))
        case .emptyList, .cons: return Term.chardataBytes(self)
        default: return .failure(.notImplemented)
        }
    }

    /// The term's text; bytes that are not UTF-8 become U+FFFD.
    public func toDisplayString() -> Result<String, DisplayError> {
        toDisplayBytes().map { String(decoding: $0, as: UTF8.self) }
    }

    /// Flattens chardata (code points, UTF-8 binaries, nested lists, a binary
    /// tail) into bytes, with an explicit stack of pending list tails.
    private static func chardataBytes(_ list: Term) -> Result<[UInt8], DisplayError> {
        var bytes: [UInt8] = []
        var pending: [Term] = [list]
        while let next = pending.popLast() {
            switch next {
            case .emptyList: continue
            case .cons(let cell):
                guard isChardataTail(cell.tail) else { return .failure(.invalidChardata) }
                pending.append(cell.tail)
                pending.append(cell.head)
            case .int(let code):
                guard let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0))), code >= 0 else {
                    return .failure(.invalidCodePoint(code))
                }
                bytes.append(contentsOf: Array(String(scalar).utf8))
            case .binary(let box):
                guard box.isBinary else { return .failure(.invalidChardata) }
                guard isValidUTF8(box.bytes) else { return .failure(.invalidEncoding) }
                bytes.append(contentsOf: box.bytes)
            default:
                return .failure(.invalidChardata)
            }
        }
        return .success(bytes)
    }

    /// Whether a list may end in `tail` and still be chardata (`[]`, more cells or a binary).
    private static func isChardataTail(_ tail: Term) -> Bool {
        switch tail {
        case .emptyList, .cons, .binary: return true
        default: return false
        }
    }

    /// Whether every byte belongs to a well-formed UTF-8 character.
    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            guard let (_, length) = UTF8Decoding.scalar(in: bytes, at: index) else { return false }
            index += length
        }
        return true
    }
}
