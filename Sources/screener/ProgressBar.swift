import Diagnostics
import Foundation

/// A one-line progress bar on stderr: rows, rows per second and time left.
struct ProgressBar {
    let enabled: Bool
    let totalBytes: Int?
    let language: Language
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)

    init(enabled: Bool, totalBytes: Int?, language: Language) {
        self.enabled = enabled
        self.totalBytes = totalBytes
        self.language = language
    }

    mutating func update(rows: Int, bytes: Int?) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(200) else { return }
        lastDraw = now
        let seconds = max(0.001, Self.seconds(now - start))
        let rate = Double(rows) / seconds
        var line = "\r"
        if let totalBytes, totalBytes > 0, let bytes {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let filled = Int(fraction * 30)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
            line += String(format: "%3.0f%% ", fraction * 100)
            if fraction > 0.01 {
                let left = seconds / fraction - seconds
                line += language == .vi ? String(format: "còn %.0f giây  ", left) : String(format: "%.0f s left  ", left)
            }
        }
        line += language == .vi
            ? "\(rows) dòng, \(Int(rate)) dòng/giây   " : "\(rows) rows, \(Int(rate)) rows/s   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func seconds(_ duration: Swift.Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
