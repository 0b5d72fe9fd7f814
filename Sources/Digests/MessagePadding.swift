/// The padding MD5 and the SHA digests end a message with.
enum MessagePadding {
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
