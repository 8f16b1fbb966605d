package vn.toasoan.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a save changed, for deciding whether readers see it and for the audit trail. */
final class Changes {

    private Changes() {}

    /** Nothing a reader sees differs: title, address, text, byline, section, photos, tags. */
    static boolean sameForReaders(CleanArticle a, CleanArticle b) {
        return a.title().equals(b.title())
                && a.slug().equals(b.slug())
                && a.sapo().equals(b.sapo())
                && a.body().equals(b.body())
                && a.byline().equals(b.byline())
                && a.sectionId() == b.sectionId()
                && a.figures().equals(b.figures())
                && Set.copyOf(a.tags()).equals(Set.copyOf(b.tags()));
    }

    /** In the audit trail's words, which stay in Vietnamese whoever reads them. */
    static String describe(CleanArticle before, CleanArticle after, ArticleText text) {
        List<String> changed = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changed.add(text.vi("articles.audit.change.title", before.title(), after.title()));
        }
        if (!before.slug().equals(after.slug())) {
            changed.add(text.vi("articles.audit.change.slug", before.slug(), after.slug()));
        }
        if (!before.sapo().equals(after.sapo())) {
            changed.add(text.vi("articles.audit.change.sapo"));
        }
        if (!before.body().equals(after.body())) {
            changed.add(text.vi("articles.audit.change.body"));
        }
        if (before.sectionId() != after.sectionId()) {
            changed.add(text.vi("articles.audit.change.section"));
        }
        if (!Set.copyOf(before.tags()).equals(Set.copyOf(after.tags()))) {
            changed.add(text.vi("articles.audit.change.tags"));
        }
        if (!before.figures().equals(after.figures())) {
            changed.add(text.vi("articles.audit.change.figures"));
        }
        if (!before.byline().equals(after.byline())) {
            changed.add(text.vi("articles.audit.change.byline"));
        }
        if (!before.seoDescription().equals(after.seoDescription())) {
            changed.add(text.vi("articles.audit.change.seo"));
        }
        return changed.isEmpty() ? text.vi("articles.audit.change.none") : String.join("; ", changed);
    }
}
