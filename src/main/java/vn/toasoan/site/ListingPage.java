package vn.toasoan.site;

import java.util.ArrayList;
import java.util.List;
import vn.toasoan.sections.Section;

/**
 * A section page or a tag page: a heading and one page of articles; on a section's first page, its lead and featured
 * stories above them. Beside them, "Đọc nhiều" and the latest news: of the paper, or of each other section.
 *
 * @param lead null on tag pages and after the first page
 * @param latest the paper's latest news, or empty when {@code latestBySection} shows it
 */
public record ListingPage(
        Layout layout,
        String heading,
        ArticleCard lead,
        List<ArticleCard> featured,
        List<ArticleCard> articles,
        Pagination pagination,
        List<ArticleCard> mostRead,
        List<ArticleCard> latest,
        List<SideList> latestBySection) {

    /** Every article the page lists. */
    List<ArticleCard> cards() {
        List<ArticleCard> all = new ArrayList<>(featured);
        if (lead != null) {
            all.add(lead);
        }
        all.addAll(articles);
        all.addAll(mostRead);
        all.addAll(latest);
        latestBySection.forEach(side -> all.addAll(side.cards()));
        return all;
    }

    /** The latest news of one section, in the side column. */
    public record SideList(Section section, List<ArticleCard> cards) {}
}
