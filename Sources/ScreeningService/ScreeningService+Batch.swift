import Diagnostics
import Foundation
import Hummingbird
import Screening

extension ScreeningService {
    /// `POST /v1/screen/batch`: a registry (CSV or JSON Lines) in the body → one JSON line per
    /// input record, in input order, streamed as the batch runs; a record that cannot be read
    /// is an `error` line naming its row.
    ///
    /// The body is read in memory by the batch machinery's own readers.
    func screenBatch(_ request: Request) async throws -> Response {
        let language = try RequestReading.language(of: request)
        let accepted = Self.registryTypes.map(\.mediaType)
        let body = try await RequestReading.body(
            of: request, accepting: accepted, limit: configuration.maxBodyBytes, language: language)
        let type = RequestReading.mediaType(of: request)
        guard let format = Self.registryTypes.first(where: { $0.mediaType == type })?.format else {
            throw ServiceError.unsupportedType(request.headers[.contentType], expected: accepted, language)
        }
        let reader: RegistryReader
        do {
            reader = try RegistryReader(bytes: Array(buffer: body), format: format)
        } catch {
            throw ServiceError.unreadableRegistry(error, language)
        }
        let lines = run(reader, language: language)
        return Response(
            status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8"],
            body: ResponseBody { writer in try await lines.write(to: &writer) })
    }

    /// Runs the batch on a thread of its own (the runner blocks while it waits for its
    /// workers), handing each chunk of lines to the stream; stops early when the client
    /// has gone.
    private func run(_ reader: RegistryReader, language: Language) -> BatchStream {
        let lines = BatchStream(capacity: 4)
        let runner = BatchRunner(policy: policy, options: .init(language: language), file: ProjectReading.origin)
        let fragments = fragments[language] ?? JSONFragments(policy: policy, language: language)
        let owned = OwnedReader(reader)
        Thread.detachNewThread {
            defer { lines.finish() }
            do {
                try runner.run(
                    reader: &owned.reader,
                    output: .jsonLines(fragments),
                    consume: { chunk, _ in
                        if !lines.send(chunk.withBytes { ByteBuffer(bytes: $0) }) { throw CancellationError() }
                    })
            } catch is CancellationError {
                // The client has gone: nobody reads what would follow.
            } catch {
                // The registry stopped being readable part way: the last line says why.
                let diagnostic = (error as? Diagnostic)
                    ?? Diagnostic(code: "registry.read", location: nil, message: LocalizedText(verbatim: "\(error)"))
                _ = lines.send(ByteBuffer(string: ServiceError.unreadableRegistry(diagnostic, language).json + "\n"))
            }
        }
        return lines
    }
}

/// A registry reader handed from the request's task to the batch's thread, which alone uses
/// it from then on.
private final class OwnedReader: @unchecked Sendable {
    var reader: RegistryReader

    /// Takes over a reader.
    init(_ reader: RegistryReader) {
        self.reader = reader
    }
}
