package vn.toasoan.media;

/** Whether a stored image belongs to saved work yet. */
enum ImageStatus {
    /** Uploaded with a save that has not succeeded (yet): kept for the editor's next try, then deleted. */
    PENDING,
    /** Used by a saved article or one of its revisions. */
    SAVED
}
