package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The paths kept for everyone are exactly those the site's addresses describe, and nothing near them. */
class ReaderPathsTests {

    /** The addresses as DESIGN.md writes them, the reference the scan must agree with. */
    private static final Pattern PAGE = Pattern.compile("/|/[a-z0-9-]+|/[a-z0-9-]*-\\d+\\.html|/the/[a-z0-9-]+");

    private static final Pattern ARTICLE = Pattern.compile("/[a-z0-9-]*-\\d+\\.html");

    @Test
    void theReaderPagesAreKeptAndNothingElse() {
        assertThat(ReaderPaths.isPage("/")).isTrue();
        assertThat(ReaderPaths.isPage("/thoi-su")).isTrue();
        assertThat(ReaderPaths.isPage("/the/bong-da")).isTrue();
        assertThat(ReaderPaths.isArticle("/nong-dan-thu-hoach-lua-he-thu-2024-123.html"))
                .isTrue();
        assertThat(ReaderPaths.isArticle("/-7.html")).isTrue();
        for (String other : new String[] {
            "",
            "/the/",
            "/thoi-su/",
            "/Thoi-su",
            "/thời-sự",
            "/toa-soan/bai-viet",
            "/api/v1/articles",
            "/bai-viet.html",
            "/bai-viet-12a.html",
            "/bai-viet-12.htm",
            "/12.html",
            "/bai viet-1.html",
            "/%2e%2e",
            "/tim-kiem?q=a",
            "/the/bong-da/2",
            "//thoi-su"
        }) {
            assertThat(ReaderPaths.isPage(other)).as(other).isFalse();
        }
    }

    @Test
    void theScanAgreesWithTheAddressesOnManyPathsNearThem() {
        Random random = new Random(20261206L);
        String alphabet = "ab9-/.htmlé0 ";
        String[] starts = {"/", "/the/", "/a-", "/x-1", ""};
        String[] ends = {"", ".html", "-4.html", "-.html", "4.html", "/"};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder path = new StringBuilder(starts[random.nextInt(starts.length)]);
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            path.append(ends[random.nextInt(ends.length)]);
            String p = path.toString();
            assertThat(ReaderPaths.isPage(p)).as(p).isEqualTo(PAGE.matcher(p).matches());
            assertThat(ReaderPaths.isArticle(p))
                    .as(p)
                    .isEqualTo(ARTICLE.matcher(p).matches());
        }
    }
}
