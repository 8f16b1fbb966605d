package vn.toasoan.sections;

/** A section of the paper (chuyên mục): Thời sự, Kinh tế, … */
public record Section(long id, String slug, String name, int position) {

    public String url() {
        return "/" + slug;
    }
}
