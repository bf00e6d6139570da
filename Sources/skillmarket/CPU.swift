import Foundation

/// The machine's processor count, read once by the executable (Core never reads it).
enum CPU {
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
}
