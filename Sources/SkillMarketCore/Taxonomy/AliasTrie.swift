/// The trie of a taxonomy's alias keys while ``AliasAutomaton`` is compiled: each node's children in class
/// order as first-child / next-sibling links, and the node order the automaton's tables are laid out in.
///
/// Building it allocates three small entries a node. Building the automaton's `node × class` table for every
/// node instead (then renumbering it into a second one) wrote ~28 MB for 10,000 aliases (~60,000 nodes of
/// ~60 classes) and was most of the start-up with a large taxonomy.
struct AliasTrie {
    /// Per node: its first child and its next sibling (0 for none: the root is no node's child or sibling),
    /// and the class of the edge that leads to it (0 for the root).
    private var firstChild: [Int32] = [0]
    private var nextSibling: [Int32] = [0]
    private(set) var edgeClass: [UInt8] = [0]

    var nodeCount: Int { firstChild.count }

    /// The child of `node` by the edge of class `edge`, made when there is none (siblings stay in class order).
    mutating func child(of node: Int32, by edge: UInt8) -> Int32 {
        var previous: Int32 = 0
        var current = firstChild[Int(node)]
        while current != 0, edgeClass[Int(current)] < edge {
            previous = current
            current = nextSibling[Int(current)]
        }
        if current != 0, edgeClass[Int(current)] == edge { return current }
        let made = Int32(firstChild.count)
        firstChild.append(0)
        nextSibling.append(current)
        edgeClass.append(edge)
        if previous == 0 { firstChild[Int(node)] = made } else { nextSibling[Int(previous)] = made }
        return made
    }

    /// Calls `body` with each child of `node`, in class order.
    func forEachChild(of node: Int32, _ body: (Int32) -> Void) {
        var child = firstChild[Int(node)]
        while child != 0 {
            body(child)
            child = nextSibling[Int(child)]
        }
    }

    /// Where each node goes in the automaton's tables.
    struct Layout {
        /// Nodes kept as dense rows: depth <= 2 (touched by nearly every walk) or four children or more, in
        /// breadth-first order, so the shallow rows most walks read share a few cache lines. Row `k` is node
        /// `dense[k]`; the root is row 0.
        var dense: [Int32]
        /// The other nodes, depth-first (a chain's edges sit next to each other).
        var sparse: [Int32]
        /// Per node, its number in the automaton: its row if dense; if sparse, `dense.count +` the index of its
        /// first edge in the sparse edge list (each sparse node's edges in class order, one edge for a leaf).
        var number: [Int32]
        /// The size of that number space.
        var numberCount: Int
    }

    func layout() -> Layout {
        var childCount = [Int32](repeating: 0, count: nodeCount)
        var depth = [UInt8](repeating: 0, count: nodeCount)
        var isDense = [Bool](repeating: true, count: nodeCount)
        var breadthFirst: [Int32] = [0]
        breadthFirst.reserveCapacity(nodeCount)
        var head = 0
        while head < breadthFirst.count {
            let node = breadthFirst[head]
            head += 1
            forEachChild(of: node) { child in
                breadthFirst.append(child)
                depth[Int(child)] = depth[Int(node)] &+ 1
                childCount[Int(node)] += 1
            }
            isDense[Int(node)] = depth[Int(node)] <= 2 || childCount[Int(node)] >= 4
        }
        let dense = breadthFirst.filter { isDense[Int($0)] }
        var sparse: [Int32] = []
        sparse.reserveCapacity(nodeCount - dense.count)
        // Pre-order: a node, its first child's subtree, then its next sibling's (the root has no sibling).
        var stack: [Int32] = [0]
        while let node = stack.popLast() {
            if !isDense[Int(node)] { sparse.append(node) }
            if node != 0, nextSibling[Int(node)] != 0 { stack.append(nextSibling[Int(node)]) }
            if firstChild[Int(node)] != 0 { stack.append(firstChild[Int(node)]) }
        }
        var number = [Int32](repeating: 0, count: nodeCount)
        for (row, node) in dense.enumerated() { number[Int(node)] = Int32(row) }
        var edgeCount = 0
        for node in sparse {
            number[Int(node)] = Int32(dense.count + edgeCount)
            edgeCount += max(Int(childCount[Int(node)]), 1)
        }
        return Layout(dense: dense, sparse: sparse, number: number, numberCount: dense.count + edgeCount)
    }
}
