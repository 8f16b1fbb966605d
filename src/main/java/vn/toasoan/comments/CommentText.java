package vn.toasoan.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment as plain text, cut into paragraphs and pieces for the template, which escapes every piece: readers'
 * words never become markup. Web addresses become links that search engines do not follow.
 */
public record CommentText(List<Paragraph> paragraphs) {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?i)\\b[\\p{L}0-9-]+\\.(?:com|net|org|vn|info|xyz|top|io|co|biz|me|ly|site|online|store|link|click)\\b");
    private static final String TRAILING = ".,;:!?)]}'\"”’";

    public record Paragraph(List<Piece> pieces) {}

    /** Text, a link, or a line break inside a paragraph. */
    public record Piece(String text, String href, boolean lineBreak) {
        public boolean isLink() {
            return href != null;
        }
    }

    public static CommentText of(String content) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : content.strip().split("(\\r?\\n\\s*){2,}")) {
            List<Piece> pieces = new ArrayList<>();
            String[] lines = block.strip().split("\\r?\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    pieces.add(new Piece("", null, true));
                }
                addLine(pieces, lines[i]);
            }
            if (!pieces.isEmpty()) {
                paragraphs.add(new Paragraph(List.copyOf(pieces)));
            }
        }
        return new CommentText(List.copyOf(paragraphs));
    }

    private static void addLine(List<Piece> pieces, String line) {
        Matcher m = URL.matcher(line);
        int at = 0;
        while (m.find()) {
            String url = m.group();
            int end = url.length();
            while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            if (m.start() > at) {
                pieces.add(new Piece(line.substring(at, m.start()), null, false));
            }
            String href = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
            pieces.add(new Piece(url, href, false));
            at = m.start() + url.length();
        }
        if (at < line.length()) {
            pieces.add(new Piece(line.substring(at), null, false));
        }
    }

    /** Web addresses in a text, with or without http: what makes a comment look like advertising. */
    static int countLinks(String content) {
        Matcher urls = URL.matcher(content);
        int count = 0;
        while (urls.find()) {
            count++;
        }
        Matcher bare = BARE_DOMAIN.matcher(URL.matcher(content).replaceAll(" "));
        while (bare.find()) {
            count++;
        }
        return count;
    }
}
