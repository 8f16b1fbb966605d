package vn.toasoan.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.toasoan.accounts.AccountException;
import vn.toasoan.articles.ArticleConflictException;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.ArticleNotFoundException;
import vn.toasoan.articles.BlockedByChecksException;
import vn.toasoan.articles.WorkflowException;
import vn.toasoan.platform.FeatureException;
import vn.toasoan.sections.SectionException;
import vn.toasoan.sections.SectionNotFoundException;

/**
 * The newsroom's one error handler: what its pages did not handle themselves becomes a newsroom page with the reason
 * in plain words (the reader site keeps its own 404 page). Refusals for lack of rights go through Spring Security to
 * {@code /toa-soan/loi-truy-cap}.
 */
@ControllerAdvice(basePackageClasses = NewsroomErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NewsroomErrors {

    private final Desk desk;

    NewsroomErrors(Desk desk) {
        this.desk = desk;
    }

    @ExceptionHandler({ArticleNotFoundException.class, SectionNotFoundException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, 404, desk.text().lookup("error.notFound"));
    }

    @ExceptionHandler(ArticleConflictException.class)
    String conflict(ArticleConflictException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, 409, desk.text().format("editor.changedMeanwhile", e.savedBy()));
    }

    @ExceptionHandler({
        ArticleInvalidException.class,
        WorkflowException.class,
        BlockedByChecksException.class,
        AccountException.class,
        SectionException.class
    })
    String refused(FeatureException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, 422, desk.text().lookup(e));
    }

    private String page(
            HttpServletRequest request, HttpServletResponse response, Model model, int status, String message) {
        response.setStatus(status);
        model.addAttribute(
                "page",
                new Views.DeniedView(
                        desk.layout(request, desk.text().lookup("error.title"), null, desk.account()), message, true));
        return "newsroom/denied";
    }
}
