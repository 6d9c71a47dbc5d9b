import Foundation
import Hummingbird

/// Carries a batch's chunks of JSON lines from the thread that runs it to the response, at
/// most `capacity` chunks ahead of the client, so that a slow client holds back the batch
/// instead of filling memory; tells the batch when the client has gone.
final class BatchStream: Sendable {
    private let stream: AsyncStream<ByteBuffer>
    private let continuation: AsyncStream<ByteBuffer>.Continuation
    /// Room for chunks not yet written to the client.
    private let room: Room

    /// Creates a stream holding at most `capacity` chunks.
    init(capacity: Int) {
        (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        let room = Room(capacity: capacity)
        self.room = room
        // Wakes a batch waiting for room once the response has ended, so that it sees the end.
        continuation.onTermination = { _ in room.close() }
    }

    /// Hands a chunk on, waiting (on the batch's thread) while the stream is full; false once
    /// the response has ended and nobody reads any more.
    func send(_ chunk: ByteBuffer) -> Bool {
        guard room.take() else { return false }
        if case .terminated = continuation.yield(chunk) { return false }
        return true
    }

    /// Marks the end of the batch.
    func finish() {
        continuation.finish()
    }

    /// Writes every chunk to the response as it comes, then ends the response.
    func write(to writer: inout any ResponseBodyWriter) async throws {
        defer { continuation.finish() }
        for await chunk in stream {
            try await writer.write(chunk)
            room.give()
        }
        try await writer.finish(nil)
    }
}

/// A count of free places that a thread can wait on, and that can be closed to wake it.
private final class Room: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: Int
    private var closed = false

    /// Creates a room of `capacity` places.
    init(capacity: Int) {
        free = max(1, capacity)
    }

    /// Takes a place, waiting for one; false once the room is closed, or when no place has
    /// come free for `patience` (a client that stopped reading), which closes the room.
    func take(patience: TimeInterval = 60) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: patience)
        while free == 0 && !closed {
            if !condition.wait(until: deadline) { closed = true }
        }
        guard !closed else { return false }
        free -= 1
        return true
    }

    /// Gives a place back.
    func give() {
        condition.lock()
        free += 1
        condition.signal()
        condition.unlock()
    }

    /// Closes the room: every wait ends.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
