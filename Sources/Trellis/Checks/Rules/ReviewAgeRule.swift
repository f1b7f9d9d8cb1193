/// TR108: no clinical review recorded, or the last one is more than 24 months old.
struct ReviewAgeRule: Rule {
    let code = DiagnosticCode.staleReview

    func check(_ context: CheckContext) -> [Diagnostic] {
        context.packs.compactMap { pack in
            guard let review = pack.review else {
                return .warning(
                    code, at: pack.origin.element,
                    "pack \"\(pack.id)\" records no clinical review: add <review date=\"YYYY-MM-DD\" by=\"…\"/> "
                        + "after the authors once a clinician has reviewed it")
            }
            let months = context.reviewMonths
            guard review.date.adding(months: months) < context.today else { return nil }
            return .warning(
                code, at: review.origin["date"],
                "the last clinical review of \"\(pack.id)\" was on \(review.date), more than \(months) months "
                    + "ago: have the pack reviewed and update the date")
        }
    }
}
