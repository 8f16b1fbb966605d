package vn.toasoan.sections;

public class SectionNotFoundException extends RuntimeException {

    public SectionNotFoundException(String slug) {
        super("Section not found: " + slug);
    }
}
