extension RecordDecoder {
    /// Maps a plain JSON object through `FieldAliases` (and `--map`); `nil` without a title.
    ///
    /// Numbers and booleans where text belongs become their text; arrays of scalars are
    /// joined with ", "; a `company` object gives its `name`, a `location` object its Place
    /// text, a `salary` object is read as a MonetaryAmount; other objects and unknown keys are
    /// kept in `extras` (strings as themselves, the rest as compact JSON).
    func mapPlain(_ members: [JSONValue.Member]) -> RawPosting? {
        var builder = PostingBuilder()
        for member in members {
            let target = resolver.target(for: member.key)
            let value = member.value
            switch (target, value) {
            case (_, .null):
                continue
            case (.ignore, _):
                continue
            case (.extra, _):
                builder.add(member.key, value.scalarText ?? value.compactText, as: .extra)
            case (.field(.salary), .object):
                addSalary(value, name: member.key, to: &builder)
            case (.field(.location), .object):
                let place = JobPostingLD.place(value)
                builder.add(member.key, place.text, as: target)
                builder.add("addressCountry", place.country, as: .field(.country))
            case (.field(.company), .object):
                builder.add(member.key, JobPostingLD.name(value) ?? value.compactText, as: target)
            case (_, .array(let elements)) where elements.allSatisfy({ $0.scalarText != nil }):
                builder.add(member.key, elements.compactMap(\.scalarText).joined(separator: ", "), as: target)
            default:
                builder.add(member.key, value.scalarText ?? value.compactText, as: target)
            }
        }
        return builder.build()
    }
}
