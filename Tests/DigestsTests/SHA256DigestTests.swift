import Digests
import Testing

/// `SHA256.hex(of:)`, with which the courseware records the version of a file it graded,
/// gives the FIPS 180 test vectors (including a message longer than one block).
@Test func sha256HexMatchesTheStandardVectors() {
    #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex(of: String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
}

/// `SHA256.hex(ofFiles:)`, a course's version, hashes each file's name without its folders,
/// its length and its text, in name order, whatever order the files come in.
@Test func aSetOfFilesIsHashedByNameLengthAndTextInNameOrder() {
    let files = [(name: "b/02-two.md", text: "two"), (name: "a/01-one.md", text: "one")]
    #expect(SHA256.hex(ofFiles: files) == SHA256.hex(of: "01-one.md\n3\none\n02-two.md\n3\ntwo"))
    #expect(SHA256.hex(ofFiles: files.reversed()) == SHA256.hex(ofFiles: files))
}
