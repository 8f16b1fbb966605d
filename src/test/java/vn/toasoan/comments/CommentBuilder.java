package vn.toasoan.comments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reader's comment for a test, as the article page's form sends it. Left unset, the sender is a reader of their
 * own (a fresh e-mail address), so that no other test's rate limits or blocks meet them.
 */
public final class CommentBuilder {

    private String name = "Bạn Đọc Thử";
    private String email = "ban-doc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    private String content;
    private String website = "";
    private ReaderClient.FilePart file;

    private CommentBuilder(String content) {
        this.content = content;
    }

    public static CommentBuilder comment(String content) {
        return new CommentBuilder(content);
    }

    public CommentBuilder by(String name, String email) {
        this.name = name;
        this.email = email;
        return this;
    }

    /** The form's trap, which people never see and robots fill. */
    public CommentBuilder website(String website) {
        this.website = website;
        return this;
    }

    public CommentBuilder attaching(ReaderClient.FilePart file) {
        this.file = file;
        return this;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String content() {
        return content;
    }

    public ReaderClient.FilePart file() {
        return file;
    }

    /** The form's fields with this token, in the order the page has them. */
    public Map<String, String> fields(String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("content", content);
        fields.put("website", website);
        fields.put("token", token);
        return fields;
    }
}
