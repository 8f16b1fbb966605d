package vn.toasoan.articles;

/**
 * The checks before publishing. Each warns by default; an administrator may make any of them block publishing.
 * {@link #code()} is what the API returns in {@code warnings[].code}.
 */
public enum Check {
    NEAR_DUPLICATE_PARAGRAPH("Đoạn văn gần như trùng nhau", "Near-duplicate paragraphs"),
    FIGURE_WITHOUT_CAPTION("Ảnh thiếu chú thích", "Figure without a caption"),
    FIGURE_WITHOUT_CREDIT("Ảnh thiếu tên tác giả ảnh (Ảnh: …)", "Figure without a photo credit"),
    EMPTY_ALT("Ảnh thiếu văn bản thay thế (alt)", "Figure without alt text"),
    MISSING_SAPO("Thiếu sapo (đoạn mở đầu)", "Missing lead (sapo)"),
    TITLE_TOO_LONG("Tiêu đề dài quá 120 ký tự", "Title longer than 120 characters"),
    MISSING_DIACRITICS("Văn bản gõ không dấu", "Text typed without diacritics"),
    INSECURE_LINK("Liên kết http: không an toàn", "Plain http: links");

    private final String vietnamese;
    private final String english;

    Check(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String code() {
        return name();
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
