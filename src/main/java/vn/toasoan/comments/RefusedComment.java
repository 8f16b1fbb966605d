package vn.toasoan.comments;

/** A refused form on its way back to the article page, so the reader finds what they typed. */
record RefusedComment(CommentForm form, Refusal refusal) {

    static final String ATTRIBUTE = RefusedComment.class.getName();
}
