/// A table from byte strings to values, built once and probed with bytes read straight from the
/// input: no `String` is made and nothing is hashed with `Hasher`.
///
/// The keys are a `TokenVocabulary` (open addressing, byte-compared on a hit);
/// a key's id indexes its value. A key given twice keeps the later value, as a dictionary filled
/// row by row would.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private let keys: TokenVocabulary
    private let values: [Value]

    init(_ rows: [(key: [UInt8], value: Value)]) {
        var keys = TokenVocabulary()
        var values: [Value] = []
        for (key, value) in rows {
            let id = Int(key.withUnsafeBufferPointer { keys.intern(bytes: $0) })
            if id == values.count { values.append(value) } else { values[id] = value }
        }
        self.keys = keys
        self.values = values
    }

    /// A table whose key `id` in `keys` holds `values[id]` (filled by the caller while it interns).
    /// - Precondition: `values.count == keys.count`.
    init(keys: TokenVocabulary, values: [Value]) {
        precondition(values.count == keys.count, "one value per key")
        self.keys = keys
        self.values = values
    }

    /// The value stored under exactly the bytes `key`, or `nil`.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let id = keys.withLookup { $0.id(of: key) }
        return id == TokenVocabulary.unknown ? nil : values[Int(id)]
    }
}
