/// Bounds on what the reader accepts, so that a hostile document fails fast instead of
/// exhausting time, memory or the stack.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest input, in UTF-8 bytes (default 16 MiB).
    public var maxInputBytes: Int
    /// The deepest nesting of sequences and mappings, counting the root as 1 (default 256).
    ///
    /// Reading never recurses, but Swift releases a tree recursively, so keep this in the
    /// thousands at most.
    public var maxDepth: Int
    /// The most nodes that aliases may add by being expanded, over a whole stream (default 10,000).
    public var maxAliasExpansion: Int
    /// The most nodes in a stream, expanded aliases included (default 1,000,000).
    public var maxNodes: Int

    /// Creates limits; every argument has the default value.
    public init(
        maxInputBytes: Int = 16 * 1024 * 1024, maxDepth: Int = 256,
        maxAliasExpansion: Int = 10_000, maxNodes: Int = 1_000_000
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxNodes = maxNodes
    }
}
