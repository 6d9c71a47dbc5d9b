import Diagnostics

/// The bytes a worker serialises for one chunk, written in place and handed on to the writer
/// without a copy; taken from a pool and given back once written.
public final class ChunkOutput: @unchecked Sendable {
    /// The chunk's bytes; written by one thread at a time (the worker, then the writer).
    var writer = JSONWriter()

    /// Calls `body` with the bytes written.
    public func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try writer.withUnsafeBytes(body)
    }
}
