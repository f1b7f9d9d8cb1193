import Foundation
import Testing

/// Completions come from the same command definitions as the parser, so they cannot drift: each
/// shell's script knows every command and the options people type most.
struct ShellSupportTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsKnowEveryCommandAndItsOptions(shell: String) throws {
        let result = try TrellisBinary.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for word in ["validate", "plan", "coverage", "render", "diff", "schema", "plugins", "curricula", "warnings-as-errors", "since-approval"] {
            #expect(result.stdout.contains(word), "\(shell) completions lack \(word)")
        }
    }

}
