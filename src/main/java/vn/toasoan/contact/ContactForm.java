package vn.toasoan.contact;

/**
 * The contact form as sent. {@code website} is a trap that people never see and robots fill; {@code token} says when
 * the form was served.
 */
record ContactForm(
        String name, String email, String phone, String subject, String message, String website, String token) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "", "", "");
    }
}
