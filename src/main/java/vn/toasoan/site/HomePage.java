package vn.toasoan.site;

import java.util.ArrayList;
import java.util.List;
import vn.toasoan.sections.Section;

/**
 * The home page.
 *
 * @param lead null when the paper has no article yet
 * @param latest "Mới nhất", beside the lead and featured stories
 * @param rows a section's block each, with something beside it
 */
public record HomePage(
        Layout layout, ArticleCard lead, List<ArticleCard> featured, List<ArticleCard> latest, List<Row> rows) {

    /** Every article the page lists. */
    List<ArticleCard> cards() {
        List<ArticleCard> all = new ArrayList<>(featured);
        if (lead != null) {
            all.add(lead);
        }
        all.addAll(latest);
        for (Row row : rows) {
            all.addAll(row.block().articles());
            all.addAll(row.aside().cards());
        }
        return all;
    }

    public record SectionBlock(Section section, List<ArticleCard> articles) {}

    /**
     * What stands beside a section's block in the right column.
     *
     * @param section whose further news these are, or null for "Đọc nhiều"
     */
    public record Aside(Section section, List<ArticleCard> cards) {

        public boolean isMostRead() {
            return section == null;
        }

        public boolean isEmpty() {
            return cards.isEmpty();
        }
    }

    public record Row(SectionBlock block, Aside aside) {}
}
