/// The other cases of a character for caseless matching: without `u`, ASCII and Latin-1 letter
/// pairs (Erlang's PCRE tables treat bytes as ISO-8859-1); with it, Unicode simple case mappings.
enum RegexCaseFolding {
    /// The characters that match `character` caselessly, besides itself.
    static func otherCases(of character: UInt32, unicode: Bool) -> [UInt32] {
        if character < 128 || !unicode {
            if (65...90).contains(character) { return [character + 32] }
            if (97...122).contains(character) { return [character - 32] }
            if (0xC0...0xDE).contains(character), character != 0xD7 { return [character + 32] }
            if (0xE0...0xFE).contains(character), character != 0xF7 { return [character - 32] }
            return []
        }
        guard let scalar = Unicode.Scalar(character) else { return [] }
        var result: [UInt32] = []
        for mapping in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping, scalar.properties.titlecaseMapping] {
            let scalars = mapping.unicodeScalars
            if scalars.count == 1, let only = scalars.first, only.value != character, !result.contains(only.value) {
                result.append(only.value)
            }
        }
        return result
    }
}
