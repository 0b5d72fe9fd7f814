import Glibc

/// MD5 (RFC 1321), for `:crypto.hash(:md5, data)`.
public enum MD5 {
    static let shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
    static let constants: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4_294_967_296)) }

    /// The 16-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476]
        let message = MessagePadding.padded(bytes, blockSize: 64, lengthBytes: 8, bigEndian: false)
        for start in stride(from: 0, to: message.count, by: 64) {
            let words = (0..<16).map { index in
                (0..<4).reduce(UInt32(0)) { $0 | UInt32(message[start + index * 4 + $1]) << (8 * UInt32($1)) }
            }
            compress(&state, words)
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
    }

    private static func compress(_ state: inout [UInt32], _ words: [UInt32]) {
        var (a, b, c, d) = (state[0], state[1], state[2], state[3])
        for round in 0..<64 {
            let (mixed, index): (UInt32, Int)
            switch round / 16 {
            case 0: (mixed, index) = ((b & c) | (~b & d), round)
            case 1: (mixed, index) = ((d & b) | (~d & c), (5 * round + 1) % 16)
            case 2: (mixed, index) = (b ^ c ^ d, (3 * round + 5) % 16)
            default: (mixed, index) = (c ^ (b | ~d), (7 * round) % 16)
            }
            let sum = a &+ mixed &+ constants[round] &+ words[index]
            let shift = shifts[(round / 16) * 4 + round % 4]
            (a, d, c) = (d, c, b)
            b = b &+ ((sum << shift) | (sum >> (32 - shift)))
        }
        state[0] = state[0] &+ a
        state[1] = state[1] &+ b
        state[2] = state[2] &+ c
        state[3] = state[3] &+ d
    }
}
