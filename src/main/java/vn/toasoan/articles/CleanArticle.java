package vn.toasoan.articles;

import java.util.List;

/**
 * An article's content after cleaning: what is stored, what a revision keeps, what two revisions are compared on.
 *
 * @param body sanitised HTML
 */
public record CleanArticle(
        String title,
        String slug,
        String sapo,
        String body,
        long sectionId,
        List<Tag> tags,
        String byline,
        String seoDescription,
        List<ArticleInput.FigureInput> figures) {

    public CleanArticle {
        tags = List.copyOf(tags);
        figures = List.copyOf(figures);
    }

    public static CleanArticle of(Article article) {
        return new CleanArticle(
                article.title(),
                article.slug(),
                article.sapo(),
                article.body(),
                article.sectionId(),
                article.tags(),
                article.byline(),
                article.seoDescription() == null ? "" : article.seoDescription(),
                article.figures().stream()
                        .map(f -> new ArticleInput.FigureInput(
                                f.image() == null ? null : f.image().id(),
                                f.caption(),
                                f.credit(),
                                f.alt(),
                                f.position()))
                        .toList());
    }

    /** As the editor would fill it in again: for restoring a revision. */
    public ArticleInput toInput() {
        return new ArticleInput(
                title,
                slug,
                sapo,
                body,
                sectionId,
                tags.stream().map(Tag::name).toList(),
                byline,
                seoDescription,
                figures);
    }
}
