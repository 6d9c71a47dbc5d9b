/// A language in which messages are shown to users.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Vietnamese, the default.
    case vi
    /// English.
    case en

    /// The Vietnamese or the English text, for this language.
    public func pick(_ vi: String, _ en: String) -> String {
        self == .vi ? vi : en
    }
}

/// A text that exists in every supported language.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Vietnamese text.
    public var vi: String
    /// The English text.
    public var en: String

    /// Creates a text from its Vietnamese and English forms.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// Creates a text that is the same in every language (a name, a number, a code).
    public init(verbatim: String) {
        self.vi = verbatim
        self.en = verbatim
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }
}
