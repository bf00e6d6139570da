import Foundation

/// A small checker of JSON values against the schemas of our OpenAPI 3.1 document.
///
/// Supports what the document uses: `$ref` to `#/components/schemas/…`, `type` (a name or a list
/// including "null"), `required`, `properties`, `items`, `enum`, `oneOf`. Returns one message per
/// violation, with the JSON path.
struct OpenAPIValidator {
    let document: [String: Any]

    init(json: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        guard let document = value as? [String: Any] else { throw ValidatorError("document is not an object") }
        self.document = document
    }

    /// The schema of `status` for `GET path` (path as written in the document, e.g. "/api/postings/{id}").
    func responseSchema(path: String, status: Int) throws -> [String: Any] {
        guard let paths = document["paths"] as? [String: Any], let item = paths[path] as? [String: Any],
            let get = item["get"] as? [String: Any], let responses = get["responses"] as? [String: Any],
            let response = responses[String(status)] as? [String: Any],
            let content = response["content"] as? [String: Any], let json = content["application/json"] as? [String: Any],
            let schema = json["schema"] as? [String: Any]
        else { throw ValidatorError("no documented \(status) JSON response for GET \(path)") }
        return schema
    }

    func violations(of value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        if let reference = schema["$ref"] as? String {
            guard let resolved = resolve(reference) else { return ["\(path): unresolvable \(reference)"] }
            return violations(of: value, against: resolved, at: path)
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { violations(of: value, against: $0, at: path).isEmpty }
            return matching.count == 1 ? [] : ["\(path): matches \(matching.count) of the oneOf schemas"]
        }
        var problems: [String] = []
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String].compactMap { $0 }
            guard allowed.contains(where: { Self.has(value, type: $0) }) else {
                return ["\(path): \(Self.describe(value)) is not \(allowed.joined(separator: "|"))"]
            }
        }
        if let choices = schema["enum"] as? [String], let text = value as? String, !choices.contains(text) {
            problems.append("\(path): \"\(text)\" not in enum")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required \"\(key)\"")
            }
            for (key, propertySchema) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let property = object[key] {
                    problems += violations(of: property, against: propertySchema, at: path + "." + key)
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                problems += violations(of: element, against: items, at: path + "[\(index)]")
            }
        }
        return problems
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        let prefix = "#/components/schemas/"
        guard reference.hasPrefix(prefix), let components = document["components"] as? [String: Any],
            let schemas = components["schemas"] as? [String: Any]
        else { return nil }
        return schemas[String(reference.dropFirst(prefix.count))] as? [String: Any]
    }

    private static func has(_ value: Any, type: String) -> Bool {
        let number = value as? NSNumber
        let isBool = number.map { String(cString: $0.objCType) == "c" } ?? false
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return isBool
        case "number": return number != nil && !isBool
        case "integer":
            guard let number, !isBool else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        default: return false
        }
    }

    private static func describe(_ value: Any) -> String {
        String(describing: value).prefix(60).description
    }
}

struct ValidatorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
