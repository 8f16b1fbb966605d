package vn.toasoan.site;

import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/** An address the reader site does not have, such as a page past the last one of a section. */
class PageNotFoundException extends FeatureException {

    PageNotFoundException() {
        super(HttpStatus.NOT_FOUND, "error.notFound.message");
    }
}
