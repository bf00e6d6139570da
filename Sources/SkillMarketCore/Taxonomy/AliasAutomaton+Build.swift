/// Compile-time helpers of ``AliasAutomaton``: byte classes, node order, the first-word filter.
extension AliasAutomaton {
    static let hashSeed: UInt32 = 2_166_136_261

    /// FNV-1a over ASCII-folded word bytes: `folded` is a word byte `| 0x20` (which folds letters and leaves
    /// digits; `_` folds alike on both sides).
    @inline(__always)
    static func hashStep(_ hash: UInt32, _ folded: UInt8) -> UInt32 {
        (hash ^ UInt32(folded)) &* 16_777_619
    }

    /// Two bit sets, each sized to keep false positives near 1 %: `firstWords` over hashes of each alias's
    /// first word (its leading run of word bytes), and `continuations` over that hash stepped once more with
    /// the byte that follows the word in the alias (after a space, the byte after the space), or with 0x20
    /// when the alias is the word alone. Aliases starting with punctuation need no entry (the root row
    /// covers them).
    static func makeFirstWordFilters(_ keys: [[UInt8]]) -> (firstWords: [UInt64], continuations: [UInt64]) {
        var bits = 4_096
        while bits < keys.count * 128 && bits < 1 << 24 { bits <<= 1 }
        var firstWords = [UInt64](repeating: 0, count: bits / 64)
        var continuations = firstWords
        for key in keys where !key.isEmpty && isWord(key[0]) {
            var hash = hashSeed
            var length = 0
            while length < key.count, isWord(key[length]) {
                hash = hashStep(hash, key[length] | 0x20)
                length += 1
            }
            let bit = Int(hash & UInt32(bits - 1))
            firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
            let next =
                length == key.count ? 0x20
                : key[length] == 0x20 && length + 1 < key.count ? key[length + 1] : key[length]
            let pair = Int(hashStep(hash, next) & UInt32(bits - 1))
            continuations[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return (firstWords, continuations)
    }

    /// The first `min(count, 8)` bytes at `bytes`, each `| 0x20` (word bytes case-folded as in the first-word
    /// table's keys), packed little-endian and zero-filled; `readable` bytes from `bytes` may be read.
    @inline(__always)
    static func foldedLanes(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        if readable >= 8 {
            let lanes = ByteLanes.load(bytes, at: 0) | 0x2020_2020_2020_2020
            return count >= 8 ? lanes : lanes & ((1 << UInt64(count &* 8)) &- 1)
        }
        var lanes: UInt64 = 0
        for index in 0..<min(count, 8) { lanes |= UInt64(bytes[index] | 0x20) << UInt64(index &* 8) }
        return lanes
    }

    /// Renumbers trie nodes so the ones kept as dense rows come first in breadth-first order (the shallow
    /// nodes most walks touch share a few cache lines), then the sparse ones depth-first.
    /// Dense: depth <= 2 or >= 4 children.
    /// Returns each old node's new number and the number of dense nodes.
    static func renumberDenseFirst(
        _ next: inout [Int32], width: Int, nodeCount: Int
    ) -> (newIndex: [Int32], denseCount: Int) {
        var order = [0]
        order.reserveCapacity(nodeCount)
        var depth = [UInt8](repeating: 0, count: nodeCount)
        var dense = [Bool](repeating: true, count: nodeCount)
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            var children = 0
            for cls in 0..<width where next[node * width + cls] != 0 {
                let child = Int(next[node * width + cls])
                order.append(child)
                depth[child] = depth[node] &+ 1
                children += 1
            }
            dense[node] = depth[node] <= 2 || children >= 4
        }
        let denseOrder = order.filter { dense[$0] }
        var sparseOrder: [Int] = []  // depth-first, so a chain's edges sit next to each other
        var stack = [0]
        while let node = stack.popLast() {
            if !dense[node] { sparseOrder.append(node) }
            for cls in (0..<width).reversed() where next[node * width + cls] != 0 {
                stack.append(Int(next[node * width + cls]))
            }
        }
        let finalOrder = denseOrder + sparseOrder
        var newIndex = [Int32](repeating: 0, count: nodeCount)
        for (newNode, oldNode) in finalOrder.enumerated() { newIndex[oldNode] = Int32(newNode) }
        var renumbered = [Int32](repeating: 0, count: next.count)
        for (newNode, oldNode) in finalOrder.enumerated() {
            for cls in 0..<width where next[oldNode * width + cls] != 0 {
                renumbered[newNode * width + cls] = newIndex[Int(next[oldNode * width + cls])]
            }
        }
        next = renumbered
        return (newIndex, denseOrder.count)
    }

    /// The final number of each node (indexed by its number after ``renumberDenseFirst(_:width:nodeCount:)``):
    /// dense nodes keep theirs; sparse node `k` becomes `denseCount +` the index of its first edge in the
    /// edge list (each node's edges in class order, one edge for a leaf). Also the size of that number space.
    static func sparseNodeIDs(
        _ next: [Int32], width: Int, nodeCount: Int, denseCount: Int
    ) -> (nodeID: [Int32], idCount: Int) {
        var nodeID = [Int32](0..<Int32(denseCount))
        nodeID.reserveCapacity(nodeCount)
        var edgeCount = 0
        for node in denseCount..<nodeCount {
            nodeID.append(Int32(denseCount + edgeCount))
            let children = (0..<width).count { next[node * width + $0] != 0 }
            edgeCount += max(children, 1)
        }
        return (nodeID, denseCount + edgeCount)
    }

    /// Alias bytes with whitespace/hyphen runs collapsed to one 0x20, trimmed, ASCII-lower-cased if `fold`.
    static func normalised(_ text: String, fold: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        var pendingSpace = false
        for byte in text.utf8 {
            if isSpaceLike(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(fold ? folded(byte) : byte)
        }
        return out
    }

    static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    static func isSpaceLike(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || (byte >= 0x09 && byte <= 0x0D)
    }

    static func isWord(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit || byte == 0x5F
    }
}
