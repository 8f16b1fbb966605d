package vn.toasoan.site;

import java.util.List;
import vn.toasoan.masthead.Masthead;
import vn.toasoan.sections.Section;

/**
 * What every reader page shares: the masthead, the section navigation, the footer with the paper's legal masthead.
 *
 * @param today "Chủ nhật, 06-12-2026", Vietnam time
 */
public record Layout(
        PageMeta meta, Masthead masthead, String today, List<Section> sections, String activeSection, Localizer t) {

    public String siteName() {
        return masthead.siteName();
    }

    public String siteDescription() {
        return masthead.description();
    }

    public boolean isActive(Section section) {
        return section.slug().equals(activeSection);
    }

    /** The feed of the section being read, beside the site's own. */
    public String sectionFeed() {
        return activeSection == null ? null : "/rss/" + activeSection + ".xml";
    }

    /** What the footer still lacks, in words, for the administrator: "cơ quan chủ quản, giấy phép". */
    public String missing() {
        return String.join(
                ", ",
                masthead.missing().stream()
                        .map(field -> t.lookup("masthead.field." + field).toLowerCase(t.locale()))
                        .toList());
    }
}
