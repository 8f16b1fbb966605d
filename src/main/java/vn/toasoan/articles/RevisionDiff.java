package vn.toasoan.articles;

import java.util.List;

/**
 * What changed between two revisions, ready to show: each line's HTML is escaped text with {@code <del>} and
 * {@code <ins>} around the words that went and came.
 */
public record RevisionDiff(Revision from, Revision to, List<Field> fields) {

    public record Field(String label, List<Line> lines) {

        public boolean changed() {
            return lines.stream().anyMatch(l -> l.change() != Change.EQUAL);
        }
    }

    public record Line(Change change, String html) {}

    public enum Change {
        EQUAL,
        CHANGED,
        ADDED,
        REMOVED
    }

    public boolean changed() {
        return fields.stream().anyMatch(Field::changed);
    }
}
