package vn.toasoan.articles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import vn.toasoan.vietnamese.DiacriticsDetector;

/**
 * Checks before publishing, shown in the editor and returned by the API. They warn; the ones an administrator made
 * blocking ({@link CheckPolicies}) also stop publishing.
 */
@Component
class ArticleChecks {

    static final int MAX_TITLE = 120;

    private final DiacriticsDetector diacritics;
    private final CheckPolicies policies;
    private final ArticleText text;

    /**
     * The warnings depend on nothing but what they check and the language they are written in, and checking a long
     * article costs far more than the read that shows it: every save, preview and API read of an unchanged text would
     * otherwise check it again.
     */
    private final Cache<Checked, List<ArticleWarning>> checked = Caffeine.newBuilder()
            .maximumWeight(4_000_000) // characters of text kept, about 8 MB
            .weigher((Checked key, List<ArticleWarning> warnings) -> key.weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private record Checked(String title, String sapo, String body, List<Figure> figures, Locale locale) {

        int weight() {
            return title.length() + (sapo == null ? 0 : sapo.length()) + (body == null ? 0 : body.length());
        }
    }

    ArticleChecks(DiacriticsDetector diacritics, CheckPolicies policies, ArticleText text) {
        this.diacritics = diacritics;
        this.policies = policies;
        this.text = text;
    }

    /** The warnings, in the language of whoever asked. */
    public List<ArticleWarning> check(Article article) {
        Checked what =
                new Checked(article.title(), article.sapo(), article.body(), article.figures(), ArticleText.locale());
        return checked.get(what, key -> List.copyOf(checkAgain(article)));
    }

    private List<ArticleWarning> checkAgain(Article article) {
        List<ArticleWarning> warnings = new ArrayList<>();
        int titleLength = article.title().codePointCount(0, article.title().length());
        if (titleLength > MAX_TITLE) {
            warnings.add(warning(Check.TITLE_TOO_LONG, "titleTooLong", titleLength, MAX_TITLE));
        }
        if (article.sapo() == null || article.sapo().isBlank()) {
            warnings.add(warning(Check.MISSING_SAPO, "missingSapo"));
        }
        List<String> paragraphs = paragraphs(article.body());
        for (int[] pair : NearDuplicateParagraphs.find(paragraphs)) {
            warnings.add(warning(Check.NEAR_DUPLICATE_PARAGRAPH, "nearDuplicate", pair[0] + 1, pair[1] + 1));
        }
        figures(article, warnings);
        withoutDiacritics(article, paragraphs, warnings);
        insecureLinks(article.body(), warnings);
        return warnings;
    }

    /**
     * Publishing, or changing what readers already see, stops here when a check the administrator made blocking fails.
     *
     * @throws BlockedByChecksException with the failing checks
     */
    void refuseBlocked(Article article) {
        List<ArticleWarning> blocking = blocking(check(article));
        if (!blocking.isEmpty()) {
            throw new BlockedByChecksException(
                    text.get(
                            "articles.blocked",
                            blocking.size(),
                            String.join(
                                    "; ",
                                    blocking.stream()
                                            .map(ArticleWarning::message)
                                            .toList())),
                    blocking);
        }
    }

    /**
     * Publishing or scheduling stops here while a warning is open: one the administrator made blocking, or one the
     * person publishing did not name as seen.
     *
     * @param acknowledged the codes of the warnings the person publishes past
     * @return the warnings published past, all of them acknowledged, for the audit trail
     * @throws OpenWarningsException with the open warnings
     */
    List<ArticleWarning> refuseOpen(Article article, Set<String> acknowledged) {
        List<ArticleWarning> warnings = check(article);
        Set<String> blocking = blockingCodes();
        List<ArticleWarning> blocked =
                warnings.stream().filter(w -> blocking.contains(w.code())).toList();
        List<ArticleWarning> unacknowledged = warnings.stream()
                .filter(w -> !blocking.contains(w.code()) && !acknowledged.contains(w.code()))
                .toList();
        if (blocked.isEmpty() && unacknowledged.isEmpty()) {
            return warnings;
        }
        String message = blocked.isEmpty()
                ? text.get("articles.unacknowledged", unacknowledged.size(), messages(unacknowledged))
                : text.get("articles.blocked", blocked.size(), messages(blocked));
        List<OpenWarningsException.Open> open = new ArrayList<>();
        blocked.forEach(w -> open.add(new OpenWarningsException.Open(w.code(), w.message(), true)));
        unacknowledged.forEach(w -> open.add(new OpenWarningsException.Open(w.code(), w.message(), false)));
        throw new OpenWarningsException(message, open);
    }

    private static String messages(List<ArticleWarning> warnings) {
        return String.join("; ", warnings.stream().map(ArticleWarning::message).toList());
    }

    /** The warnings that stop publishing under the administrator's current setting. */
    public List<ArticleWarning> blocking(List<ArticleWarning> warnings) {
        Set<String> blocking = blockingCodes();
        return warnings.stream().filter(w -> blocking.contains(w.code())).toList();
    }

    /** The codes of the checks the administrator made blocking. */
    Set<String> blockingCodes() {
        return policies.blocking().stream().map(Check::code).collect(Collectors.toSet());
    }

    private void figures(Article article, List<ArticleWarning> warnings) {
        int number = 0;
        for (Figure figure : article.figures()) {
            number++;
            if (figure.caption() == null || figure.caption().isBlank()) {
                warnings.add(warning(Check.FIGURE_WITHOUT_CAPTION, "figureWithoutCaption", number));
            }
            if (figure.credit() == null || figure.credit().isBlank()) {
                warnings.add(warning(Check.FIGURE_WITHOUT_CREDIT, "figureWithoutCredit", number));
            }
            if (figure.image() != null && (figure.alt() == null || figure.alt().isBlank())) {
                warnings.add(warning(Check.EMPTY_ALT, "emptyAlt", number));
            }
        }
    }

    private void withoutDiacritics(Article article, List<String> paragraphs, List<ArticleWarning> warnings) {
        List<String> where = new ArrayList<>();
        if (diacritics.isMissingDiacritics(article.title())) {
            where.add(text.get("articles.warning.where.title"));
        }
        if (article.sapo() != null && diacritics.isMissingDiacritics(article.sapo())) {
            where.add(text.get("articles.warning.where.sapo"));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (diacritics.isMissingDiacritics(paragraphs.get(i))) {
                where.add(text.get("articles.warning.where.paragraph", i + 1));
            }
        }
        if (!where.isEmpty()) {
            warnings.add(warning(Check.MISSING_DIACRITICS, "missingDiacritics", String.join(", ", where)));
        }
    }

    private void insecureLinks(String body, List<ArticleWarning> warnings) {
        for (Element link : Jsoup.parseBodyFragment(body).select("a[href]")) {
            String href = link.attr("href").strip();
            if (href.toLowerCase(Locale.ROOT).startsWith("http:")) {
                warnings.add(warning(Check.INSECURE_LINK, "insecureLink", href));
            }
        }
    }

    private ArticleWarning warning(Check check, String key, Object... args) {
        return new ArticleWarning(check.code(), text.get("articles.warning." + key, args));
    }

    static List<String> paragraphs(String bodyHtml) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(bodyHtml).body().children()) {
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
