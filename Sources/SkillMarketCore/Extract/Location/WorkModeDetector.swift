/// Tags a posting onsite, hybrid and/or remote; `[]` when nothing says.
///
/// A structured `workplace` value ("remote", "Hybrid", "On-site", "TELECOMMUTE", "hybrid, remote")
/// wins when it names a mode; otherwise title, location and description are read. Negations
/// count ("not remote", "remote work is not available" → onsite, never remote) and look-alikes do
/// not ("remote sensing", "hybrid cloud", "on-site gym").
public struct WorkModeDetector: Sendable {
    public init() {}

    /// Sorted, unique modes. `description` is the plain-text description.
    ///
    ///     workModes(for: RawPosting(title: "Data Engineer (Remote or Hybrid, London)"), description: "")
    ///     // [.hybrid, .remote]
    public func workModes(for posting: RawPosting, description: String) -> [WorkMode] {
        var descriptionReading = DescriptionReading()
        return workModes(for: posting, description: description, descriptionReading: &descriptionReading)
    }

    /// `workModes(for:description:)`, reading the description through `descriptionReading` (which
    /// may hold its findings already, read with the seniority).
    func workModes(for posting: RawPosting, description: String, descriptionReading: inout DescriptionReading)
        -> [WorkMode]
    {
        if let workplace = posting.workplace {
            let structured = modes(in: WorkModeText.findings(in: workplace, structured: true))
            if !structured.isEmpty { return structured }
        }
        var findings = WorkModeText.findings(in: posting.title)
        if let location = posting.location { findings.formUnion(WorkModeText.findings(in: location)) }
        findings.formUnion(descriptionReading.workModeFindings(of: description))
        return modes(in: findings)
    }

    /// A denied remote wins over a stray positive one and implies on-site.
    private func modes(in findings: WorkModeText.Findings) -> [WorkMode] {
        var modes = findings
        if findings.deniesRemote {
            modes.remove(.remote)
            if !modes.contains(.hybrid) { modes.insert(.onsite) }
        }
        return modes.sortedModes
    }
}
