extension String {
    /// The string with each Unicode scalar for which `replacement` gives text replaced by that
    /// text (an empty string drops the scalar). Every escaper of Trellis is one of these: per
    /// scalar, because as Characters CR+LF, or a quote followed by a combining accent, are single
    /// characters that match neither "\n" nor "\"", and would pass unescaped.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        let scalars = unicodeScalars
        // Most text needs nothing replaced: find the first scalar that does, or keep the string.
        guard var index = scalars.firstIndex(where: { replacement($0) != nil }) else { return self }
        var result = String.UnicodeScalarView(scalars[..<index])
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let replaced = replacement(scalar) {
                result.append(contentsOf: replaced.unicodeScalars)
            } else {
                result.append(scalar)
            }
            index = scalars.index(after: index)
        }
        return String(result)
    }
}
