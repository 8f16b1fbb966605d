package vn.toasoan.site;

import java.util.List;
import vn.toasoan.sections.Section;

/** What every reader page shares: the masthead, the section navigation, the footer. */
public record Layout(
        PageMeta meta,
        String siteName,
        String siteDescription,
        String today,
        List<Section> sections,
        String activeSection,
        Localizer t) {

    public boolean isActive(Section section) {
        return section.slug().equals(activeSection);
    }
}
