package vn.toasoan.newsroom.sections;

import java.util.List;
import vn.toasoan.articles.Tags;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.sections.Section;

/** The view models of the section and tag pages. */
public final class SectionViews {

    private SectionViews() {}

    public record SectionsView(NewsroomLayout layout, List<Section> sections) {}

    public record TagsView(NewsroomLayout layout, String text, List<Tags.TagCount> tags) {}
}
