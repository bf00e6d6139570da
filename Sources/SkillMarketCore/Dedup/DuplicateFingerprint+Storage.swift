extension DuplicateFingerprint {
    /// Bytes of the stored form: version, flags, posted day, three keys, 64 signature slots.
    static let storageSize = 2 + 4 + 3 * 8 + MinHashSignature.slotCount * 2

    /// A compact little-endian encoding for databases (`storageSize` bytes); `init(storage:)` reads it back.
    public var storage: [UInt8] {
        var bytes: [UInt8] = [1, hasCompany ? 1 : 0]
        bytes.reserveCapacity(Self.storageSize)
        Self.append(UInt64(UInt32(bitPattern: postedDayStorage)), bytes: 4, to: &bytes)
        for key in [blockKey, locationKey, exactHash] { Self.append(key, bytes: 8, to: &bytes) }
        for slot in 0..<MinHashSignature.slotCount { Self.append(UInt64(signature.values[slot]), bytes: 2, to: &bytes) }
        return bytes
    }

    /// Reads `storage` back; `nil` for bytes of another length or version.
    public init?(storage bytes: [UInt8]) {
        guard bytes.count == Self.storageSize, bytes[0] == 1 else { return nil }
        var offset = 2
        func read(_ count: Int) -> UInt64 {
            var value: UInt64 = 0
            for index in 0..<count { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
            offset += count
            return value
        }
        let posted = Int32(bitPattern: UInt32(truncatingIfNeeded: read(4)))
        let block = read(8), location = read(8), exact = read(8)
        var values = SIMD64<UInt16>(repeating: 0)
        for slot in 0..<MinHashSignature.slotCount { values[slot] = UInt16(truncatingIfNeeded: read(2)) }
        self.init(
            signature: MinHashSignature(values: values), blockKey: block, locationKey: location, exactHash: exact,
            hasCompany: bytes[1] == 1, postedDayStorage: posted)
    }

    private static func append(_ value: UInt64, bytes count: Int, to bytes: inout [UInt8]) {
        for index in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }
}
