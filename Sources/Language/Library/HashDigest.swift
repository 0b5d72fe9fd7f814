/// The message digests `:crypto.hash/2` offers in proctor: MD5 (RFC 1321), SHA-1 (FIPS 180-4),
/// SHA-256 and SHA-512 (FIPS 180-4), computed here without a crypto library.
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

    /// The message padded to whole blocks of `blockSize` bytes, its bit length at the end in
    /// `lengthBytes` bytes, big- or little-endian. `totalLength` is the whole message's length in
    /// bytes when `bytes` is only its tail (the blocks before it are hashed where they lie).
    static func padded(_ bytes: [UInt8], blockSize: Int, lengthBytes: Int, bigEndian: Bool, totalLength: Int? = nil) -> [UInt8] {
        var message = bytes
        message.append(0x80)
        while message.count % blockSize != blockSize - lengthBytes { message.append(0) }
        let bitLength = UInt64(totalLength ?? bytes.count) &* 8
        var length = [UInt8](repeating: 0, count: lengthBytes)
        for index in 0..<8 {
            let byte = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index)))
            length[bigEndian ? lengthBytes - 1 - index : index] = byte
        }
        return message + length
    }
}
