/// Numbers written for people and files without locale: `1500` rather than `1500.0`.
public enum NumberText {
    /// A whole number without a fraction (`1500`), otherwise the shortest text that reads back
    /// as the same double (`0.55`, `1e-05`).
    public static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
