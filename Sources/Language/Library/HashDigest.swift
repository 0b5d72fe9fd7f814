import Digests

/// The message digests `:crypto.hash/2` offers in proctor: MD5 (RFC 1321), SHA-1 (FIPS 180-4),
/// SHA-256 and SHA-512 (FIPS 180-4), computed by proctor's own Digests module.
enum HashDigest: String, CaseIterable {
    case md5, sha, sha224, sha256, sha384, sha512

    /// The digest of `bytes`.
    func digest(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .md5: return MD5.digest(bytes)
        case .sha: return SHA1.digest(bytes)
        case .sha224: return Array(SHA256.digest(bytes, initial: SHA256.initial224).prefix(28))
        case .sha256: return SHA256.digest(bytes, initial: SHA256.initial256)
        case .sha384: return Array(SHA512.digest(bytes, initial: SHA512.initial384).prefix(48))
        case .sha512: return SHA512.digest(bytes, initial: SHA512.initial512)
        }
    }
}
