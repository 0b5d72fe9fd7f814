/// SHA-1 (FIPS 180-4), for `:crypto.hash(:sha, data)`.
public enum SHA1 {
    /// The 20-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        let message = MessagePadding.padded(bytes, blockSize: 64, lengthBytes: 8, bigEndian: true)
        for start in stride(from: 0, to: message.count, by: 64) {
            var words = DigestWords.bigEndian32(message, start, count: 16)
            for index in 16..<80 {
                let x = words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16]
                words.append((x << 1) | (x >> 31))
            }
            compress(&state, words)
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }

    private static func compress(_ state: inout [UInt32], _ words: [UInt32]) {
        var (a, b, c, d, e) = (state[0], state[1], state[2], state[3], state[4])
        for round in 0..<80 {
            let (mixed, constant): (UInt32, UInt32)
            switch round / 20 {
            case 0: (mixed, constant) = ((b & c) | (~b & d), 0x5A82_7999)
            case 1: (mixed, constant) = (b ^ c ^ d, 0x6ED9_EBA1)
            case 2: (mixed, constant) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
            default: (mixed, constant) = (b ^ c ^ d, 0xCA62_C1D6)
            }
            let next = ((a << 5) | (a >> 27)) &+ mixed &+ e &+ constant &+ words[round]
            (e, d, c, b, a) = (d, c, (b << 30) | (b >> 2), a, next)
        }
        for (index, value) in [a, b, c, d, e].enumerated() { state[index] = state[index] &+ value }
    }
}
