import Foundation

/// Timing helpers: repeat a body until enough time has passed, print aligned figures.
enum Measure {
    /// Runs `body` until about half a second has passed; nanoseconds per call and the last result.
    static func nanoseconds<T>(_ body: () -> T) -> (Double, T) {
        var last = body()
        var iterations = 100
        while true {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<iterations { last = body() }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
            if elapsed > 5e8 { return (elapsed / Double(iterations), last) }
            iterations *= 4
        }
    }

    /// Prints `name  figure unit  -> detail` in aligned columns.
    static func report(_ name: String, _ figure: Double, unit: String, detail: String = "") {
        let padded = name.padding(toLength: 40, withPad: " ", startingAt: 0)
        let number = String(format: "%12.1f", figure)
        print("\(padded) \(number) \(unit)" + (detail.isEmpty ? "" : "  -> \(detail)"))
    }
}
