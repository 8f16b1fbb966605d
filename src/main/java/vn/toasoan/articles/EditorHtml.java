package vn.toasoan.articles;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the WYSIWYG editor (Quill 2) sends, made plain HTML before the allow-list sees it: Quill writes every list as
 * {@code <ol>} and tells bullets apart by {@code data-list="bullet"}, an attribute the allow-list would drop along with
 * the difference.
 */
final class EditorHtml {

    private EditorHtml() {}

    static String normalise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.select("span.ql-ui").remove();
        for (Element list : document.select("ol:has(> li[data-list])")) {
            splitByKind(list);
        }
        // an empty editor still sends one empty paragraph
        for (Element paragraph : document.select("p")) {
            if (paragraph.text().isBlank() && paragraph.select("br").size() == paragraph.childrenSize()) {
                paragraph.remove();
            }
        }
        return document.body().html();
    }

    private static void splitByKind(Element list) {
        Element current = null;
        String currentKind = null;
        for (Element item : List.copyOf(list.children())) {
            String kind = "bullet".equals(item.attr("data-list")) ? "ul" : "ol";
            if (!kind.equals(currentKind)) {
                current = new Element(kind);
                list.before(current);
                currentKind = kind;
            }
            item.removeAttr("data-list");
            current.appendChild(item);
        }
        list.remove();
    }
}
