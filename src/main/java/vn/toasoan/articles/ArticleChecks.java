package vn.toasoan.articles;

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

    public static final String NEAR_DUPLICATE_PARAGRAPH = Check.NEAR_DUPLICATE_PARAGRAPH.code();

    static final int MAX_TITLE = 120;

    private final DiacriticsDetector diacritics;
    private final CheckPolicies policies;

    ArticleChecks(DiacriticsDetector diacritics, CheckPolicies policies) {
        this.diacritics = diacritics;
        this.policies = policies;
    }

    public List<ArticleWarning> check(Article article) {
        List<ArticleWarning> warnings = new ArrayList<>();
        if (article.title().codePointCount(0, article.title().length()) > MAX_TITLE) {
            warnings.add(warning(
                    Check.TITLE_TOO_LONG,
                    "Tiêu đề dài "
                            + article.title().codePointCount(0, article.title().length()) + " ký tự, quá " + MAX_TITLE
                            + " ký tự",
                    "the title is longer than " + MAX_TITLE + " characters"));
        }
        if (article.sapo() == null || article.sapo().isBlank()) {
            warnings.add(warning(Check.MISSING_SAPO, "Bài viết chưa có sapo (đoạn mở đầu)", "no lead paragraph"));
        }
        List<String> paragraphs = paragraphs(article.body());
        for (int[] pair : NearDuplicateParagraphs.find(paragraphs)) {
            warnings.add(nearDuplicate(pair[0] + 1, pair[1] + 1));
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
            throw new BlockedByChecksException(blocking);
        }
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

    static ArticleWarning nearDuplicate(int first, int second) {
        return new ArticleWarning(
                NEAR_DUPLICATE_PARAGRAPH,
                "Đoạn " + first + " và đoạn " + second + " của thân bài gần như trùng nhau" + " (body paragraphs "
                        + first + " and " + second + " are near-duplicates)");
    }

    private static void figures(Article article, List<ArticleWarning> warnings) {
        int number = 0;
        for (Figure figure : article.figures()) {
            number++;
            if (figure.caption() == null || figure.caption().isBlank()) {
                warnings.add(warning(
                        Check.FIGURE_WITHOUT_CAPTION,
                        "Ảnh " + number + " chưa có chú thích",
                        "figure " + number + " has no caption"));
            }
            if (figure.credit() == null || figure.credit().isBlank()) {
                warnings.add(warning(
                        Check.FIGURE_WITHOUT_CREDIT,
                        "Ảnh " + number + " chưa ghi tác giả ảnh (Ảnh: …)",
                        "figure " + number + " has no photo credit"));
            }
            if (figure.image() != null && (figure.alt() == null || figure.alt().isBlank())) {
                warnings.add(warning(
                        Check.EMPTY_ALT,
                        "Ảnh " + number + " chưa có văn bản thay thế (alt) cho người khiếm thị",
                        "figure " + number + " has no alt text"));
            }
        }
    }

    private void withoutDiacritics(Article article, List<String> paragraphs, List<ArticleWarning> warnings) {
        List<String> where = new ArrayList<>();
        if (diacritics.isMissingDiacritics(article.title())) {
            where.add("tiêu đề");
        }
        if (article.sapo() != null && diacritics.isMissingDiacritics(article.sapo())) {
            where.add("sapo");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (diacritics.isMissingDiacritics(paragraphs.get(i))) {
                where.add("đoạn " + (i + 1));
            }
        }
        if (!where.isEmpty()) {
            warnings.add(warning(
                    Check.MISSING_DIACRITICS,
                    "Có vẻ gõ tiếng Việt không dấu ở: " + String.join(", ", where),
                    "Vietnamese typed without diacritics"));
        }
    }

    private static void insecureLinks(String body, List<ArticleWarning> warnings) {
        for (Element link : Jsoup.parseBodyFragment(body).select("a[href]")) {
            String href = link.attr("href").strip();
            if (href.toLowerCase(Locale.ROOT).startsWith("http:")) {
                warnings.add(warning(
                        Check.INSECURE_LINK,
                        "Liên kết " + href + " dùng http: không an toàn; hãy dùng https:",
                        "plain http: link"));
            }
        }
    }

    private static ArticleWarning warning(Check check, String vietnamese, String english) {
        return new ArticleWarning(check.code(), vietnamese + " (" + english + ")");
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
