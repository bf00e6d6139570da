@testable import SkillMarketCore

extension AliasAutomaton {
    /// Every hit of a scan of `text` (room for one hit per byte, so the scan never runs out).
    func hits(in text: String) -> [AliasHit] {
        var text = text
        return text.withUTF8 { bytes in
            [AliasHit](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = scan(bytes, into: buffer) ?? 0
            }
        }
    }

    /// Every hit of a scan of `bytes` (room for one hit per byte).
    func hits(inBytes bytes: [UInt8]) -> [AliasHit] {
        bytes.withUnsafeBufferPointer { text in
            [AliasHit](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = scan(text, into: buffer) ?? 0
            }
        }
    }
}
