import ArgumentParser

/// `skillmarket distributed`: the Swift steps of the distributed report (`distributed/skillmarket_spark.py`).
///
/// A cluster job runs `map` on slices of the input, groups its lines by duplicate block and
/// runs `dedup` on each group in input order, counts the rows, and hands the counts to
/// `skillmarket report --from-aggregates`. Extraction, filters and duplicate rules stay in Swift.
struct DistributedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distributed",
        abstract: "Steps of the distributed report: map (extract and filter) and dedup (remove reposts per block).",
        subcommands: [DistributedMapCommand.self, DistributedDedupCommand.self]
    )
}
