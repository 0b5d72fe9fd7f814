/// SHA-256 and SHA-224 (FIPS 180-4), for `:crypto.hash(:sha256 | :sha224, data)`.
enum SHA256 {
    static let initial256: [UInt32] = [
        0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19,
    ]
    static let initial224: [UInt32] = [
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
    static func digest(_ bytes: [UInt8], initial: [UInt32]) -> [UInt8] {
        var state = initial
        let message = HashDigest.padded(bytes, blockSize: 64, lengthBytes: 8, bigEndian: true)
        for start in stride(from: 0, to: message.count, by: 64) {
            var words = DigestWords.bigEndian32(message, start, count: 16)
            for index in 16..<64 {
                let low = words[index - 15], high = words[index - 2]
                let s0 = DigestWords.rotateRight(low, 7) ^ DigestWords.rotateRight(low, 18) ^ (low >> 3)
                let s1 = DigestWords.rotateRight(high, 17) ^ DigestWords.rotateRight(high, 19) ^ (high >> 10)
                words.append(words[index - 16] &+ s0 &+ words[index - 7] &+ s1)
            }
            compress(&state, words)
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }

    private static func compress(_ state: inout [UInt32], _ words: [UInt32]) {
        var v = state
        for round in 0..<64 {
            let s1 = DigestWords.rotateRight(v[4], 6) ^ DigestWords.rotateRight(v[4], 11) ^ DigestWords.rotateRight(v[4], 25)
            let choice = (v[4] & v[5]) ^ (~v[4] & v[6])
            let t1 = v[7] &+ s1 &+ choice &+ constants[round] &+ words[round]
            let s0 = DigestWords.rotateRight(v[0], 2) ^ DigestWords.rotateRight(v[0], 13) ^ DigestWords.rotateRight(v[0], 22)
            let majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2])
            v = [t1 &+ s0 &+ majority, v[0], v[1], v[2], v[3] &+ t1, v[4], v[5], v[6]]
        }
        for index in 0..<8 { state[index] = state[index] &+ v[index] }
    }
}
