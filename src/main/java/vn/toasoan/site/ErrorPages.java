package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.toasoan.platform.FeatureException;

/**
 * The one place where a feature's refusal becomes the reader's error page, with the status the refusal carries (its
 * "not found" the 404 page); the API answers its own with problem details (platform's ApiProblems), the newsroom with
 * its pages.
 */
@ControllerAdvice
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Chrome chrome;

    ErrorPages(Chrome chrome) {
        this.chrome = chrome;
    }

    @ExceptionHandler(FeatureException.class)
    ModelAndView refused(FeatureException e) {
        return page(e.status());
    }

    /**
     * A multipart form the framework cannot parse (a malformed {@code filename*}, a broken header) or over its size:
     * the sender's fault, told in one line.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableForm(MultipartException e, HttpServletRequest request) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        log.info(
                "Refused {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return page(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
    }

    /** Pages that no controller answers (Spring Boot's /error), for browsers. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(status);
    }

    ModelAndView page(HttpStatusCode status) {
        var t = chrome.localizer();
        // the reader's mistake or ours: a 4xx must not apologise for a fault of the site
        String kind = switch (status.value()) {
            case 404 -> "notFound";
            case 413 -> "tooLarge";
            case 429 -> "tooMany";
            default -> status.is4xxClientError() ? "badRequest" : "other";
        };
        return page(status, t.lookup("error." + kind + ".heading"), t.lookup("error." + kind + ".message"));
    }

    /** The error page with words of its own, for a refusal the general ones do not explain. */
    ModelAndView page(HttpStatusCode status, String heading, String message) {
        var layout = chrome.layout(
                new PageMeta(chrome.title(heading), message, chrome.absolute("/"), "website", null, null, true), null);
        var view =
                new ModelAndView("site/error", Map.of("page", new ErrorPage(layout, status.value(), heading, message)));
        view.setStatus(status);
        return view;
    }
}
