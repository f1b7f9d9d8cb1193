/// TR208: a stream that names a block, day or week the track does not have, or `weeks` in a
/// rolling track (which has no last week).
struct StreamTargetRule: Rule {
    let code = DiagnosticCode.streamOutsideTrack

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.tracks.flatMap { track in
            track.streams.flatMap { stream in problems(with: stream, in: track) }
        }
    }

    private func problems(with stream: TrackStream, in track: Track) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let blocks = track.day.blocks.map(\.id)
        if !blocks.contains(stream.block) {
            diagnostics.append(
                .error(
                    code, at: stream.origin["block"],
                    "the stream fills block \"\(stream.block)\", but the day has no such block (it has "
                        + "\(blocks.joined(separator: ", ")))"))
        }
        let meetingDays = track.calendar.meetingDays
        let missing = (stream.days ?? []).filter { !meetingDays.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(
                .error(
                    code, at: stream.origin["days"],
                    "the stream names \(missing.map(\.rawValue).joined(separator: " ")), but the track meets only on "
                        + "\(meetingDays.map(\.rawValue).joined(separator: " "))"))
        }
        if let text = stream.weeksText {
            if track.admission == .rolling {
                diagnostics.append(
                    .error(
                        code, at: stream.origin["weeks"],
                        "weeks=\"\(text)\" in a rolling track: a rolling track repeats without end and has no "
                            + "last week; remove weeks, or make the track closed"))
            } else if let weeks = stream.weeks {
                if weeks.last > track.weeks {
                    diagnostics.append(
                        .error(
                            code, at: stream.origin["weeks"],
                            "weeks=\"\(text)\" goes past the track's \(track.weeks) weeks; end the range by week \(track.weeks)"))
                }
            } else {
                diagnostics.append(
                    .error(
                        code, at: stream.origin["weeks"],
                        "weeks=\"\(text)\" is not a week or a range: write N or N-M with N at least 1 and M not before N"))
            }
        }
        return diagnostics
    }
}
