package vn.toasoan.vietnamese;

import java.util.function.Consumer;

/**
 * The paper's published text, which the diacritics restorer learns from. Implemented by the feature that owns
 * articles, so that this package depends on nothing.
 */
public interface PublishedTextSource {

    /** Hands the plain text of each published article (title, sapo, body) to the sink, one call per article. */
    void forEachPublishedText(Consumer<String> sink);

    /** How many articles are published now; the restorer rebuilds its model when this has grown enough. */
    long publishedCount();
}
