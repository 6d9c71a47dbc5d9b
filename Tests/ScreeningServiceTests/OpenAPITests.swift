import Diagnostics
import Foundation
import Hummingbird
import ScreeningService
import Testing
import YAML

/// `/openapi.yaml` describes exactly the routes the service serves, and each is served.
@Suite struct OpenAPITests {
    @Test func documentMatchesTheRoutes() async throws {
        try await ServiceSupport.withService { client in
            let text = try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            let root = try YAMLReader().parseSingle(SourceFile(path: "openapi.yaml", text: text)).get()
            let paths = try #require(root["paths"]?.mappingEntries)
            var documented: [String] = []
            for (path, operations) in paths {
                for (method, _) in operations.mappingEntries ?? [] {
                    documented.append("\(method.scalarValue?.uppercased() ?? "") \(path.scalarValue ?? "")")
                }
            }
            let served = ScreeningService.routes.map { "\($0.method.rawValue) \($0.path)" }
            #expect(documented.sorted() == served.sorted())
            for route in ScreeningService.routes {
                try await client.execute(uri: route.path, method: route.method) { response in
                    #expect(response.status != .notFound, "\(route.method) \(route.path)")
                }
            }
        }
    }
}
