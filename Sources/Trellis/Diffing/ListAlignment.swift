/// Lines up two versions of a list (sessions, objectives, activities, handout paragraphs) the
/// way a reviewer would: items kept, items reworded in place, items moved, added and removed.
///
/// Items are compared by a key (an id, or the text). The longest common run of keys is found
/// by dynamic programming when the changed middle is small, and by hashing otherwise, so a list
/// of thousands never goes quadratic.
struct ListAlignment: Hashable, Sendable {
    enum Step: Hashable, Sendable {
        /// The same item in both: old index, new index.
        case same(Int, Int)
        /// An old item reworded into a new one at the same place.
        case changed(Int, Int)
        /// The same key elsewhere in the list.
        case moved(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// The steps in reading order: the new list's order, with removed items where they were.
    let steps: [Step]

    /// Most cells of the dynamic-programming table; a larger middle is matched by hashing.
    static let tableLimit = 250_000

    /// Aligns `old` and `new` by `key`. An old item whose key comes back elsewhere was moved;
    /// within each run of other removed and added items, they are paired in order as `changed`
    /// while `pairable` says they are the same item reworded.
    init<Item, Key: Hashable>(
        old: [Item], new: [Item], key: (Item) -> Key, pairable: (Item, Item) -> Bool = { _, _ in true }
    ) {
        let oldKeys = old.map(key)
        let newKeys = new.map(key)
        let matches = Self.commonRun(oldKeys, newKeys)
        // The runs between matches: what was removed and added there, and the match after it.
        var gaps: [(removed: Range<Int>, added: Range<Int>, then: (Int, Int)?)] = []
        var oldIndex = 0
        var newIndex = 0
        for (matchedOld, matchedNew) in matches {
            gaps.append((oldIndex..<matchedOld, newIndex..<matchedNew, (matchedOld, matchedNew)))
            oldIndex = matchedOld + 1
            newIndex = matchedNew + 1
        }
        gaps.append((oldIndex..<old.count, newIndex..<new.count, nil))

        var unclaimed: [Key: [Int]] = [:]
        for gap in gaps {
            for j in gap.added.reversed() { unclaimed[newKeys[j], default: []].append(j) }
        }
        var movedFrom: [Int: Int] = [:]  // new index → old index
        var movedOld = Set<Int>()
        for gap in gaps {
            for i in gap.removed {
                guard let j = unclaimed[oldKeys[i]]?.popLast() else { continue }
                movedFrom[j] = i
                movedOld.insert(i)
            }
        }

        var steps: [Step] = []
        for gap in gaps {
            var removed = gap.removed.filter { !movedOld.contains($0) }[...]
            var changedFrom: [Int: Int] = [:]
            for j in gap.added where movedFrom[j] == nil {
                guard let i = removed.first, pairable(old[i], new[j]) else { break }
                changedFrom[j] = i
                removed.removeFirst()
            }
            steps += removed.map(Step.removed)
            for j in gap.added {
                steps.append(movedFrom[j].map { .moved($0, j) } ?? changedFrom[j].map { .changed($0, j) } ?? .added(j))
            }
            if let (i, j) = gap.then { steps.append(.same(i, j)) }
        }
        self.steps = steps
    }

    /// Pairs of indices with equal keys, increasing in both lists: the longest such run when the
    /// middle is small enough for a table, a greedy one otherwise.
    static func commonRun<Key: Hashable>(_ old: [Key], _ new: [Key]) -> [(Int, Int)] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])
        let middle =
            oldMiddle.count.multipliedReportingOverflow(by: newMiddle.count).partialValue <= tableLimit
                && oldMiddle.count < tableLimit && newMiddle.count < tableLimit
            ? longestCommon(oldMiddle, newMiddle) : greedyCommon(oldMiddle, newMiddle)
        return (0..<prefix).map { ($0, $0) } + middle.map { ($0.0 + prefix, $0.1 + prefix) }
            + (0..<suffix).reversed().map { (old.count - 1 - $0, new.count - 1 - $0) }
    }

    /// The longest common subsequence, by the classic table.
    private static func longestCommon<Key: Hashable>(_ old: [Key], _ new: [Key]) -> [(Int, Int)] {
        guard !old.isEmpty, !new.isEmpty else { return [] }
        let width = new.count + 1
        var table = [Int](repeating: 0, count: (old.count + 1) * width)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i * width + j] =
                    old[i] == new[j]
                    ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < old.count, j < new.count {
            if old[i] == new[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// Each old key matched to its first unused occurrence in `new` after the last match.
    private static func greedyCommon<Key: Hashable>(_ old: [Key], _ new: [Key]) -> [(Int, Int)] {
        var positions: [Key: [Int]] = [:]
        for (index, key) in new.enumerated() { positions[key, default: []].append(index) }
        var next: [Key: Int] = [:]
        var pairs: [(Int, Int)] = []
        var last = -1
        for (index, key) in old.enumerated() {
            guard let candidates = positions[key] else { continue }
            var cursor = next[key] ?? 0
            while cursor < candidates.count, candidates[cursor] <= last { cursor += 1 }
            next[key] = cursor
            guard cursor < candidates.count else { continue }
            pairs.append((index, candidates[cursor]))
            last = candidates[cursor]
            next[key] = cursor + 1
        }
        return pairs
    }
}
