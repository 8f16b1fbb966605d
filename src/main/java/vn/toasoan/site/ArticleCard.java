package vn.toasoan.site;

import java.util.Map;
import vn.toasoan.articles.ArticleSummary;
import vn.toasoan.media.Image;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;

/** An article in a list on a reader page. */
public record ArticleCard(
        String url,
        String title,
        String sapo,
        String time,
        String isoTime,
        Image image,
        String imageAlt,
        String imagePosition,
        String sectionName,
        String sectionUrl) {

    static ArticleCard of(ArticleSummary summary, Map<Long, Section> sections) {
        Section section = sections.get(summary.sectionId());
        return new ArticleCard(
                summary.url(),
                summary.title(),
                summary.sapo(),
                VietnamTime.shortDateTime(summary.publishedAt()),
                VietnamTime.iso(summary.publishedAt()),
                summary.leadImage(),
                summary.leadImageAlt() == null || summary.leadImageAlt().isBlank()
                        ? summary.title()
                        : summary.leadImageAlt(),
                summary.leadPosition(),
                section == null ? "" : section.name(),
                section == null ? "/" : section.url());
    }
}
