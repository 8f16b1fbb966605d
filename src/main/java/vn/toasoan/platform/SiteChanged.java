package vn.toasoan.platform;

/**
 * A change that caches and the search index must hear of, as {@link ChangeFeed} delivers it: on every app node, the
 * one that made it included, after its transaction committed.
 *
 * @param subject the article for {@link Kind#ARTICLE} and {@link Kind#COMMENTS}; 0 for the kinds about the whole site
 */
public record SiteChanged(Kind kind, long subject) {

    public enum Kind {
        /** An article published, edited, unpublished or deleted, or one of its tags renamed. */
        ARTICLE,
        /** The comments readers see under an article. */
        COMMENTS,
        /** The text shown above the comment form. */
        COMMENT_NOTICE,
        /** The sections: names, addresses, order, former addresses. */
        SECTIONS,
        /** The word lists that comments meet. */
        WORD_RULES,
        /** What editors placed at the top of the home page or a section page; the subject is the section, or 0. */
        FRONT_PAGE,
        /** The paper's name, legal masthead, logo and icons. */
        MASTHEAD
    }
}
