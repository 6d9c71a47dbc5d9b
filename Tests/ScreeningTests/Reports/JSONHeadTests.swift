import Diagnostics
import Testing

@testable import Screening

/// The start of every JSON result, written from a table of literals, names each verdict by
/// its raw value and the priority flag as a JSON boolean.
@Suite struct JSONHeadTests {
    @Test(arguments: Verdict.allCases, [false, true])
    func headNamesTheVerdictAndPriority(verdict: Verdict, priority: Bool) {
        var w = JSONWriter()
        JSONReport.head(id: "KG-\"1\"", verdict: verdict, priority: priority, score: -25, into: &w)
        #expect(w.text == #"{"id":"KG-\"1\"","verdict":"\#(verdict.rawValue)","priority":\#(priority),"score":-25"#)
    }
}
