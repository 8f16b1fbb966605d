package vn.toasoan.articles;

import java.util.ArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
            .addProtocols("a", "href", "#")
            // links to the paper's own pages ("/tinh-uy-...-12.html") stay as they were written
            .preserveRelativeLinks(true);

    /** Only to judge relative links; it never appears in a stored body. */
    private static final String BASE = "https://toasoan.invalid/";

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String clean = Jsoup.clean(html, BASE, ARTICLE_BODY, OUTPUT);
        return VietnameseText.nfc(paragraphsAroundLooseText(clean)).strip();
    }

    /**
     * Text written straight into the body, outside any block ("Dòng một.<br>Dòng hai"), goes into paragraphs, so
     * that the page, which lays out blocks, shows it.
     */
    private static String paragraphsAroundLooseText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Element paragraph = null;
        for (Node node : new ArrayList<>(body.childNodes())) {
            boolean block = node instanceof Element element && element.isBlock();
            boolean blank = node instanceof TextNode text && text.isBlank();
            if (block) {
                paragraph = null;
            } else if (paragraph != null) {
                paragraph.appendChild(node);
            } else if (!blank) {
                paragraph = new Element("p");
                node.before(paragraph);
                paragraph.appendChild(node);
            }
        }
        body.ownerDocument().outputSettings(OUTPUT);
        return body.html();
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
