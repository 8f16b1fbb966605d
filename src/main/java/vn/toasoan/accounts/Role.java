package vn.toasoan.accounts;

/**
 * What an account may do in the newsroom. Spring Security sees them as {@code ROLE_REPORTER}, {@code ROLE_EDITOR} and
 * {@code ROLE_ADMIN}.
 */
public enum Role {
    /** Phóng viên: writes and submits their own drafts. */
    REPORTER,
    /** Biên tập viên: edits any article, publishes, moderates comments. */
    EDITOR,
    /** Quản trị viên: everything an editor does, plus accounts, sections and settings. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Editors and administrators edit and publish any article. */
    public boolean edits() {
        return this != REPORTER;
    }
}
