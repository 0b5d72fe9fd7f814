import Language
import Testing

/// `SHA256.hex(of:)`, with which the courseware records the version of a file it graded,
/// gives the FIPS 180 test vectors (including a message longer than one block).
@Test func sha256HexMatchesTheStandardVectors() {
    #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex(of: String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
}
