package vn.toasoan.comments;

/** Where a reader's comment stands: nothing is public before an editor approves it. */
public enum CommentStatus {
    /** Sent and waiting for an editor; invisible to the public. */
    PENDING,
    /** Approved by an editor, possibly after editing: shown under the article. */
    APPROVED,
    /** Refused by an editor; never shown. */
    REJECTED
}
