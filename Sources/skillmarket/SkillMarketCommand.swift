import ArgumentParser

@main
struct SkillMarketCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillmarket",
        abstract: "Turn job postings into job-market truth.",
        subcommands: [
            ExtractCommand.self, ReportCommand.self, CompareCommand.self, IngestCommand.self, ServeCommand.self,
            GenerateCommand.self, DistributedCommand.self,
        ]
    )
}
