package vn.toasoan.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.toasoan.articles.ArticleSummary;

/**
 * The articles a page already shows, so that no story appears twice on one page: each list on the page takes, in the
 * order the page is read, the first articles of its candidates not shown higher up.
 */
final class Shown {

    private final Set<Long> ids = new HashSet<>();

    static Shown nothing() {
        return new Shown();
    }

    /** The article being read, which its own lists leave out. */
    static Shown only(long articleId) {
        Shown shown = new Shown();
        shown.ids.add(articleId);
        return shown;
    }

    /** Up to {@code limit} of the candidates not shown yet, in their order; they count as shown from now on. */
    List<ArticleSummary> take(List<ArticleSummary> candidates, int limit) {
        List<ArticleSummary> taken = new ArrayList<>();
        for (ArticleSummary candidate : candidates) {
            if (taken.size() == limit) {
                break;
            }
            if (ids.add(candidate.id())) {
                taken.add(candidate);
            }
        }
        return taken;
    }

    /** Articles taken but in the end not shown, which the lists further down may take after all. */
    void release(List<ArticleSummary> unused) {
        unused.forEach(s -> ids.remove(s.id()));
    }

    /** The first candidate not shown yet, or null. */
    ArticleSummary takeOne(List<ArticleSummary> candidates) {
        List<ArticleSummary> one = take(candidates, 1);
        return one.isEmpty() ? null : one.get(0);
    }
}
