/// A strict reader of the Prometheus text exposition format 0.0.4, to check `/metrics`.
///
/// Rejects what Prometheus would reject: bad metric or label names, unquoted or badly escaped
/// label values, unparsable values, samples of a family without a `# TYPE` line before them,
/// duplicate series, and histograms whose buckets are not cumulative or whose `+Inf` bucket
/// differs from `_count`.
struct PrometheusExposition {
    struct Sample: Equatable {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "line \(line): \(reason)" }
    }

    private(set) var types: [String: String] = [:]
    private(set) var samples: [Sample] = []

    init(parsing text: String) throws {
        var seen = Set<String>()
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let parts = line.split(separator: " ", maxSplits: 3)
                guard parts.count >= 3, parts[0] == "#", parts[1] == "HELP" || parts[1] == "TYPE" else { continue }
                let name = String(parts[2])
                guard Self.isMetricName(name) else { throw ParseError(line: number, reason: "bad name \(name)") }
                if parts[1] == "TYPE" {
                    let type = parts.count > 3 ? String(parts[3]) : ""
                    guard ["counter", "gauge", "histogram", "summary", "untyped"].contains(type) else {
                        throw ParseError(line: number, reason: "bad type \(type)")
                    }
                    guard types[name] == nil else { throw ParseError(line: number, reason: "second TYPE for \(name)") }
                    types[name] = type
                }
                continue
            }
            let sample = try Self.sample(Substring(line), line: number)
            guard types[Self.family(of: sample.name, in: types)] != nil else {
                throw ParseError(line: number, reason: "no TYPE before \(sample.name)")
            }
            let key = sample.name + "|" + sample.labels.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: ",")
            guard seen.insert(key).inserted else { throw ParseError(line: number, reason: "duplicate series \(key)") }
            samples.append(sample)
        }
        try checkHistograms()
    }

    /// The value of the one sample with this name and exactly these labels.
    func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        samples.first { $0.name == name && $0.labels == labels }?.value
    }

    private func checkHistograms() throws {
        for (family, type) in types where type == "histogram" {
            let buckets = samples.filter { $0.name == family + "_bucket" }
            let series = Dictionary(grouping: buckets) { $0.labels.filter { $0.key != "le" } }
            for (labels, group) in series {
                let ordered = try group.map { sample -> (Double, Double) in
                    guard let bound = sample.labels["le"], let limit = Double(bound == "+Inf" ? "inf" : bound) else {
                        throw ParseError(line: 0, reason: "\(family) bucket without le")
                    }
                    return (limit, sample.value)
                }.sorted { $0.0 < $1.0 }
                for (previous, next) in zip(ordered, ordered.dropFirst()) where next.1 < previous.1 {
                    throw ParseError(line: 0, reason: "\(family)\(labels) buckets are not cumulative")
                }
                guard let last = ordered.last, last.0 == .infinity, last.1 == value(family + "_count", labels) else {
                    throw ParseError(line: 0, reason: "\(family)\(labels): +Inf bucket differs from _count")
                }
            }
        }
    }

    /// `name_bucket`, `name_sum`, `name_count` belong to the histogram or summary `name`.
    private static func family(of name: String, in types: [String: String]) -> String {
        for suffix in ["_bucket", "_sum", "_count"] where name.hasSuffix(suffix) {
            let base = String(name.dropLast(suffix.count))
            if types[base] == "histogram" || types[base] == "summary" { return base }
        }
        return name
    }

    private static func sample(_ line: Substring, line number: Int) throws -> Sample {
        var rest = line[...]
        let name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" })
        guard isMetricName(name) else { throw ParseError(line: number, reason: "bad metric name in \(line)") }
        rest = rest.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            rest = rest.dropFirst()
            while rest.first != "}" {
                let label = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                guard isLabelName(label) else { throw ParseError(line: number, reason: "bad label name in \(line)") }
                rest = rest.dropFirst(label.count)
                guard rest.hasPrefix("=\"") else { throw ParseError(line: number, reason: "unquoted label in \(line)") }
                rest = rest.dropFirst(2)
                var value = ""
                while let character = rest.first, character != "\"" {
                    rest = rest.dropFirst()
                    if character == "\\" {
                        guard let escaped = rest.first, ["\\", "\"", "n"].contains(escaped) else {
                            throw ParseError(line: number, reason: "bad escape in \(line)")
                        }
                        value.append(escaped == "n" ? "\n" : escaped)
                        rest = rest.dropFirst()
                    } else {
                        value.append(character)
                    }
                }
                guard rest.first == "\"", labels[label] == nil else {
                    throw ParseError(line: number, reason: "bad label value in \(line)")
                }
                labels[label] = value
                rest = rest.dropFirst()
                if rest.first == "," { rest = rest.dropFirst() }
                guard !rest.isEmpty else { throw ParseError(line: number, reason: "unclosed labels in \(line)") }
            }
            rest = rest.dropFirst()
        }
        let fields = rest.split(separator: " ")
        guard rest.first == " ", (1...2).contains(fields.count), let value = parseValue(fields[0]) else {
            throw ParseError(line: number, reason: "bad value in \(line)")
        }
        return Sample(name: name, labels: labels, value: value)
    }

    private static func parseValue(_ text: Substring) -> Double? {
        switch text {
        case "+Inf": .infinity
        case "-Inf": -.infinity
        case "NaN": .nan
        default: Double(text)
        }
    }

    private static func isMetricName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter || first == "_" || first == ":" else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") }
    }

    private static func isLabelName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
