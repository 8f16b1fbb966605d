package vn.toasoan.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes passages as HTML: the text escaped, the reader's words in {@code <mark>}, an ellipsis where the passage
 * starts or ends inside the text. Nothing of the article's text reaches the page unescaped.
 */
final class MarkedPassages extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        var html = new StringBuilder();
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            int end = Math.min(passage.getEndOffset(), content.length());
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            if (start > 0) {
                html.append(ELLIPSIS);
            }
            int pos = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int markStart = Math.max(passage.getMatchStarts()[i], pos);
                int markEnd = passage.getMatchEnds()[i];
                // overlapping matches (a word inside a matched phrase) join the mark already open
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= markEnd) {
                    markEnd = Math.max(markEnd, passage.getMatchEnds()[++i]);
                }
                markEnd = Math.min(markEnd, end);
                if (markEnd <= markStart) {
                    continue;
                }
                escape(html, content, pos, markStart);
                html.append("<mark>");
                escape(html, content, markStart, markEnd);
                html.append("</mark>");
                pos = markEnd;
            }
            escape(html, content, pos, end);
            if (end < content.length()) {
                html.append(ELLIPSIS);
            }
        }
        return html.toString().strip();
    }

    static String escape(String text) {
        var html = new StringBuilder(text.length() + 16);
        escape(html, text, 0, text.length());
        return html.toString();
    }

    /** At most about {@code length} characters, cut between words. */
    static String shorten(String text, int length) {
        if (text == null) {
            return "";
        }
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length);
        return text.substring(0, cut > 0 ? cut : length).strip() + ELLIPSIS;
    }

    private static void escape(StringBuilder html, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\n' -> html.append(' ');
                default -> html.append(c);
            }
        }
    }
}
