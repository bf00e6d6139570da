import SkillMarketCore

/// Invented sample charts (not taken from any real report) shared by the chart tests and the demo page.
enum ChartSamples {
    static let hostile = "<script>alert(\"x\")</script> R&D 'quoted'"

    static let bar = BarChart(
        id: "skills-share", title: "Share of postings by skill",
        summary: "Share of analysed postings that mention each skill, coloured by tier.",
        items: [
            .init(label: "Python", value: 0.712, valueLabel: "71.2%", category: "table-stakes", link: "#skill-python"),
            .init(
                label: "Machine Learning", value: 0.655, valueLabel: "65.5%", category: "table-stakes",
                link: "#skill-machine-learning"),
            .init(label: "Large Language Models", value: 0.341, valueLabel: "34.1%", category: "common"),
            .init(label: "Amazon Web Services", value: 0.276, valueLabel: "27.6%", category: "common"),
            .init(label: "Kubernetes", value: 0.118, valueLabel: "11.8%", category: "differentiator"),
            .init(
                label: "Distributed Systems Engineering at Scale", value: 0.083, valueLabel: "8.3%",
                category: "differentiator"),
            .init(label: "JAX", value: 0.031, valueLabel: "3.1%", category: "niche"),
            .init(label: "Fortran", value: 0.002, valueLabel: "0.2%", category: "niche"),
        ],
        categories: BarChart.Category.tiers, referenceLines: BarChart.ReferenceLine.tierThresholds)

    static let interval = IntervalChart(
        id: "salary-by-skill", title: "Median US base salary by skill",
        summary: "Median with 95% confidence interval; the dashed line is the role's median.",
        items: [
            .init(label: "JAX", median: 221_000, low: 208_000, high: 236_000, n: 88, link: "#salary-jax"),
            .init(label: "C++", median: 207_500, low: 199_000, high: 214_000, n: 131),
            .init(label: "Distributed Systems", median: 199_800, low: 195_000, high: 205_500, n: 150),
            .init(label: "PyTorch", median: 196_000, low: 193_500, high: 199_000, n: 598),
            .init(label: "Python", median: 188_900, low: 186_500, high: 191_000, n: 880),
            .init(label: "scikit-learn", median: 171_000, low: 165_000, high: 178_000, n: 160),
        ],
        baseline: .init(value: 192_000, label: "All postings $192K"))

    static let heatLabels = ["Python", "PyTorch", "TensorFlow", "AWS", "Google Cloud", "Kubernetes", "Docker", "SQL"]

    static let heat = HeatMap.symmetric(
        id: "skill-pairs", title: "Which skills appear together",
        summary: "Lift of each skill pair: above 1 means the pair appears together more often than chance.",
        labels: heatLabels,
        pairs: [
            .init(a: "Python", b: "PyTorch", lift: 1.35), .init(a: "Python", b: "TensorFlow", lift: 1.3),
            .init(a: "Python", b: "AWS", lift: 1.05, isSignificant: false), .init(a: "Python", b: "SQL", lift: 1.2),
            .init(a: "PyTorch", b: "TensorFlow", lift: 1.9), .init(a: "AWS", b: "Google Cloud", lift: 2.5),
            .init(a: "AWS", b: "Kubernetes", lift: 1.6), .init(a: "Kubernetes", b: "Docker", lift: 3.8),
            .init(a: "Google Cloud", b: "Kubernetes", lift: 1.7), .init(a: "SQL", b: "PyTorch", lift: 0.55),
            .init(a: "SQL", b: "TensorFlow", lift: 0.8, isSignificant: false), .init(a: "Docker", b: "AWS", lift: 1.4),
            .init(a: "Docker", b: "SQL", lift: 0.3), .init(a: "Google Cloud", b: "TensorFlow", lift: 1.5),
            .init(a: "PyTorch", b: "Docker", lift: 0.95, isSignificant: false),
        ])

    static let trend = TrendChart(
        id: "skill-trend", title: "Share of postings over time",
        summary: "Quarterly share of postings mentioning each skill.",
        series: [
            .init(
                label: "Python",
                points: quarters.enumerated().map { .init(period: $1, value: 0.70 - Double($0) * 0.004) }),
            .init(
                label: "LLMs", points: quarters.enumerated().map { .init(period: $1, value: 0.12 + Double($0) * 0.035) }
            ),
            .init(
                label: "Generative AI",
                points: quarters.enumerated().map { .init(period: $1, value: 0.10 + Double($0) * 0.03) }),
            .init(
                label: "TensorFlow",
                points: quarters.enumerated().map { .init(period: $1, value: 0.40 - Double($0) * 0.02) }),
        ])

    static let quarters = ["2024 Q3", "2024 Q4", "2025 Q1", "2025 Q2", "2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2"]

    /// A 25-skill matrix, the size the report uses, with invented lifts.
    static var largeHeat: HeatMap {
        let labels = (1...25).map { "Skill number \($0)" }
        var pairs: [HeatMap.Pair] = []
        for a in 0..<25 {
            for b in (a + 1)..<25 {
                let lift = 0.3 + Double((a * 7 + b * 13) % 40) / 10
                pairs.append(.init(a: labels[a], b: labels[b], lift: lift, isSignificant: (a + b) % 5 != 0))
            }
        }
        return HeatMap.symmetric(
            id: "large-pairs", title: "25 × 25 co-occurrence", summary: "", labels: labels, pairs: pairs)
    }

    /// 25 bars with long and hostile labels, counts as values, for the demo page.
    static var stressBar: BarChart {
        let names =
            [
                "Natural Language Processing and Computational Linguistics", hostile, "C#", "R", "Go",
            ] + (6...25).map { "Skill with a rather long name \($0)" }
        let items = names.enumerated().map { index, name in
            BarChart.Item(
                label: name, value: Double(3_000 - index * 120), valueLabel: String(3_000 - index * 120),
                link: "#s\(index)")
        }
        return BarChart(id: "stress", title: "Postings by skill", summary: "Counts.", items: items)
    }
}
