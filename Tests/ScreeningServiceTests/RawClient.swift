import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A blocking HTTP/1.1 exchange on a plain TCP socket to a loopback port. One thread sends the
/// request's bytes while this one reads the answer, as a browser does, so that a server that
/// answers before it has read the whole body (a refused upload) is heard.
enum RawClient {
    /// The bytes read until the server closes the connection, `isComplete` says the answer is
    /// whole, or `limit` bytes have come (after which it hangs up, as a client that gives up
    /// does); nil when it cannot connect.
    static func exchange(
        _ request: [UInt8], port: Int, limit: Int = .max, isComplete: ([UInt8]) -> Bool = { _ in false }
    ) -> [UInt8]? {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0, let port = UInt16(exactly: port) else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
        let sent = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            sendAll(request, on: descriptor)
            sent.signal()
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while answer.count < limit && !isComplete(answer) {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            answer += buffer[..<count]
        }
        // Ends a send still under way (the server stopped reading), then closes.
        shutdown(descriptor, Int32(SHUT_RDWR))
        sent.wait()
        close(descriptor)
        return answer
    }

    /// Sends every byte, or stops at the first failure (the connection was shut down).
    private static func sendAll(_ bytes: [UInt8], on descriptor: Int32) {
        #if canImport(Glibc)
        let noSignal = Int32(MSG_NOSIGNAL)
        #else
        let noSignal: Int32 = 0
        #endif
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, noSignal) }
            guard count > 0 else { return }
            sent += count
        }
    }
}
