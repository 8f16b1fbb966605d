package vn.toasoan.articles;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Checks before publishing, shown to the newsroom and returned by the API. */
@Component
public class ArticleChecks {

    public static final String NEAR_DUPLICATE_PARAGRAPH = "NEAR_DUPLICATE_PARAGRAPH";

    public List<ArticleWarning> check(Article article) {
        List<ArticleWarning> warnings = new ArrayList<>();
        List<String> paragraphs = paragraphs(article.body());
        for (int[] pair : NearDuplicateParagraphs.find(paragraphs)) {
            warnings.add(nearDuplicate(pair[0] + 1, pair[1] + 1));
        }
        return warnings;
    }

    static ArticleWarning nearDuplicate(int first, int second) {
        return new ArticleWarning(
                NEAR_DUPLICATE_PARAGRAPH,
                "Đoạn " + first + " và đoạn " + second + " của thân bài gần như trùng nhau" + " (body paragraphs "
                        + first + " and " + second + " are near-duplicates)");
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
