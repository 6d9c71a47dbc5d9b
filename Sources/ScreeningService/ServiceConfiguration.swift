/// Where the service listens and how much it accepts.
public struct ServiceConfiguration: Sendable {
    /// The address to bind, e.g. `127.0.0.1`.
    public var host: String
    /// The port; 0 lets the system choose a free one.
    public var port: Int
    /// The largest request body accepted, in bytes; larger bodies get 413.
    public var maxBodyBytes: Int

    /// The default body limit: 32 MiB.
    public static let defaultMaxBodyBytes = 32 << 20

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = defaultMaxBodyBytes) {
        self.host = host
        self.port = port
        self.maxBodyBytes = max(1, maxBodyBytes)
    }
}
