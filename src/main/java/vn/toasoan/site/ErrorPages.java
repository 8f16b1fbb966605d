package vn.toasoan.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.toasoan.articles.ArticleNotFoundException;
import vn.toasoan.sections.SectionNotFoundException;

/** The one place where a feature's "not found" becomes the reader's 404 page. */
@ControllerAdvice
@Component
class ErrorPages implements ErrorViewResolver {

    private final Chrome chrome;

    ErrorPages(Chrome chrome) {
        this.chrome = chrome;
    }

    @ExceptionHandler({ArticleNotFoundException.class, SectionNotFoundException.class, PageNotFoundException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    /** Pages that no controller answers (Spring Boot's /error), for browsers. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(status);
    }

    ModelAndView page(HttpStatusCode status) {
        var t = chrome.localizer();
        boolean notFound = status.value() == 404;
        String heading = t.lookup(notFound ? "error.notFound.heading" : "error.other.heading");
        String message = t.lookup(notFound ? "error.notFound.message" : "error.other.message");
        var layout = chrome.layout(
                new PageMeta(chrome.title(heading), message, chrome.absolute("/"), "website", null, null, true), null);
        var view =
                new ModelAndView("site/error", Map.of("page", new ErrorPage(layout, status.value(), heading, message)));
        view.setStatus(status);
        return view;
    }
}
