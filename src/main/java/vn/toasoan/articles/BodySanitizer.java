package vn.toasoan.articles;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import vn.toasoan.vietnamese.VietnameseText;

/** Article bodies are stored as safe HTML: jsoup's allow-list on the way in, whoever wrote them. */
@Component
public class BodySanitizer {

    private static final Safelist ARTICLE_BODY = Safelist.relaxed()
            .removeTags("img", "div", "span", "dl", "dt", "dd", "h1", "h5", "h6", "code", "pre", "cite", "small")
            .removeAttributes("a", "title")
            .removeAttributes(":all", "style", "class")
            .addProtocols("a", "href", "#");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return VietnameseText.nfc(Jsoup.clean(html, "", ARTICLE_BODY, OUTPUT)).strip();
    }

    /** Plain paragraphs (an import, the demo content) as HTML paragraphs. */
    public String paragraphs(Iterable<String> paragraphs) {
        var html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>")
                    .append(org.jsoup.nodes.Entities.escape(VietnameseText.nfc(paragraph.strip())))
                    .append("</p>");
        }
        return sanitize(html.toString());
    }
}
