package vn.toasoan.newsroom.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The newsroom's edit as a word-by-word diff, so an editor sees what was changed in a reader's words. */
public final class WordDiff {

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public record Segment(Kind kind, String text) {
        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    private WordDiff() {}

    static List<Segment> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(segments, Kind.SAME, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(segments, Kind.ADDED, b.get(j++));
            } else {
                add(segments, Kind.REMOVED, a.get(i++));
            }
        }
        return segments;
    }

    private static void add(List<Segment> segments, Kind kind, String text) {
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
