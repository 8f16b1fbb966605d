package vn.toasoan.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.Figure;
import vn.toasoan.articles.SitemapEntry;
import vn.toasoan.articles.Tag;

/**
 * What the index keeps of a published article.
 *
 * @param body plain text, one line per paragraph, for matching and snippets
 * @param extra byline, tags and photo captions: searchable, never shown as a snippet
 */
record IndexedArticle(
        long id,
        long sectionId,
        String url,
        String title,
        String sapo,
        String body,
        String extra,
        Instant publishedAt,
        Instant updatedAt) {

    static IndexedArticle of(Article article) {
        List<String> extra = new ArrayList<>();
        extra.add(article.byline());
        article.tags().stream().map(Tag::name).forEach(extra::add);
        article.figures().stream().map(Figure::caption).forEach(extra::add);
        return new IndexedArticle(
                article.id(),
                article.sectionId(),
                article.url(),
                article.title(),
                nullToEmpty(article.sapo()),
                text(article.body()),
                String.join(
                        "\n",
                        extra.stream().filter(s -> s != null && !s.isBlank()).toList()),
                article.publishedAt(),
                article.updatedAt());
    }

    /**
     * Tells whether the index holds what the database publishes now: a change of address, title or update time
     * changes it.
     */
    String fingerprint() {
        return fingerprint(url, title, updatedAt);
    }

    static String fingerprint(SitemapEntry published) {
        return fingerprint(published.path(), published.title(), published.updatedAt());
    }

    private static String fingerprint(String url, String title, Instant updatedAt) {
        return url + '\n' + title + '\n' + (updatedAt == null ? "" : updatedAt.toEpochMilli());
    }

    /** The text of sanitised HTML, paragraphs on lines of their own so that snippets do not run them together. */
    static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        var text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e
                        && e.isBlock()
                        && !text.isEmpty()
                        && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
        });
        return text.toString().strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
