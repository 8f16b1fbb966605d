package vn.toasoan.frontpage;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.toasoan.platform.FeatureException;

/**
 * What was asked cannot be placed: an article that is not published (or not in the page's section), one placed twice,
 * too many featured stories, an expiry in the past. Answers 422, as publishing refused by a check does.
 */
public class FrontPageRefusedException extends FeatureException {

    private final List<Long> articles;

    FrontPageRefusedException(List<Long> articles, String messageKey, Object... arguments) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
        this.articles = List.copyOf(articles);
    }

    @Override
    public String titleKey() {
        return "frontpage.refused.title";
    }

    /** The ids of the articles at fault, so that a script can say which. */
    @Override
    public Map<String, Object> properties() {
        return articles.isEmpty() ? Map.of() : Map.of("articles", articles);
    }
}
