import SkillMarketCore
import Testing

struct RoleCase: Sendable, CustomTestStringConvertible {
    let title: String
    let description: String
    let expected: String?

    init(_ title: String, _ expected: String?, description: String = "") {
        self.title = title
        self.description = description
        self.expected = expected
    }

    var testDescription: String { "\(title) → \(expected ?? "nil")" }
}

@Suite("Role classifier")
struct RoleClassifierTests {
    static let classifier: RoleClassifier? = (try? RoleCatalogue.bundled()).map(RoleClassifier.init)

    @Test(
        "Titles map to catalogue roles; look-alikes and unknown titles map to nil",
        arguments: [
            // Positive: plain, abbreviated and qualified titles.
            RoleCase("Machine Learning Engineer", "machine-learning-engineer"),
            RoleCase("Sr. ML Engineer (Contract) - NYC", "machine-learning-engineer"),
            RoleCase("MLE II", "machine-learning-engineer"),
            RoleCase("AI/ML Engineer", "machine-learning-engineer"),
            RoleCase("Founding ML Platform Engineer - Remote", "machine-learning-engineer"),
            RoleCase("MLOps Engineer", "machine-learning-engineer"),
            RoleCase("Deep Learning Engineer, Staff", "machine-learning-engineer"),
            RoleCase("Software Engineer, Machine Learning", "machine-learning-engineer"),
            RoleCase("Data Scientist", "data-scientist"),
            RoleCase("Lead Data Scientist - Growth", "data-scientist"),
            RoleCase("Applied Scientist II", "data-scientist"),
            RoleCase("Data Science Intern", "data-scientist"),
            RoleCase("Data Engineer", "data-engineer"),
            RoleCase("Analytics Engineer", "data-engineer"),
            RoleCase("Big Data Engineer, Senior", "data-engineer"),
            RoleCase("ETL Developer", "data-engineer"),
            RoleCase("Data Analyst I", "data-analyst"),
            RoleCase("BI Developer", "data-analyst"),
            RoleCase("Business Intelligence Analyst", "data-analyst"),
            RoleCase("Financial Data Analyst", "data-analyst"),
            RoleCase("Software Engineer", "software-engineer"),
            RoleCase("SDE II", "software-engineer"),
            RoleCase("Full-Stack Developer", "software-engineer"),
            RoleCase("Backend Engineer (Go)", "software-engineer"),
            RoleCase("Research Scientist, Machine Learning", "research-scientist"),
            RoleCase("AI Research Scientist", "research-scientist"),
            RoleCase("ML Researcher", "research-scientist"),
            // Two roles: a title phrase beats a field name, then the first mentioned wins.
            RoleCase("Data Scientist / ML Engineer", "data-scientist"),
            RoleCase("ML Engineer / Data Scientist", "machine-learning-engineer"),
            RoleCase("Software Engineer, Data Science", "software-engineer"),
            // Vague titles need support.
            RoleCase("AI Engineer", nil),
            RoleCase("AI Engineer", "machine-learning-engineer", description: "You will fine-tune LLMs and ship RAG."),
            RoleCase("Senior LLM Engineer", "machine-learning-engineer"),
            RoleCase("Model Inference Engineer, Ranking", "machine-learning-engineer"),
            RoleCase("AI Platform Engineer", nil),
            RoleCase("AI Infrastructure Engineer II", "machine-learning-engineer", description: "Serve LLMs at low latency."),
            RoleCase("Research Engineer", nil, description: "Build test rigs for our bridge designs."),
            RoleCase(
                "Research Engineer", "research-scientist",
                description: "Train deep learning models in PyTorch; publish machine learning papers."),
            RoleCase("Research Scientist", nil, description: "Run cell culture assays at the bench."),
            RoleCase("Engineer II", nil),
            // Look-alikes.
            RoleCase("Learning & Development Specialist", nil),
            RoleCase("Learning Experience Designer", nil),
            RoleCase("Training Consultant", nil),
            RoleCase("e-Learning Developer", nil),
            RoleCase("Machine Operator", nil),
            RoleCase("Teacher", nil),
            RoleCase("Data Entry Clerk", nil),
            RoleCase("Data Center Technician", nil),
            RoleCase("Sales Engineer", nil),
            RoleCase("Hardware Engineer", nil),
            RoleCase("Civil Engineer", nil),
            RoleCase("Clinical Research Coordinator", nil),
            RoleCase("Market Research Analyst", nil),
            RoleCase("Financial Analyst", nil),
            RoleCase("Business Analyst (requirements)", nil),
            RoleCase("Master Data Analyst", nil),
            RoleCase("Research Scientist, Immunology", nil),
            RoleCase("Senior Scientist - Neuroscience", nil),
            RoleCase("Data Science Manager", nil),
            RoleCase("Director of Machine Learning", nil),
            RoleCase("Data Science Instructor", nil),
            RoleCase("Registered Nurse", nil),
            RoleCase("", nil),
        ])
    func classifiesTitle(_ c: RoleCase) throws {
        let classifier = try #require(Self.classifier)
        #expect(classifier.role(title: c.title, description: c.description)?.rawValue == c.expected)
    }

    @Test(
        "A vague title's support terms are found anywhere in the description, also across the pieces it is read in",
        arguments: [
            RoleCase("AI Engineer", "machine-learning-engineer", description: "We use PyTorch daily."),
            RoleCase(
                "AI Engineer", "machine-learning-engineer",
                description: String(repeating: "word ", count: 100) + "pytorch"),
            RoleCase(
                "AI Engineer", "machine-learning-engineer",
                description: String(repeating: "a", count: 250) + " large language models"),
            RoleCase("AI Engineer", nil, description: "Nothing relevant here."),
            RoleCase(
                "Research Scientist", "research-scientist",
                description: "machine learning and " + String(repeating: "x ", count: 200) + "computer vision"),
            RoleCase(
                "Research Scientist", "research-scientist",
                description: String(repeating: "a", count: 250) + " computer vision and deep learning"),
            RoleCase("Research Scientist", nil, description: "machine learning only"),
        ])
    func confirmsVagueTitlesFromDescription(_ c: RoleCase) throws {
        let classifier = try #require(Self.classifier)
        #expect(classifier.role(title: c.title, description: c.description)?.rawValue == c.expected)
    }
}
