import Synchronization

/// Lets at most `width` expensive computations run at once; the others wait in arrival order.
///
/// Under many concurrent report requests the CPU is otherwise shared among all of them, so a report over
/// most of the store finishes only when everything started alongside it has: its latency grows with the
/// number of requests in flight and passes the time limit. Queued first-come first-served instead, each
/// waits for the builds ahead of it and then runs at full speed. A task cancelled while waiting (its
/// request's time limit) leaves the queue and throws `CancellationError`.
final class BuildGate: Sendable {
    private struct State {
        var available: Int
        var nextTicket: UInt64 = 0
        /// Suspended tasks, first come first.
        var queue: [(ticket: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
        /// Tickets handed out whose tasks have not suspended yet.
        var pending: Set<UInt64> = []
        /// Pending tickets cancelled before their tasks suspended.
        var cancelledEarly: Set<UInt64> = []
    }

    private enum Admission {
        case admitted, queued, cancelled
    }

    private let state: Mutex<State>

    init(width: Int) {
        state = Mutex(State(available: max(1, width)))
    }

    /// `body`'s result, run once one of the `width` places is free.
    func run<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        try await enter()
        defer { leave() }
        return try await body()
    }

    private func enter() async throws {
        let ticket: UInt64? = state.withLock { state in
            if state.available > 0 && state.queue.isEmpty {
                state.available -= 1
                return nil
            }
            state.nextTicket += 1
            state.pending.insert(state.nextTicket)
            return state.nextTicket
        }
        guard let ticket else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let admission = state.withLock { state -> Admission in
                    state.pending.remove(ticket)
                    if state.cancelledEarly.remove(ticket) != nil { return .cancelled }
                    if state.available > 0 && state.queue.isEmpty {
                        state.available -= 1
                        return .admitted
                    }
                    state.queue.append((ticket, continuation))
                    return .queued
                }
                switch admission {
                case .admitted: continuation.resume()
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .queued: break
                }
            }
        } onCancel: {
            let waiting = state.withLock { state -> CheckedContinuation<Void, any Error>? in
                if let index = state.queue.firstIndex(where: { $0.ticket == ticket }) {
                    return state.queue.remove(at: index).continuation
                }
                if state.pending.contains(ticket) { state.cancelledEarly.insert(ticket) }
                return nil  // already admitted: the running build checks for cancellation itself
            }
            waiting?.resume(throwing: CancellationError())
        }
    }

    /// Frees a place: the longest-waiting task takes it.
    private func leave() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard !state.queue.isEmpty else {
                state.available += 1
                return nil
            }
            return state.queue.removeFirst().continuation
        }
        next?.resume()
    }
}
