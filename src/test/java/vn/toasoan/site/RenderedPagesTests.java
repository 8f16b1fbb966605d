package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RenderedPagesTests {

    private final RenderedPages pages = new RenderedPages(new PageCacheProperties(
            true, Duration.ofSeconds(60), DataSize.ofMegabytes(8), Duration.ofSeconds(30), Duration.ofSeconds(60)));

    @Test
    void aChangeDropsExactlyThePagesThatDependOnIt() throws Exception {
        Thread.sleep(1_100); // past the moment after the start, as after any change
        var article = key("/cau-moi-7.html");
        var other = key("/cho-phien-8.html");
        var home = key("/");
        keep(article, Set.of(RenderedPages.article(7)));
        keep(other, RenderedPages.listings(List.of(card("/cau-moi-7.html")), RenderedPages.article(8)));
        keep(home, Set.of(RenderedPages.HOME));

        pages.evict(Set.of(RenderedPages.article(7)));

        assertThat(pages.find(article)).isNull();
        assertThat(pages.find(other)).as("it only lists the article").isNotNull();
        assertThat(pages.find(home)).isNotNull();

        pages.evict(Set.of(RenderedPages.listing(7), RenderedPages.HOME));
        assertThat(pages.find(other)).isNull();
        assertThat(pages.find(home)).isNull();
    }

    @Test
    void aPageRenderedWhileAChangeCommittedIsNotKept() throws Exception {
        Thread.sleep(1_100);
        var ticket = pages.ticket();
        pages.evict(Set.of(RenderedPages.HOME));

        assertThat(pages.keep(key("/"), ticket, page("<p>cũ</p>", Set.of(RenderedPages.HOME))))
                .isFalse();
        assertThat(pages.keep(key("/"), pages.ticket(), page("<p>mới</p>", Set.of(RenderedPages.HOME))))
                .as("within the moment the other caches take to forget the change")
                .isFalse();
        Thread.sleep(1_100);
        assertThat(pages.keep(key("/"), pages.ticket(), page("<p>mới</p>", Set.of(RenderedPages.HOME))))
                .isTrue();
    }

    @Test
    void theCommentFormsTokenLeavesTheETagAsItWas() {
        var first = page("<form><input type=\"hidden\" name=\"token\" value=\"7.1000.abc\"></form>", Set.of());
        var later = page("<form><input type=\"hidden\" name=\"token\" value=\"7.1003.xyz\"></form>", Set.of());
        var changed = page("<form><input type=\"hidden\" name=\"token\" value=\"7.1003.xyz\"></form><p>", Set.of());

        assertThat(later.etag()).isEqualTo(first.etag()).startsWith("W/\"");
        assertThat(changed.etag()).isNotEqualTo(first.etag());
    }

    @Test
    void readersAskingForAPageWhileItRendersWaitForThatRenderingRatherThanRenderItToo() throws Exception {
        var key = key("/tin-nong-mua-lu-9.html");
        RenderedPages.Turn first = pages.turn(key);
        assertThat(first.mine()).isTrue();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            var asked = new CountDownLatch(8);
            List<Future<RenderedPages.Page>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                others.add(readers.submit(() -> {
                    RenderedPages.Turn turn = pages.turn(key);
                    asked.countDown();
                    return turn.mine() ? null : turn.await();
                }));
            }
            asked.await();
            var page = page("<p>Mưa lũ</p>", Set.of(RenderedPages.article(9)));
            pages.rendered(first, page);

            for (Future<RenderedPages.Page> other : others) {
                assertThat(other.get()).as("the page the first reader rendered").isSameAs(page);
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(pages.turn(key).mine())
                .as("the next rendering, once that one is done")
                .isTrue();
    }

    @Test
    void whenTheRenderingKeepsNothingThoseWaitingRenderTheirOwn() {
        var key = key("/");
        RenderedPages.Turn first = pages.turn(key);
        RenderedPages.Turn second = pages.turn(key);
        assertThat(second.mine()).isFalse();

        pages.rendered(first, null);

        assertThat(second.await()).isNull();
    }

    private void keep(RenderedPages.Key key, Set<String> dependsOn) {
        assertThat(pages.keep(key, pages.ticket(), page("<p>" + key.path() + "</p>", dependsOn)))
                .isTrue();
    }

    private static RenderedPages.Page page(String html, Set<String> dependsOn) {
        return RenderedPages.Page.of(
                html.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", List.of(), dependsOn, 0);
    }

    private static RenderedPages.Key key(String path) {
        return new RenderedPages.Key(path, null, "vi", LocalDate.of(2026, 12, 6), "http://localhost", 0);
    }

    private static ArticleCard card(String url) {
        return new ArticleCard(url, "Cầu mới", "", "", "", null, "", null, "", "/");
    }
}
