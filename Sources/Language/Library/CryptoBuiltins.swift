import Terms

/// Erlang's `:crypto.hash/2` for the digests of `HashDigest` (proctor has no other crypto):
/// the digest of iodata as a binary, charged by the bytes it reads.
enum CryptoBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var crypto = BuiltinModule("crypto")
        crypto.define("hash", 2) { (args, context) throws(GuestError) -> Term in
            guard case .atom(let name) = args[0], let digest = HashDigest(rawValue: name.name) else { throw badDigestType }
            let bytes = try IODataBuiltins.bytes(args[1])
            context.charge(bytes.count / 64)
            return .binary(BinaryBox(digest.digest(bytes)))
        }
        return crypto.builtins
    }

    /// What the BEAM raises for a digest it does not know (`{:badarg, {'hash.c', 108}, 'Bad digest type'}`).
    private static var badDigestType: GuestError {
        let reason = Term.tuple(.atom("badarg"), .tuple(charlist("hash.c"), .int(108)), charlist("Bad digest type"))
        return .exception("ErlangError", [("original", reason), ("reason", .nil)])
    }

    private static func charlist(_ text: String) -> Term { .list(text.unicodeScalars.map { .int(Int($0.value)) }) }
}
