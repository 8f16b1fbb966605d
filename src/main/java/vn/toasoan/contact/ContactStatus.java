package vn.toasoan.contact;

/** A letter is NEW until an editor has dealt with it. */
public enum ContactStatus {
    NEW,
    HANDLED
}
