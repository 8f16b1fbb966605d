package vn.toasoan.contact;

/** A reader's letter has arrived, for whatever tells the newsroom (a notification, an e-mail). */
public record ContactMessageReceived(long id, String subject) {}
