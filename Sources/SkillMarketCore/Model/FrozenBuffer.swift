/// An array's elements copied once into memory that never moves or changes, read through a buffer
/// pointer without a closure.
///
/// Tables read for every posting (the role catalogue's phrases and vocabulary, the gazetteer, the
/// skill matcher's and family table's tables, the salary vocabulary) are reached with plain loads
/// this way: nesting `withUnsafeBufferPointer` calls per posting made closures that captured, and so
/// copied and retained, the structures holding the tables (atomics on cache lines both cores share).
final class FrozenBuffer<Element: Sendable>: @unchecked Sendable {
    /// The elements; valid as long as this object lives, never written after `init`.
    let buffer: UnsafeBufferPointer<Element>

    init(_ elements: [Element]) {
        let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
        _ = storage.initialize(from: elements)
        buffer = UnsafeBufferPointer(rebasing: storage[..<elements.count])
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: buffer).deinitialize()
        buffer.deallocate()
    }
}
