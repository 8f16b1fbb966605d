package vn.toasoan.site;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import vn.toasoan.articles.Figure;

/**
 * The body as the reader sees it: paragraphs with the photos standing where the newsroom placed them, and its plain
 * text, for search engines, from the same parse.
 */
public record ArticleBody(List<Part> parts, String text) {

    /** Either a run of sanitised HTML or a figure. */
    public record Part(String html, Figure figure) {

        public boolean isFigure() {
            return figure != null;
        }
    }

    static ArticleBody compose(String bodyHtml, List<Figure> figures) {
        List<Part> parts = new ArrayList<>();
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        List<Element> blocks = body.children();
        int next = 0;
        var html = new StringBuilder();
        for (int i = 0; i <= blocks.size(); i++) {
            while (next < figures.size() && figures.get(next).position() <= i) {
                flush(html, parts);
                parts.add(new Part(null, figures.get(next++)));
            }
            if (i < blocks.size()) {
                html.append(blocks.get(i).outerHtml());
            }
        }
        flush(html, parts);
        while (next < figures.size()) {
            parts.add(new Part(null, figures.get(next++)));
        }
        return new ArticleBody(parts, body.text());
    }

    private static void flush(StringBuilder html, List<Part> parts) {
        if (!html.isEmpty()) {
            parts.add(new Part(html.toString(), null));
            html.setLength(0);
        }
    }
}
