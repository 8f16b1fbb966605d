package vn.toasoan.sections;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** No section at this address. */
public class SectionNotFoundException extends FeatureException {

    public SectionNotFoundException(String slug) {
        super("Section not found: " + slug, HttpStatus.NOT_FOUND, "sections.error.notFound");
    }
}
