package vn.toasoan.demo;

import java.util.List;

/** The shape of {@code demo/content.json}: sections and articles written for this project. */
record DemoContent(List<DemoSection> sections, List<DemoArticle> articles) {

    record DemoSection(String slug, String name, int position) {}

    record DemoArticle(
            String section,
            String title,
            String sapo,
            List<String> body,
            String byline,
            List<String> tags,
            int publishedDaysAgo,
            String publishedTime,
            List<DemoFigure> figures) {}

    record DemoFigure(int afterParagraph, String caption, String credit, String alt, String scene) {}
}
