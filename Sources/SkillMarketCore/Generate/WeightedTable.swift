/// Items with relative weights, picked in proportion to their weight.
///
/// Construction drops items with weight ≤ 0; picking from an empty table is a programmer
/// error (loaders reject empty tables with a `GeneratorDataError`).
struct WeightedTable<Element: Sendable>: Sendable {
    private(set) var items: [Element] = []
    private var cumulative: [Double] = []

    init(_ pairs: [(Element, Double)]) {
        var total = 0.0
        for (item, weight) in pairs where weight > 0 {
            total += weight
            items.append(item)
            cumulative.append(total)
        }
    }

    /// The weight the item at `index` was given.
    func weight(at index: Int) -> Double {
        index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1]
    }

    var isEmpty: Bool { items.isEmpty }
    var total: Double { cumulative.last ?? 0 }

    /// The index of a weighted pick (binary search over cumulative weights).
    func pickIndex(_ rng: inout SeededGenerator) -> Int {
        precondition(!items.isEmpty, "picked from an empty weighted table")
        let target = rng.unit() * total
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    func pick(_ rng: inout SeededGenerator) -> Element {
        items[pickIndex(&rng)]
    }
}
