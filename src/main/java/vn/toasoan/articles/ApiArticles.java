package vn.toasoan.articles;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.toasoan.accounts.Account;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * Articles as the API shows them. A page of them is read in a fixed number of queries whatever its size: the list, the
 * articles with their figures, tags and corrections, and the view counts, each in one go.
 */
@Component
class ApiArticles {

    private final ArticleEditing editing;
    private final Articles articles;
    private final Sections sections;

    ApiArticles(ArticleEditing editing, Articles articles, Sections sections) {
        this.editing = editing;
        this.articles = articles;
        this.sections = sections;
    }

    /** A page of articles; reporters see only their own. */
    record Page(List<ArticleJson> items, long total) {}

    Page page(Account account, ArticleFilter filter) {
        Listing<WorkingSummary> listing = editing.list(account, filter);
        List<WorkingArticle> found = editing.getAll(
                account, listing.items().stream().map(WorkingSummary::id).toList());
        Map<Long, Long> views =
                articles.views(found.stream().map(WorkingArticle::id).toList());
        Map<Long, Section> bySection = sections.byIds();
        return new Page(
                found.stream()
                        .map(a -> json(a, bySection, views.getOrDefault(a.id(), 0L)))
                        .toList(),
                listing.total());
    }

    ArticleJson one(WorkingArticle article) {
        return json(article, sections.byIds(), articles.views(article.id()));
    }

    private ArticleJson json(WorkingArticle working, Map<Long, Section> bySection, long views) {
        Article a = working.article();
        Section section = bySection.get(a.sectionId());
        return new ArticleJson(
                a.id(),
                a.title(),
                a.slug(),
                a.sapo(),
                a.body(),
                section == null ? null : section.slug(),
                a.tags().stream().map(Tag::name).toList(),
                a.byline(),
                a.status(),
                a.publishedAt() == null ? null : VietnamTime.iso(a.publishedAt()),
                a.updatedAt() == null ? null : VietnamTime.iso(a.updatedAt()),
                a.url(),
                views,
                editing.warnings(working),
                a.figures().stream()
                        .map(f -> new ArticleJson.FigureJson(
                                f.image() == null ? null : f.image().id().toString(),
                                f.image() == null ? null : f.image().largestUrl(),
                                f.position(),
                                f.caption(),
                                f.credit(),
                                f.alt()))
                        .toList(),
                a.leadFigure()
                        .map(f -> {
                            boolean chosen = f.image().id().equals(a.lead().imageId());
                            return new ArticleJson.LeadPhotoJson(
                                    f.image().id().toString(),
                                    f.image().largestUrl(),
                                    chosen,
                                    chosen ? a.lead().focusX() : 50,
                                    chosen ? a.lead().focusY() : 50);
                        })
                        .orElse(null));
    }
}
