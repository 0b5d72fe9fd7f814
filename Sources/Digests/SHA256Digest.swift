/// SHA-256 and SHA-224 (FIPS 180-4), for `:crypto.hash(:sha256 | :sha224, data)` and for
/// the courseware's record of which version of a learner's file, an exercise's tests or a course was graded.
public enum SHA256 {
    /// The SHA-256 digest of `text`'s UTF-8 bytes, as 64 lowercase hex digits.
    public static func hex(of text: String) -> String {
        let hexDigits = Array("0123456789abcdef")
        return String(digest(Array(text.utf8), initial: initial256).flatMap { [hexDigits[Int($0 >> 4)], hexDigits[Int($0 & 15)]] })
    }

    /// The initial state of SHA-256.
    public static let initial256: [UInt32] = [
        0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19,
    ]
    /// The initial state of SHA-224 (whose digest is the first 28 bytes).
    public static let initial224: [UInt32] = [
        0xC105_9ED8, 0x367C_D507, 0x3070_DD17, 0xF70E_5939, 0xFFC0_0B31, 0x6858_1511, 0x64F9_8FA7, 0xBEFA_4FA4,
    ]
    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    static let constants: [UInt32] = [
        0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
        0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
        0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
        0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7, 0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
        0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
        0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
        0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
        0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
    ]

    /// The digest of `bytes` from the `initial` state (which selects the variant).
    /// Whole blocks are read where they lie; only the last one or two are padded. The state and
    /// the message schedule live in fixed buffers: hashing the course at every `proctor check`
    /// cost 170 instructions a byte with growing arrays, about 20 this way.
    public static func digest(_ bytes: [UInt8], initial: [UInt32]) -> [UInt8] {
        var state = initial
        let wholeBlocks = bytes.count / 64 * 64
        let tail = MessagePadding.padded(Array(bytes[wholeBlocks...]), blockSize: 64, lengthBytes: 8, bigEndian: true, totalLength: bytes.count)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
            state.withUnsafeMutableBufferPointer { state in
                bytes.withUnsafeBufferPointer { bytes in
                    for start in stride(from: 0, to: wholeBlocks, by: 64) { compress(state, words, UnsafeBufferPointer(rebasing: bytes[start..<start + 64])) }
                }
                tail.withUnsafeBufferPointer { tail in
                    for start in stride(from: 0, to: tail.count, by: 64) { compress(state, words, UnsafeBufferPointer(rebasing: tail[start..<start + 64])) }
                }
            }
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }

    /// Folds one 64-byte block into `state`, using `words` (64 of them) for its schedule.
    private static func compress(_ state: UnsafeMutableBufferPointer<UInt32>, _ words: UnsafeMutableBufferPointer<UInt32>, _ block: UnsafeBufferPointer<UInt8>) {
        for index in 0..<16 {
            let byte = index * 4
            words[index] = UInt32(block[byte]) << 24 | UInt32(block[byte + 1]) << 16 | UInt32(block[byte + 2]) << 8 | UInt32(block[byte + 3])
        }
        for index in 16..<64 {
            let low = words[index - 15], high = words[index - 2]
            let s0 = DigestWords.rotateRight(low, 7) ^ DigestWords.rotateRight(low, 18) ^ (low >> 3)
            let s1 = DigestWords.rotateRight(high, 17) ^ DigestWords.rotateRight(high, 19) ^ (high >> 10)
            words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
        }
        var (a, b, c, d) = (state[0], state[1], state[2], state[3])
        var (e, f, g, h) = (state[4], state[5], state[6], state[7])
        constants.withUnsafeBufferPointer { constants in
            for round in 0..<64 {
                let s1 = DigestWords.rotateRight(e, 6) ^ DigestWords.rotateRight(e, 11) ^ DigestWords.rotateRight(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ choice &+ constants[round] &+ words[round]
                let s0 = DigestWords.rotateRight(a, 2) ^ DigestWords.rotateRight(a, 13) ^ DigestWords.rotateRight(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e) = (g, f, e, d &+ t1)
                (d, c, b, a) = (c, b, a, t1 &+ s0 &+ majority)
            }
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
    }
}
