package vn.toasoan.articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One of the newest articles of a section, with the slugs of its tags: what "Tin liên quan" picks from. The newest of
 * a section are the same for every article in it, so they are read once and the choice for each article is made here,
 * which costs an article nobody has read for a while no query of its own.
 */
record RelatedCandidate(ArticleSummary summary, Set<String> tags) {

    /** How many of a section's newest articles "Tin liên quan" looks at. */
    static final int DEPTH = 200;

    RelatedCandidate {
        tags = Set.copyOf(tags);
    }

    /**
     * Of the section's {@link #DEPTH} newest articles other than {@code article}, the {@code limit} sharing most of its
     * tags, newest first among those sharing as many.
     *
     * @param newest the section's newest articles, newest first, one more than {@link #DEPTH}
     */
    static List<ArticleSummary> closest(Article article, List<RelatedCandidate> newest, int limit) {
        Set<String> mine = new HashSet<>();
        article.tags().forEach(tag -> mine.add(tag.slug()));
        List<Shared> others = new ArrayList<>(DEPTH);
        for (RelatedCandidate candidate : newest) {
            if (others.size() == DEPTH) {
                break;
            }
            if (candidate.summary().id() != article.id()) {
                others.add(new Shared(candidate.summary(), candidate.sharedWith(mine)));
            }
        }
        // a stable sort: among articles sharing as many tags, the newest stay first
        others.sort(Comparator.comparingInt(Shared::tags).reversed());
        return others.stream().limit(limit).map(Shared::summary).toList();
    }

    private int sharedWith(Set<String> slugs) {
        int shared = 0;
        for (String tag : tags) {
            if (slugs.contains(tag)) {
                shared++;
            }
        }
        return shared;
    }

    private record Shared(ArticleSummary summary, int tags) {}
}
