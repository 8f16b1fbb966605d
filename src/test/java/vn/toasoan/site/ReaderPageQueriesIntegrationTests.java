package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.platform.ChangeFeed;
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.Http;
import vn.toasoan.support.QueryCounter;
import vn.toasoan.support.ToaSoanIntegrationTest;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * The home page, a section's first, second and last pages and a tag's pages send the same statements to PostgreSQL
 * whether the section holds twenty articles or two hundred: an archive grows without a reader's page costing more
 * queries, however deep the page.
 */
@ToaSoanIntegrationTest
class ReaderPageQueriesIntegrationTests {

    static final Predicate<String> SERVING = QueryCounter.SERVING;

    static final int FEW = 20;
    static final int MANY = 200;

    @LocalServerPort
    int port;

    @Autowired
    QueryCounter counter;

    @Autowired
    Articles articles;

    @Autowired
    Sections sections;

    @Autowired
    RenderedPages renderedPages;

    @Autowired
    ChangeFeed feed;

    @Autowired
    ConfigurableApplicationContext context;

    /** Long ago, so that the other tests' lists of the latest news, which share this application, stay theirs. */
    private final Instant firstPublished = Instant.parse("2015-03-02T01:00:00Z");

    private int published;

    @Test
    void readerPagesCostTheSameStatementsForTwentyArticlesAsForTwoHundred() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Section section = sections.create("Chuyên mục đếm trang " + suffix, null, 95);
        String tag = "Thẻ đếm trang " + suffix;
        String tagUrl = "/the/" + VietnameseText.slug(tag);
        // what no publish clears (sections, "Đọc nhiều", settings) is read once before, as it is before the second
        // count
        publish(section, FEW - 1, tag);
        var reader = new Http(port);
        for (String path : List.of("/", section.url(), section.url() + "?trang=2", tagUrl, tagUrl + "?trang=2")) {
            renderedPages.evictAll();
            assertThat(reader.get(path).statusCode()).as(path).isEqualTo(200);
        }
        publish(section, 1, tag);
        String oldest = title(section, 1);

        Map<String, Renders> few = new LinkedHashMap<>();
        few.put("home", render("/", title(section, FEW)));
        few.put("section", render(section.url(), title(section, FEW)));
        few.put("section, page 2", render(section.url() + "?trang=2", oldest));
        few.put("tag", render(tagUrl, title(section, FEW)));
        few.put("tag, page 2", render(tagUrl + "?trang=2", oldest));

        publish(section, MANY - FEW, tag);
        int lastSectionPage = (MANY - SectionPages.TOP + SectionPages.PAGE_SIZE - 1) / SectionPages.PAGE_SIZE;
        int lastTagPage = (MANY + SectionPages.PAGE_SIZE - 1) / SectionPages.PAGE_SIZE;

        Map<String, Renders> many = new LinkedHashMap<>();
        many.put("home", render("/", title(section, MANY)));
        many.put("section", render(section.url(), title(section, MANY)));
        many.put("section, page 2", render(section.url() + "?trang=2", title(section, MANY - 17)));
        many.put("section, last page", render(section.url() + "?trang=" + lastSectionPage, oldest));
        many.put("tag", render(tagUrl, title(section, MANY)));
        many.put("tag, last page", render(tagUrl + "?trang=" + lastTagPage, oldest));

        many.forEach((page, sent) -> {
            System.out.println("Statements for " + page + " at " + MANY + " articles: "
                    + sent.first().size() + " the first time after the publish, "
                    + sent.again().size() + " again");
            sent.first().forEach(s -> System.out.println("  " + s.sql().strip().replaceAll("\\s+", " ")));
        });
        sameCost("home", few.get("home"), many.get("home"));
        sameCost("section, first page", few.get("section"), many.get("section"));
        sameCost("section, page 2", few.get("section, page 2"), many.get("section, page 2"));
        sameCost("section, page " + lastSectionPage, few.get("section, page 2"), many.get("section, last page"));
        sameCost("tag, first page", few.get("tag"), many.get("tag"));
        sameCost("tag, page " + lastTagPage, few.get("tag, page 2"), many.get("tag, last page"));
        // the home page right after a publish reads its lists anew: what is counted is the page's own work
        assertThat(many.get("home").first()).as("home, after a publish").hasSizeGreaterThan(5);
        assertThat(many.get("section, last page").again())
                .as("section, last page")
                .isNotEmpty();
        assertThat(many.get("tag, last page").again()).as("tag, last page").isNotEmpty();
    }

    /** A page's statements the first time it is rendered after a change, and when rendered again. */
    record Renders(List<QueryCounter.Sent> first, List<QueryCounter.Sent> again) {}

    private static void sameCost(String page, Renders few, Renders many) {
        assertThat(many.first()).as(page + ", first render").hasSameSizeAs(few.first());
        assertThat(many.again()).as(page + ", rendered again").hasSameSizeAs(few.again());
    }

    /**
     * The statements of a render of the page, dropped from the rendered pages first: once with the caches behind it as
     * the pages before left them (the first page after a publish finds them empty), then once more with them warm.
     */
    private Renders render(String path, String shows) {
        var reader = new Http(port);
        return new Renders(countedRender(reader, path, shows), countedRender(reader, path, shows));
    }

    private List<QueryCounter.Sent> countedRender(Http reader, String path, String shows) {
        renderedPages.evictAll();
        var sent = counter.during(
                () -> {
                    var page = reader.get(path);
                    assertThat(page.statusCode()).as(path).isEqualTo(200);
                    assertThat(page.body()).as(path).contains(shows);
                },
                SERVING);
        // the page's settings (the comment notice) are read again whenever their minute runs out, whichever the page
        return sent.stream().filter(s -> !s.sql().contains("_settings")).toList();
    }

    private static String title(Section section, int number) {
        return "Bài đếm trang số " + number + " của " + section.name();
    }

    private void publish(Section section, int count, String tag) {
        int from = published;
        for (int number = from + 1; number <= from + count; number++) {
            Instant at = firstPublished.plusSeconds(number);
            articles.publish(new NewArticle(
                    section.id(),
                    title(section, number),
                    "Sapo của bài đếm trang, đủ dài để đọc.",
                    "<p>Đoạn thứ nhất của bài đếm trang.</p><p>Đoạn thứ hai.</p>",
                    "PHÓNG VIÊN THỬ",
                    List.of(tag),
                    List.of(),
                    at,
                    at));
        }
        published += count;
        awaitChangesHeard();
    }

    /**
     * Waits until this node has heard every change announced so far, as the lists' caches do: otherwise the last
     * publishes could empty them between two of the pages counted, and a page would pay for reading them again. The
     * feed delivers changes in the order they were made, so a marker announced now is heard last.
     */
    private void awaitChangesHeard() {
        long marker = -System.nanoTime();
        var heard = new CountDownLatch(1);
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof SiteChanged change
                    && change.subject() == marker) {
                heard.countDown();
            }
        };
        context.addApplicationListener(listener);
        try {
            feed.announce(SiteChanged.Kind.COMMENTS, marker);
            assertThat(heard.await(10, TimeUnit.SECONDS))
                    .as("the change feed delivers")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            context.removeApplicationListener(listener);
        }
    }
}
