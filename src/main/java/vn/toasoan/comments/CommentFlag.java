package vn.toasoan.comments;

/** Why an editor should look twice at a pending comment. The names are what the API's {@code flags} lists. */
public enum CommentFlag {
    /** More links than the paper allows without a look. */
    LINKS,
    /** A word from the hold list. */
    HELD_WORDS,
    /** Part of the text seems typed without diacritics. */
    NO_DIACRITICS,
    /** The same text was sent before. */
    REPEAT,
    /** The e-mail address or IP is on the block list with "hold". */
    BLOCKED,
    /** A file is attached. */
    ATTACHMENT
}
