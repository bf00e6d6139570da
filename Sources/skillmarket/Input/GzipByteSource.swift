import CZlib
import SkillMarketCore

/// Inflates a gzip stream (several concatenated members included) read from another source.
///
/// Decompression is bounded against gzip bombs: once more than `unboundedPrefix` bytes came
/// out, output more than `maxExpansion` times the compressed bytes consumed so far stops the
/// input with an `InputError` (text compresses about 5–20:1; 10 GB of zeros compresses about
/// 1,000:1 and is stopped after some 64 MiB, in well under a second).
final class GzipByteSource: ByteSource {
    static let maxExpansion = 200
    static let unboundedPrefix = 64 << 20

    private var upstream: any ByteSource
    private var stream = z_stream()
    private var input: [UInt8] = []
    private var inputOffset = 0
    private var upstreamEnded = false
    private var finished = false
    private let name: String
    /// Compressed bytes inflated so far, and what they gave.
    private var compressedIn = 0
    private var inflatedOut = 0

    init(upstream: any ByteSource, name: String) throws(InputError) {
        self.upstream = upstream
        self.name = name
        // 15 window bits + 16: expect a gzip header.
        let status = inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw InputError(path: name, reason: "cannot start gzip decoding") }
    }

    deinit {
        inflateEnd(&stream)
    }

    func read(upTo count: Int) throws -> [UInt8] {
        var source = self  // the same object: `chunk` is `mutating` for value-type sources
        return try source.chunk(upTo: count)
    }

    /// Inflates straight into the caller's buffer.
    func read(into output: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        var produced = 0
        while produced == 0 && !finished {
            if inputOffset == input.count && !upstreamEnded {
                input = try upstream.read(upTo: 256 * 1024)
                inputOffset = 0
                if input.isEmpty { upstreamEnded = true }
            }
            if inputOffset == input.count && upstreamEnded {
                finished = true
                break
            }
            let status = inflateStep(into: output, at: produced, produced: &produced)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                // Another gzip member may follow (as `cat a.gz b.gz` makes).
                if inputOffset < input.count || !upstreamEnded { inflateReset(&stream) } else { finished = true }
            default:
                throw InputError(path: name, reason: "corrupt gzip data")
            }
        }
        inflatedOut += produced
        if inflatedOut > Self.unboundedPrefix, inflatedOut / max(compressedIn, 1) > Self.maxExpansion {
            throw InputError(
                path: name,
                reason: "gzip data expands more than \(Self.maxExpansion):1 (\(compressedIn) bytes gave \(inflatedOut)); "
                    + "stopped reading it as a likely decompression bomb")
        }
        return produced
    }

    private func inflateStep(
        into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int, produced: inout Int
    ) -> Int32 {
        let available = input.count - inputOffset
        let room = output.count - offset
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress.map { $0 + inputOffset }
            stream.avail_in = UInt32(available)
            stream.next_out = output.baseAddress.map { $0 + offset }
            stream.avail_out = UInt32(room)
            return inflate(&stream, Z_NO_FLUSH)
        }
        inputOffset += available - Int(stream.avail_in)
        compressedIn += available - Int(stream.avail_in)
        produced += room - Int(stream.avail_out)
        return status
    }
}
