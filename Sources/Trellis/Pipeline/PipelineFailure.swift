/// Why a step of the pipeline stopped, in the two ways CLI.md's exit codes tell apart.
public enum PipelineFailure: Error, CustomStringConvertible {
    /// The input has errors: the report says where (exit status 1).
    case inputHasErrors(DiagnosticReport)
    /// The step could not run at all (exit status 2): a path that cannot be read, a track that
    /// is not found, a week out of range, an output folder it may not write.
    case cannotRun(Pipeline.Step, String)

    public var description: String {
        switch self {
        case .inputHasErrors(let report): report.summary
        case .cannotRun(_, let message): message
        }
    }
}
