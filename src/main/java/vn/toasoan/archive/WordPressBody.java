package vn.toasoan.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * A WordPress post's content as Tòa Soạn keeps an article: paragraphs of HTML, and the photos taken out of them as
 * figures that stand after so many paragraphs, each with its caption and credit. WordPress stores classic posts with
 * blank lines between paragraphs and {@code [caption]} shortcodes around captioned photos, and block-editor posts as
 * HTML with {@code <figure>}; both are read.
 */
final class WordPressBody {

    private static final Pattern CAPTION_SHORTCODE =
            Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");
    private static final Pattern OTHER_SHORTCODE = Pattern.compile("\\[/?[a-zA-Z_][\\w-]*(?:\\s[^\\]]*)?\\]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^\\s*<(p|div|figure|h[1-6]|ul|ol|blockquote|table|pre|hr|!--)[\\s>/-]", Pattern.CASE_INSENSITIVE);

    /** A caption ends with the photographer's credit: "… Ảnh: H.VĂN", "… (Ảnh: H.VĂN)". */
    private static final Pattern CREDIT = Pattern.compile("^(.*?\\S)\\s*\\(?\\s*Ảnh:\\s*([^)]{1,60}?)\\s*\\)?\\s*$");

    private WordPressBody() {}

    /**
     * @param position the photo stands after this many paragraphs
     */
    record Photo(int position, String url, String caption, String credit, String alt) {}

    /** The body's paragraphs (HTML) and its photos. */
    record Parsed(List<String> paragraphs, List<Photo> photos) {}

    static Parsed parse(String content) {
        String html = autop(captions(content == null ? "" : content.replace("\r\n", "\n")));
        List<String> paragraphs = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    paragraphs.add("<p>" + Entities.escape(text.text().strip()) + "</p>");
                }
                continue;
            }
            if (!(node instanceof Element element)) {
                continue; // comments such as Gutenberg's <!-- wp:paragraph -->
            }
            for (Element img : element.tagName().equals("img") ? List.of(element) : element.select("img")) {
                photos.add(photo(img, element, paragraphs.size()));
                Element wrapper = img.parent() != null && img.parent().tagName().equals("a") ? img.parent() : img;
                if (wrapper != element) {
                    wrapper.remove();
                }
            }
            if (element.tagName().equals("img") || element.tagName().equals("figure")) {
                continue;
            }
            element.select("figcaption, .wp-caption-text").remove();
            if (!element.text().isBlank()) {
                paragraphs.add(element.outerHtml());
            }
        }
        return new Parsed(paragraphs, photos);
    }

    /** A caption split from its credit, when it names one. */
    static String[] captionAndCredit(String caption) {
        String text = VietnameseText.nfc(caption == null ? "" : caption.strip());
        Matcher credit = CREDIT.matcher(text);
        if (credit.matches()) {
            return new String[] {credit.group(1), credit.group(2).strip()};
        }
        return new String[] {text, ""};
    }

    private static Photo photo(Element img, Element block, int position) {
        String caption = "";
        Element figcaption = block.selectFirst("figcaption, .wp-caption-text");
        if (figcaption != null) {
            caption = figcaption.text();
        }
        String[] parts = captionAndCredit(caption);
        return new Photo(
                position,
                img.attr("src").strip(),
                parts[0],
                parts[1],
                img.attr("alt").strip());
    }

    /** {@code [caption …]<img …> Text[/caption]} as the figure it stands for. */
    private static String captions(String content) {
        Matcher m = CAPTION_SHORTCODE.matcher(content);
        var out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(2);
            int end = Math.max(inner.lastIndexOf("</a>") + 4, inner.lastIndexOf('>') + 1);
            String image = inner.substring(0, Math.max(0, end));
            String text = inner.substring(Math.max(0, end)).strip();
            if (text.isEmpty()) {
                Matcher attribute = CAPTION_ATTRIBUTE.matcher(m.group(1));
                text = attribute.find() ? attribute.group(1) : "";
            }
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            "\n\n<figure>" + image + "<figcaption>" + text + "</figcaption></figure>\n\n"));
        }
        m.appendTail(out);
        return OTHER_SHORTCODE.matcher(out).replaceAll("");
    }

    /** WordPress's own rule for classic posts: text between blank lines is a paragraph, a single newline a break. */
    private static String autop(String content) {
        var out = new StringBuilder();
        for (String chunk : BLANK_LINES.split(content)) {
            String text = chunk.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(text).find()) {
                out.append(text).append('\n');
            } else {
                out.append("<p>").append(text.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }
}
