import Diagnostics
import Foundation
import Hummingbird
import Screening
import ScreeningService
import Testing
import YAML

/// The web form and its result page over a real socket, as golden files, and the form giving
/// the same verdict as the JSON API.
@Suite struct PageTests {
    /// Every project fixture with the verdict `Fixtures/projects/expected.yaml` gives it.
    static let fixtures: [(path: String, verdict: String)] = {
        guard let text = try? ServiceSupport.fixture("Fixtures/projects/expected.yaml"),
              let root = try? YAMLReader().parseSingle(SourceFile(path: "expected.yaml", text: text)).get()
        else { return [] }
        return (root.mappingEntries ?? []).compactMap { key, value in
            guard let name = key.scalarValue, let verdict = value["verdict"]?.scalarValue else { return nil }
            return ("Fixtures/projects/\(name)", verdict)
        }
    }()

    /// The empty form in each language.
    @Test(arguments: ["vi", "en"])
    func form(lang: String) async throws {
        try await ServiceSupport.withService { client in
            try await client.execute(uri: lang == "vi" ? "/" : "/?lang=\(lang)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = String(buffer: response.body)
                #expect(!page.contains("<script src") && !page.contains("<link"))
                try ServiceSupport.expectGolden(page, named: "form-\(lang).html")
            }
        }
    }

    /// A submitted project's result page.
    @Test func resultPage() async throws {
        let body = try Self.formBody(of: "Fixtures/projects/kg-2024-002-giay-da-xeo-ro.json")
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .ok)
                try ServiceSupport.expectGolden(String(buffer: response.body), named: "result-kg-2024-002.html")
            }
        }
    }

    /// A form that cannot be read comes back (400) with the values entered and the problem
    /// beside its field.
    @Test func refusedForm() async throws {
        let body = "id=F-1&name=Nh%C3%A0+m%C3%A1y+th%E1%BB%AD&labour=m%C6%B0%E1%BB%9Di&site=industrial_zone&products=lime&products=cement"
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/?lang=en", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .badRequest)
                try ServiceSupport.expectGolden(String(buffer: response.body), named: "form-refused-en.html")
            }
        }
    }

    /// A project with information missing, in English: what to provide and what would earn priority.
    @Test func resultPageOfMissingInformation() async throws {
        let body = try Self.formBody(of: "Fixtures/projects/kg-2024-020-che-bien-hai-san-hon-dat.yaml")
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/?lang=en", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .ok)
                try ServiceSupport.expectGolden(String(buffer: response.body), named: "result-kg-2024-020-en.html")
            }
        }
    }

    /// Every project fixture submitted through the form gets its expected verdict.
    @Test func formGivesTheExpectedVerdicts() async throws {
        #expect(Self.fixtures.count == 35)
        try await ServiceSupport.withService { client in
            for fixture in Self.fixtures {
                let body = try Self.formBody(of: fixture.path)
                try await client.execute(
                    uri: "/", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .ok, "\(fixture.path)")
                    let page = String(buffer: response.body)
                    #expect(page.contains("<article class=\"report verdict-\(fixture.verdict)\">"), "\(fixture.path)")
                }
            }
        }
    }

    /// A project file (YAML or JSON) as the form would send it: a pair per value as the file
    /// writes it, a list as repeated names.
    static func formBody(of path: String) throws -> String {
        let text = try ServiceSupport.fixture(path)
        let root = try YAMLReader().parseSingle(SourceFile(path: path, text: text)).get()
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
        }
        var pairs: [String] = []
        for (key, value) in root.mappingEntries ?? [] {
            let texts = value.sequenceElements?.compactMap(\.scalarValue) ?? [value.scalarValue ?? ""]
            pairs += texts.map { "\(encode(key.scalarValue ?? ""))=\(encode($0))" }
        }
        return pairs.joined(separator: "&")
    }
}
