extension String {
    /// The string with each Unicode scalar for which `replacement` gives text replaced by that
    /// text (an empty string drops the scalar). Every escaper of Trellis is one of these: per
    /// scalar, because as Characters CR+LF, or a quote followed by a combining accent, are single
    /// characters that match neither "\n" nor "\"", and would pass unescaped.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) {
                result.append(contentsOf: replaced.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
