extension CorpusCalibration {
    /// A one-of-everything calibration used only if the bundled files cannot be read, so that
    /// `.default` never traps. Generated postings are valid but monotonous.
    static var minimal: CorpusCalibration {
        let t = "\t"
        let files: [String: String] = [
            "settings.tsv": "key\tvalue\nas_of\t2026-06-30\n",
            "groups.tsv": "group\ton_share\tboost\nnone\t0\t1\n",
            "skills.tsv": "skill\tgroup\tmle\tsalary_effect\taliases\nPython\tnone\t0.6\t0\tPython\n",
            "profiles.tsv": "profile\trole\tweight\tskill_column\tentry\tmid\tsenior\tstaff\tgroup\tsalary_offset\n"
                + "mle\tmachine-learning-engineer\t1\tmle\t0.05\t0.55\t0.23\t0.17\ttech\t0\n",
            "titles.tsv": "profile\tweight\tlevels\ttitle\tskills\nmle\t1\ty\tMachine Learning Engineer\t\n",
            "seniority.tsv": "level\tweight\tpattern\nsenior\t1\tSenior {t}\nstaff\t1\tStaff {t}\nentry\t1\tJunior {t}\n",
            "countries.tsv": "country\tweight\tcurrency\tpay_factor\tsalary_share\nUS\t1\tUSD\t1\t0.5\n",
            "locations.tsv": "country\tweight\tcity\ttext\nUS\t1\tnew-york\tNew York, NY\n",
            "workmodes.tsv": "modes\tweight\nonsite\t1\n",
            "companies.tsv": "weight\tsegment\tname\tvariants\n1\tsoftware\tExample Co\t\n",
            "company_words.tsv": "kind\ttext\n",
            "salary_formats.tsv": "currency\tkind\tbase\tperiod\tshape\tweight\tpattern\nUSD\ttext\ty\tyear\trange\t1\t"
                + "${min,} - ${max,} a year\n",
            "templates.tsv": "kind\tgroup\tarity\tweight\ttext\n"
                + ["intro", "about", "team", "h_resp", "h_req", "h_nice", "h_benefits", "resp_filler", "req_filler",
                    "benefit", "eeo", "apply"].map { $0 + t + "all" + t + "0" + t + "1" + t + "{company}" }.joined(separator: "\n")
                + "\nreq\tall\t1\t1\tExperience with {1}.\n",
        ]
        do {
            return try make(files: files)
        } catch {
            preconditionFailure("the built-in minimal calibration is invalid: \(error)")
        }
    }
}
