import SkillMarketCore
import Testing

/// A sentence and the skills that must (and must not) be found in it.
struct SkillCase: Sendable, CustomTestStringConvertible {
    let text: String
    let present: [String]
    let absent: [String]
    init(_ text: String, has present: [String] = [], not absent: [String] = []) {
        self.text = text
        self.present = present
        self.absent = absent
    }
    var testDescription: String { text }
}

enum BundledMatcher {
    static let shared: SkillMatcher? = (try? Taxonomy.bundled()).map(SkillMatcher.init)
}

@Suite("Skill matcher: ambiguous tokens")
struct SkillMatcherAmbiguityTests {
    static let languageCases: [SkillCase] = [
        SkillCase("Strong C/C++ skills required", has: ["C", "C++"]),
        SkillCase("Experience with C, C++ and Python", has: ["C", "C++", "Python"]),
        SkillCase("Firmware written in C for microcontrollers", has: ["C"]),
        SkillCase("C programming on embedded targets", has: ["C"]),
        SkillCase("Comfortable with C and Python", has: ["C", "Python"]),
        SkillCase("Present findings to the C-suite", not: ["C"]),
        SkillCase("We just closed our Series C round", not: ["C"]),
        SkillCase("Report to C level executives", not: ["C"]),
        SkillCase("Rich in Vitamin C and fibre", not: ["C"]),
        SkillCase("Grade C or above in maths", not: ["C"]),
        SkillCase("Plan A, plan B and option C are on the table", not: ["C"]),
        SkillCase("Develop services in C# and .NET", not: ["C"]),
        SkillCase("Modern C++17 codebase", has: ["C++"], not: ["C"]),
        SkillCase("Use R or Python for analysis", has: ["Python", "R"]),
        SkillCase("R programming is a plus", has: ["R"]),
        SkillCase("Tools: Python, R, SQL", has: ["Python", "R", "SQL"]),
        SkillCase("Scripting in R/Python", has: ["Python", "R"]),
        SkillCase("Dashboards built in RStudio", has: ["R"]),
        SkillCase("Partner with R&D on new products", not: ["R"]),
        SkillCase("Previously a manager at Toys R Us", not: ["R"]),
        SkillCase("Licensed R.N. with ICU experience", not: ["R"]),
        SkillCase("Experience with SAS or R", has: ["R"]),
        SkillCase("Tools such as SQL, Tableau, Crystal Reports, R, etc.", has: ["R", "SQL"]),
        SkillCase("Python is required. R, S and T wings are on site", has: ["Python"], not: ["R"]),
        SkillCase("Grades A, B, C accepted", not: ["C"]),
        SkillCase("Backend services in Go, Python", has: ["Go", "Python"]),
        SkillCase("We use Golang for our APIs", has: ["Go"]),
        SkillCase("Our platform is written in Go", has: ["Go"]),
        SkillCase("Systems code in Go/Rust", has: ["Go", "Rust"]),
        SkillCase("Own the go to market plan", not: ["Go"]),
        SkillCase("You are a go-getter with grit", not: ["Go"]),
        SkillCase("Snacks for engineers on the go", not: ["Go"]),
        SkillCase("Go to our careers page to apply", not: ["Go"]),
        SkillCase("We will go above and beyond", not: ["Go"]),
        SkillCase("Rust and Python services", has: ["Python", "Rust"]),
        SkillCase("Remove rust from the metal frame", not: ["Rust"]),
        SkillCase("Java and Spring Boot", has: ["Java"], not: ["JavaScript"]),
        SkillCase("JavaScript and TypeScript front ends", has: ["JavaScript", "TypeScript"], not: ["Java"]),
        SkillCase("Node.js services and JS tooling", has: ["JavaScript"]),
        SkillCase("Monty Python fans welcome", not: ["Python"]),
    ]

    static let dataCases: [SkillCase] = [
        SkillCase("Big data with Spark and Hadoop", has: ["Apache Spark"]),
        SkillCase("PySpark jobs on Databricks", has: ["Apache Spark", "Databricks"]),
        SkillCase("Queries in Spark SQL", has: ["Apache Spark"]),
        SkillCase("We want people who spark innovation.", not: ["Apache Spark"]),
        SkillCase("Tidy spaces that spark joy.", not: ["Apache Spark"]),
        SkillCase("Sparking new ideas every day", not: ["Apache Spark"]),
        SkillCase("Our CV/NLP research group", has: ["Computer Vision", "NLP"]),
        SkillCase("Train CV models for inspection", has: ["Computer Vision"]),
        SkillCase("Please send your CV to the recruiter", not: ["Computer Vision"]),
        SkillCase("Apply with a CV and cover letter", not: ["Computer Vision"]),
        SkillCase("Build ML models for ranking", has: ["Machine Learning"]),
        SkillCase("Experience with AI/ML platforms", has: ["Machine Learning"]),
        SkillCase("HTML, XML and YAML templates", not: ["Machine Learning"]),
        SkillCase("Mobile features using ML Kit", not: ["Machine Learning"]),
        SkillCase("Enter each digit carefully", not: ["Git"]),
        SkillCase("Version control with Git and GitHub", has: ["Git"]),
        SkillCase("Advanced Excel and pivot tables", has: []),
        SkillCase("Deploy on AWS and Azure", has: ["AWS", "Azure"]),
        SkillCase("Strong statistics background", has: ["Statistics"]),
        SkillCase("Statistically minded problem solver", not: ["Statistics"]),
        SkillCase("Fine-tune LLMs and large language models", has: ["LLMs"]),
        SkillCase("LLM evaluation", has: ["LLMs"]),
        SkillCase("Fine-tune transformer models with Hugging Face Transformers", has: ["Transformers"]),
        SkillCase("Maintain power transformers and switchgear", not: ["Transformers"]),
        SkillCase("Package services with Docker containers", has: ["Docker"]),
        SkillCase("Load shipping containers onto trucks", not: ["Docker"]),
        SkillCase("Warehouse on Snowflake with dbt", has: ["Snowflake", "dbt"]),
        SkillCase("Design a snowflake schema for the mart", not: ["Snowflake"]),
        SkillCase("Therapist trained in DBT and CBT", not: ["dbt"]),
        SkillCase("Event streaming with Kafka", has: ["Kafka"]),
        SkillCase("Prometheus and Grafana dashboards", has: ["Monitoring"]),
        SkillCase("Deploy to EKS with Terraform", has: ["Kubernetes", "Terraform"]),
        SkillCase("Write T-SQL and PL/SQL against PostgreSQL", has: ["SQL"]),
        SkillCase("NoSQL stores like MongoDB", has: ["NoSQL"], not: ["SQL"]),
        SkillCase("CI/CD with GitHub Actions", has: ["CI/CD"]),
        SkillCase("REST APIs with FastAPI and gRPC", has: ["APIs"]),
        SkillCase("RAG pipelines over pgvector with LangChain", has: ["LangChain", "RAG", "Vector Databases"]),
        SkillCase("Weekly RAG status to the board", not: ["RAG"]),
        SkillCase("Run A/B testing and online experiments", has: ["A/B Testing"]),
        SkillCase("scikit learn, sklearn and XGBoost", has: ["XGBoost", "scikit-learn"]),
        SkillCase("machine\u{00A0}learning and deep\nlearning", has: ["Deep Learning", "Machine Learning"]),
        SkillCase("Airflow DAGs and dbt models", has: ["Airflow", "dbt"]),
        SkillCase("Check the airflow of the HVAC unit", not: ["Airflow"]),
    ]

    @Test("language names count only in the language sense", arguments: languageCases)
    func languages(_ c: SkillCase) throws {
        try check(c)
    }

    @Test("data and ML terms count only in their technical sense", arguments: dataCases)
    func dataTerms(_ c: SkillCase) throws {
        try check(c)
    }

    private func check(_ c: SkillCase) throws {
        let matcher = try #require(BundledMatcher.shared)
        let found = Set(matcher.skills(in: c.text).map(\.rawValue))
        for skill in c.present { #expect(found.contains(skill), "missing \(skill) in \(found.sorted())") }
        for skill in c.absent { #expect(!found.contains(skill), "unexpected \(skill)") }
        if c.present.isEmpty && c.absent.isEmpty { #expect(found.isEmpty, "unexpected \(found.sorted())") }
    }
}
