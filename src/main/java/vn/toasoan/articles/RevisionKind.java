package vn.toasoan.articles;

/** Why a revision exists. */
public enum RevisionKind {
    CREATE,
    SAVE,
    RESTORE,
    /** A save refused because someone else saved first; kept so that nothing typed is lost. */
    CONFLICT
}
