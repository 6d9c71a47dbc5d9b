import Diagnostics
import Screening

/// The frame of every HTML page: the document head with its inline stylesheet (nothing is
/// loaded from elsewhere, so pages work offline), the top bar with the language switch, and
/// the page's content.
enum PageLayout {
    /// A whole page in `language`; `content` is HTML.
    static func page(title: String, language: Language, content: String) -> String {
        let words = PageWords(language: language)
        let other = words.otherLanguageCode.rawValue
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title.htmlEscaped)</title>
            <style>\(PageStyle.css)</style>
            </head>
            <body>
            <nav class="top"><a class="brand" href="/?lang=\(language.rawValue)">\(words.siteTitle.htmlEscaped)</a>
            <a class="lang" href="/?lang=\(other)" hreflang="\(other)" lang="\(other)">\(words.otherLanguage.htmlEscaped)</a></nav>
            <main>
            \(content)</main>
            </body>
            </html>

            """
    }
}
