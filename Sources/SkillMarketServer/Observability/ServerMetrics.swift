import Foundation
import Prometheus

/// The Prometheus metrics of one server, rendered at `/metrics` (text exposition format 0.0.4).
///
/// * `skillmarket_http_requests_total{route,method,status}` — answered requests;
/// * `skillmarket_http_request_duration_seconds{route}` — latency histogram, handler start to response;
/// * `skillmarket_http_requests_in_flight` — requests being handled now (a scrape counts itself);
/// * `process_resident_memory_bytes` — resident set size, read from `/proc/self/statm` at scrape time
///   (Linux; absent elsewhere).
///
/// `route` is the matched route pattern (`/api/postings/{id}`), "NotFound" or "unmatched", never the
/// raw path, so label values stay few. Each server owns its registry (nothing goes through the
/// process-wide `MetricsSystem`), so tests and several servers in one process never share counts.
struct ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let inFlight: Gauge
    private let residentMemory: Gauge?

    /// Upper bounds of the latency buckets, 5 ms to 30 s.
    static let latencyBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2_500), .seconds(5), .seconds(10),
        .seconds(30),
    ]

    init() {
        inFlight = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "skillmarket", subsystem: "http", metricName: "requests", unitName: "in_flight",
                helpText: "Requests being handled now."))
        residentMemory =
            ProcessMemory.residentBytes() == nil
            ? nil
            : registry.makeGauge(
                descriptor: MetricNameDescriptor(
                    namespace: "process", metricName: "resident_memory", unitName: "bytes",
                    helpText: "Resident memory size in bytes."))
    }

    func requestStarted() {
        inFlight.increment()
    }

    func requestFinished(route: String, method: String, status: Int, duration: Duration) {
        inFlight.decrement()
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "skillmarket", subsystem: "http", metricName: "requests", unitName: "total",
                helpText: "Answered requests by route, method and status."),
            labels: [("route", route), ("method", method), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "skillmarket", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                helpText: "Time from handler start to response, by route."),
            labels: [("route", route)], buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// Every metric in the text exposition format, with the resident memory read now.
    func exposition() -> String {
        if let residentMemory, let bytes = ProcessMemory.residentBytes() { residentMemory.set(Double(bytes)) }
        return registry.emitToString()
    }
}

/// The process's resident set size.
enum ProcessMemory {
    /// Resident pages × page size from `/proc/self/statm`; `nil` where that file does not exist.
    static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
