import Foundation
import SkillMarketCore
import Testing

/// Throughput of RecordReader + RecordDecoder on generated JSONL (~3 KB postings).
///
/// Meaningful only in a release build: `swift test -c release --filter IngestThroughput`.
@Suite("Ingest throughput", .tags(.ingest))
struct IngestThroughputTests {
    static func corpus(postings: Int) -> [UInt8] {
        let words = [
            "Python", "SQL", "pipelines", "we", "build", "models", "team", "remote", "Kubernetes", "and",
            "the", "customers", "data", "a", "with", "PyTorch", "experience", "years", "of", "cloud",
        ]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var out: [UInt8] = []
        for index in 0..<postings {
            var description = ""
            while description.utf8.count < 2_900 {
                description += words[next() % words.count]
                description += next() % 17 == 0 ? ".\\n\\n" : next() % 29 == 0 ? " \\\"quoted\\\" \\u2019 " : " "
            }
            let line =
                #"{"id":"job-\#(index)","title":"Senior Machine Learning Engineer","company":"Acme \#(index % 97)","#
                + #""location":"San Francisco, CA","description":"\#(description)","salary_min":150000,"salary_max":200000.0,"#
                + #""salary_currency":"USD","salary_period":"year","posted":"2026-05-01","remote":true,"tags":["a","b"]}"#
            out += line.utf8
            out.append(0x0A)
        }
        return out
    }

    /// CPU time of this thread (robust when other processes compete for the two cores).
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    @Test("reads and decodes JSONL; prints MB/s")
    func measuresThroughput() throws {
        #if DEBUG
            let (postings, rounds) = (1_000, 1)  // debug builds are 10-50x slower; only check it runs
        #else
            let (postings, rounds) = (8_000, 5)
        #endif
        let bytes = Self.corpus(postings: postings)
        var best = Duration.seconds(1_000)
        var bestCPU = Double.infinity
        var count = 0
        for _ in 0..<rounds {
            let cpuStart = Self.threadCPUSeconds()
            let start = ContinuousClock.now
            var reader = RecordReader(source: MemoryByteSource(bytes, chunkSize: 1 << 20), sourceName: "bench.jsonl")
            let decoder = RecordDecoder()
            count = 0
            while let record = try reader.next() {
                for result in decoder.decode(record) { if case .success = result { count += 1 } }
            }
            best = min(best, ContinuousClock.now - start)
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let megabytes = Double(bytes.count) / 1_000_000
        print(
            "ingest throughput: \(megabytes) MB, \(count) postings, wall \(megabytes / seconds) MB/s, thread CPU \(megabytes / bestCPU) MB/s"
        )
        #expect(count == postings)
    }
}
