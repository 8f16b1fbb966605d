package vn.toasoan.comments;

/**
 * The reader's form as sent. {@code website} is a trap that people never see and robots fill; {@code token} says
 * when the form was served.
 */
record CommentForm(String name, String email, String content, String website, String token) {

    static CommentForm empty() {
        return new CommentForm("", "", "", "", "");
    }
}
