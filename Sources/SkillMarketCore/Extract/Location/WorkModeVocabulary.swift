/// Word lists that tell work-mode phrases from look-alikes ("remote sensing", "hybrid cloud").
///
/// Words are lower-case ASCII with apostrophes removed ("isn't" → "isnt"), as `WorkModeText` makes them.
enum WorkModeVocabulary {
    /// Words after "remote"/"remotely" that make it a technical or geographic term, not a way of working.
    static let notWorkAfterRemote: Set<String> = [
        "sensing", "sensor", "sensors", "monitoring", "monitor", "monitored", "patient", "patients", "control",
        "controls", "controlled", "controller", "access", "accessed", "desktop", "desktops", "server", "servers",
        "support", "assistance", "troubleshooting", "diagnostics", "diagnosis", "diagnose", "device", "devices",
        "location", "locations", "site", "sites", "area", "areas", "region", "regions", "island", "islands",
        "village", "villages", "community", "communities", "parts", "corners", "learning", "teaching",
        "instruction", "classes", "operation", "operations", "operated", "operate", "operator", "operators",
        "pilot", "pilots", "piloted", "vehicle", "vehicles", "surgery", "terminal", "terminals", "execution",
        "code", "shell", "repository", "repositories", "branch", "host", "hosts", "machine", "machines",
        "management", "managed", "manage", "interview", "interviews", "interviewing", "onboarding", "deposit",
        "starter", "camera", "cameras", "inspection", "viewing", "connection", "connections", "connectivity",
        "services", "service", "system", "systems", "possibility", "chance", "telemetry", "procedures",
        "hands", "care", "consultation", "consultations", "visits", "visit", "video", "controlled", "located",
        "health", "healthcare", "telehealth", "worksite", "worksites", "production", "studio", "proctoring", "proctored", "testing", "audit", "audits",
    ]

    /// Words before "remote" that make it geographic ("rural and remote areas").
    static let notWorkBeforeRemote: Set<String> = ["rural", "isolated", "very", "git", "tv", "garage"]

    /// Words after "hybrid" that make it technical ("hybrid cloud", "hybrid vehicle").
    static let notWorkAfterHybrid: Set<String> = [
        "cloud", "clouds", "multi", "multicloud", "it", "infrastructure", "infrastructures", "architecture",
        "architectures", "app", "apps", "application", "applications", "mobile", "vehicle", "vehicles", "car",
        "cars", "electric", "ev", "evs", "engine", "engines", "powertrain", "solution", "solutions", "system",
        "systems", "integration", "integrations", "deployment", "deployments", "network", "networks",
        "networking", "storage", "approach", "approaches", "seeds", "seed", "models", "data", "database",
        "databases", "search", "retrieval", "rag", "ai", "ml", "method", "methods", "methodology", "identity",
        "workloads", "workload", "kubernetes", "on", "onprem", "premise", "premises", "technology",
        "technologies", "testing", "events", "event", "learning", "courses", "course", "classes", "instruction",
        "teaching", "programs", "program", "bikes", "bike", "trucks", "fleet", "energy", "power", "battery",
        "batteries", "inverter", "inverters", "chip", "chips", "circuits", "meetings", "meeting", "mesh",
        "environments", "platforms", "platform", "agile", "waterfall", "methodologies",
    ]

    /// Words up to two before "hybrid" that make it technical ("plug-in hybrid", "EV and hybrid").
    static let notWorkBeforeHybrid: Set<String> = ["plug", "electric", "ev", "gas", "diesel", "petrol"]

    /// Words after "on-site"/"onsite" that describe an amenity or an event, not where one works.
    static let notWorkAfterOnsite: Set<String> = [
        "gym", "gyms", "fitness", "parking", "cafeteria", "cafe", "canteen", "restaurant", "restaurants",
        "dining", "childcare", "child", "daycare", "day", "health", "clinic", "clinics", "medical", "amenities",
        "amenity", "wellness", "meals", "meal", "food", "laundry", "shuttle", "storage", "interview",
        "interviews", "visit", "visits", "nurse", "pharmacy", "lunch", "lunches", "coffee", "kitchen",
        "showers", "bike", "charging", "massage", "doctor", "doctors", "physician", "banking", "atm",
        "generation", "solar", "power", "wastewater", "seo", "optimization", "search", "content", "traffic",
        "analytics", "events", "event", "training", "trainings", "inspection", "inspections", "audit",
        "audits", "assessment", "assessments", "installation", "installations", "evaluation", "evaluations",
        "meetings", "meeting", "recruitment", "hiring", "activities", "perks", "benefits", "facilities",
        "facility", "housing", "accommodation", "accommodations", "dry", "car", "ev", "store", "shop",
        "grocery", "barber", "salon", "concierge", "vaccination", "vaccinations", "testing",
        "daycares", "services", "service", "lab", "labs", "library", "classes", "camp", "camps", "school",
        "schools", "residents", "residence", "visitors", "guests",
    ]

    /// Words after "in office" that make it the software suite or an office skill.
    static let notWorkAfterInOffice: Set<String> = [
        "365", "administration", "admin", "management", "software", "suite", "applications", "application",
        "apps", "skills", "procedures", "tools", "equipment", "products", "supplies", "practices", "support",
        "systems", "technology", "automation", "furniture",
    ]

    /// Words after "in person"/"in-person" that make it a work arrangement ("an in-person role").
    static let workAfterInPerson: Set<String> = [
        "role", "roles", "position", "positions", "job", "jobs", "work", "working", "attendance", "presence",
        "requirement", "only", "opportunity", "schedule", "employment", "environment", "office",
    ]

    /// Words up to two before "remote" that make it partial, hence hybrid ("some remote work").
    static let partialBeforeRemote: Set<String> = [
        "partially", "partly", "partial", "part", "semi", "some", "occasional", "occasionally", "optional",
        "limited",
    ]

    /// Words that negate a following mode within three words ("this is not a remote role").
    static let negators: Set<String> = [
        "not", "no", "non", "never", "cannot", "cant", "isnt", "arent", "wont", "dont", "doesnt", "unable",
        "neither", "nor",
    ]

    /// Nouns that may follow a mode before a trailing negation ("remote work is not available").
    static let modeNouns: Set<String> = [
        "work", "working", "option", "options", "position", "positions", "role", "roles", "opportunity",
        "opportunities", "employment", "job", "jobs", "arrangement", "arrangements", "workers", "candidates",
    ]

    /// Verbs between a mode (and its noun) and a trailing negation.
    static let linkingVerbs: Set<String> = ["is", "are", "will", "would", "be", "was", "s"]

    /// Words that negate a preceding mode ("remote: no", "remote work is not possible").
    static let trailingNegators: Set<String> = [
        "not", "no", "never", "isnt", "arent", "wont", "unavailable", "cannot", "impossible",
    ]

    /// Counts of office days that make a schedule hybrid (1–4) rather than fully on-site (5).
    static let dayCounts: [String: Int] = [
        "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "1x": 1, "2x": 2, "3x": 3, "4x": 4, "5x": 5,
    ]
}
