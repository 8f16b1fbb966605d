package vn.toasoan.newsroom;

import java.util.List;
import java.util.Map;
import vn.toasoan.articles.WorkingSummary;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** Turns the newsroom's article summaries into table rows, for the dashboard and the article list alike. */
public final class ArticleRows {

    private final Map<Long, Section> sections;
    private final Text t;

    public ArticleRows(Sections sections, Text t) {
        this.sections = sections.byIds();
        this.t = t;
    }

    public List<Views.ArticleRow> of(List<WorkingSummary> summaries) {
        return summaries.stream().map(this::row).toList();
    }

    Views.ArticleRow row(WorkingSummary s) {
        Section section = sections.get(s.sectionId());
        return new Views.ArticleRow(
                s.id(),
                s.title(),
                t.lookup("status." + s.status().name()),
                s.status().name().toLowerCase().replace('_', '-'),
                section == null ? "" : section.name(),
                s.authorName().isBlank() ? s.byline() : s.authorName(),
                VietnamTime.shortDateTime(s.modifiedAt()),
                s.modifiedBy(),
                s.scheduledAt() == null ? null : VietnamTime.shortDateTime(s.scheduledAt()),
                "/toa-soan/bai-viet/" + s.id(),
                s.status() == vn.toasoan.articles.ArticleStatus.PUBLISHED ? s.url() : null);
    }
}
