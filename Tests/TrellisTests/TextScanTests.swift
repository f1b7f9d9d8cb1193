import Testing

@testable import Trellis

/// The fast paths the text rules take on a large library must find exactly what the slow way did.
struct TextScanTests {
    @Test(arguments: [
        ("TODO write the objective", "TODO"),
        ("Plan is TBD.", "TBD"),
        ("Call XXX for help", "XXX"),
        ("Lorem\n  ipsum dolor", "lorem ipsum"),
        ("dolorem ipsum", "lorem ipsum"),
        ("Todo el grupo", nil),
        ("TODOS los días", nil),
        ("The TOTAL is ten", nil),
        ("lorem, ipsum", nil),
        ("Take a breath.", nil),
    ] as [(String, String?)])
    func placeholdersAreFoundInAnyTextAndOnlyAsWholeMarkers(text: String, found: String?) {
        #expect(PlaceholderRule.placeholder(in: text) == found)
    }

    @Test func foldingKeepsQuotesAndDashesAndFoldsEveryUnicodeSpace() {
        #expect(InlineText.folding("“Notice” — then name it.") == "“Notice” — then name it.")
        #expect(InlineText.folding(" Notice\u{00A0}\u{2003}it\u{3000}now\n") == "Notice it now")
        #expect(InlineText.folding("a\u{2028}b\u{205F}c\u{0085}d") == "a b c d")
    }

    @Test func plainTextKeptAsOneStringIsTheSameTextAsOneRun() {
        let plain = InlineText(plain: "Name the urge.")
        let run = InlineText([.text("Name the urge.")])
        #expect(plain == run)
        #expect(plain.hashValue == run.hashValue)
        #expect(plain.runs == [.text("Name the urge.")])
        #expect(plain.plainText == "Name the urge.")
        var edited = plain
        edited.runs.append(.strong([.text("Now.")]))
        #expect(edited.runs == [.text("Name the urge."), .strong([.text("Now.")])])
        #expect(edited.plainText == "Name the urge.Now.")
        #expect(InlineText([]) != InlineText(plain: ""))
    }

    @Test func contactsAreFoundInEmphasisAndNoneInPlainText() {
        let contact = ContactReference(id: "on-call")
        #expect(InlineText([.text("Call "), .strong([.contact(contact)])]).contacts == [contact])
        #expect(InlineText([.text("Breathe "), .emphasis([.text("slowly")])]).contacts.isEmpty)
        #expect(InlineText("Plain text.").contacts.isEmpty)
    }
}
