import Diagnostics
import Screening

/// The web form: every field of the schema, grouped as an officer reads an application, with
/// its label, unit and allowed values in the page's language; after a refused submission, the
/// values entered and each problem beside its field.
struct FormPage {
    let schema: Schema
    let language: Language
    /// The values entered, by field name (several for a list).
    var values: [String: [String]] = [:]
    /// The problems of a refused submission.
    var problems: [ServiceError.Problem] = []

    private var words: PageWords { PageWords(language: language) }
    private var wording: FieldWording { FieldWording(language: language) }

    /// The whole page.
    func html() -> String {
        var content = "<h1>\(words.formTitle.htmlEscaped)</h1>\n<p>\(words.formIntro.htmlEscaped)</p>\n"
        content += errorSummary()
        content += "<form method=\"post\" action=\"/?lang=\(language.rawValue)\" accept-charset=\"utf-8\">\n"
        for group in groups() {
            content += "<fieldset id=\"group-\(group.name)\"><legend>\(words.group(group.name).htmlEscaped)</legend>\n"
            content += "<div class=\"fields\">\n" + group.fields.map(field).joined() + "</div>\n</fieldset>\n"
        }
        content += "<button type=\"submit\">\(words.submit.htmlEscaped)</button>\n</form>\n"
        return PageLayout.page(title: words.formTitle, language: language, content: content)
    }

    /// The schema's fields by group, groups in the officer's order and then any other.
    func groups() -> [(name: String, fields: [FieldSchema])] {
        var names = PageWords.groupOrder
        for field in schema.fields where !names.contains(field.group ?? "") {
            names.append(field.group ?? "")
        }
        return names.compactMap { name in
            let fields = schema.fields.filter { ($0.group ?? "") == name }
            return fields.isEmpty ? nil : (name, fields)
        }
    }

    /// The problems not tied to a field shown on the form, above it.
    private func errorSummary() -> String {
        guard !problems.isEmpty else { return "" }
        var html = "<div class=\"errors\" role=\"alert\"><strong>\(words.errorsTitle.htmlEscaped)</strong>"
        html += "<p>\(words.errorsIntro.htmlEscaped)</p>\n<ul>\n"
        for problem in problems {
            let label = problem.field.flatMap { schema.field($0)?.label.text(language) ?? $0 }
            html += "<li>" + (label.map { "<strong>\($0.htmlEscaped)</strong>: " } ?? "")
            html += problem.message.text(language).htmlEscaped + "</li>\n"
        }
        return html + "</ul></div>\n"
    }

    /// One field: its label with unit, its input, and its problems.
    private func field(_ field: FieldSchema) -> String {
        let id = "f-\(field.name)"
        let fieldProblems = problems.filter { $0.field == field.name }
        var html = "<div class=\"field\(fieldProblems.isEmpty ? "" : " invalid")\">"
        html += "<label for=\"\(id)\">\(field.label.text(language).htmlEscaped)"
        if let unit = wording.unit(of: field) { html += " <span class=\"unit\">(\(unit.htmlEscaped))</span>" }
        if field.isRequired { html += " <span class=\"req\">— \(words.required.htmlEscaped)</span>" }
        html += "</label>\n" + input(field, id: id)
        for problem in fieldProblems {
            html += "<p class=\"problem\">\(problem.message.text(language).htmlEscaped)</p>"
        }
        return html + "</div>\n"
    }

    /// The input of a field by its kind: a choice for enums and booleans (blank = not known),
    /// checkboxes for a list's vocabulary, a number or text box otherwise.
    private func input(_ field: FieldSchema, id: String) -> String {
        let given = values[field.name] ?? []
        let name = "name=\"\(field.name.htmlEscaped)\""
        switch field.kind {
        case .enum:
            let options = [("", words.unknownChoice)] + field.values.map { ($0, wording.option($0, of: field)) }
            return select(id: id, name: name, options: options, chosen: given.first ?? "")
        case .bool:
            return select(id: id, name: name, options: [("", words.unknownChoice), ("true", words.yes), ("false", words.no)],
                          chosen: given.first ?? "")
        case .list:
            let boxes = field.values.map { value in
                let checked = given.contains(value) ? " checked" : ""
                return "<label><input type=\"checkbox\" \(name) value=\"\(value.htmlEscaped)\"\(checked)> "
                    + wording.option(value, of: field).htmlEscaped + "</label>"
            }
            return "<div class=\"choices\" id=\"\(id)\">" + boxes.joined(separator: "\n") + "</div>"
        case .number, .integer:
            var attributes = "type=\"number\" step=\"\(field.kind == .integer ? "1" : "any")\""
            if let minimum = field.minimum { attributes += " min=\"\(NumberText.plain(minimum))\"" }
            if let maximum = field.maximum { attributes += " max=\"\(NumberText.plain(maximum))\"" }
            return "<input id=\"\(id)\" \(name) \(attributes) value=\"\((given.first ?? "").htmlEscaped)\">"
        case .string:
            let required = field.isRequired ? " required" : ""
            return "<input id=\"\(id)\" \(name) type=\"text\" value=\"\((given.first ?? "").htmlEscaped)\"\(required)>"
        }
    }

    /// A drop-down list with `chosen` selected.
    private func select(id: String, name: String, options: [(String, String)], chosen: String) -> String {
        let items = options.map { value, text in
            let selected = value == chosen ? " selected" : ""
            return "<option value=\"\(value.htmlEscaped)\"\(selected)>\(text.htmlEscaped)</option>"
        }
        return "<select id=\"\(id)\" \(name)>" + items.joined() + "</select>"
    }
}
