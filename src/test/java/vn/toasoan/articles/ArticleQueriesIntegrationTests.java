package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.Http;
import vn.toasoan.support.QueryCounter;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * The article API's list, the walk through every published article and the read of one article each send the same
 * few statements to PostgreSQL however many articles, figures and tags there are: a page of fifty costs what a page of
 * one costs, and an archive grows without slowing them query by query.
 */
@ToaSoanIntegrationTest
class ArticleQueriesIntegrationTests {

    /** Requests are served on Tomcat's threads; background work (indexing, schedules) runs on others. */
    static final Predicate<String> SERVING = QueryCounter.SERVING;

    @LocalServerPort
    int port;

    @Autowired
    QueryCounter counter;

    @Autowired
    Articles articles;

    @Autowired
    ApiArticles api;

    @Autowired
    Sections sections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsroom newsroom;

    Account editor;

    @BeforeEach
    void setUp() {
        editor = newsroom.account(Role.EDITOR);
    }

    @Test
    void aPageOfTheApiListCostsTheSameWhetherItHoldsOneArticleOrAFullPage() {
        Section one = section();
        Section full = section();
        publish(one, 1, 3, 4);
        publish(full, ArticleApi.PAGE_SIZE, 3, 4);
        newsroom.api("GET", "/api/v1/articles?section=" + section().slug(), editor, null); // signs in once before

        var forOne = counter.during(() -> list(one, 1), SERVING);
        var forPage = counter.during(() -> list(full, ArticleApi.PAGE_SIZE), SERVING);

        report("GET /api/v1/articles, 1 and " + ArticleApi.PAGE_SIZE + " items", forOne, forPage);
        assertThat(forOne).as("statements for one item").isNotEmpty();
        assertThat(forPage).as("statements for a full page").hasSameSizeAs(forOne);
        assertThat(beyondSigningIn(forPage)).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void listingFiftyArticlesForTheApiCostsWhatListingOneCosts() {
        Section section = section();
        publish(section, 50, 3, 4);

        var forOne = counter.during(() -> page(section, 1), this::byTest);
        var forFifty = counter.during(() -> page(section, 50), this::byTest);

        report("API list at page sizes 1 and 50", forOne, forFifty);
        assertThat(forFifty).hasSameSizeAs(forOne);
        assertThat(forFifty.size()).isLessThanOrEqualTo(8);
    }

    @Test
    void walkingEveryPublishedArticleCostsTheSameForOneMoreOrFiftyMore() {
        Section section = section();
        publish(section, 1, 3, 4);
        var before = walk();
        publish(section, 49, 3, 4);

        var after = walk();

        report("walk through " + published() + " published articles, before and after 49 more", before, after);
        assertThat(published()).as("one step of the walk").isLessThan(Articles.WALK_STEP);
        assertThat(after).hasSameSizeAs(before).hasSize(1);
    }

    @Test
    void readingAnArticleCostsTheSameWithoutFiguresAndTagsAsWithMany() {
        Section section = section();
        Article warmUp = publish(section, 1, 0, 0).get(0);
        Article bare = publish(section, 1, 0, 0).get(0);
        Article rich = publish(section, 1, 8, 12).get(0);
        var reader = new Http(port);
        reader.get(warmUp.url()); // lists shown beside every article, cached for all of them
        newsroom.api("GET", "/api/v1/articles/" + warmUp.id(), editor, null);

        var apiBare = counter.during(() -> read(bare), SERVING);
        var apiRich = counter.during(() -> read(rich), SERVING);
        var pageBare = counter.during(
                () -> assertThat(reader.get(bare.url()).statusCode()).isEqualTo(200), SERVING);
        var pageRich = counter.during(
                () -> assertThat(reader.get(rich.url()).statusCode()).isEqualTo(200), SERVING);

        pageBare = perArticle(pageBare);
        pageRich = perArticle(pageRich);
        report("GET /api/v1/articles/{id}, 0 and 8 figures, 0 and 12 tags", apiBare, apiRich);
        report("the reader's article page, 0 and 8 figures, 0 and 12 tags", pageBare, pageRich);
        assertThat(apiBare).as("an article read for the first time").isNotEmpty();
        assertThat(pageBare).as("an article shown for the first time").isNotEmpty();
        assertThat(apiRich).hasSameSizeAs(apiBare);
        assertThat(pageRich).hasSameSizeAs(pageBare);
        assertThat(beyondSigningIn(apiRich)).hasSizeLessThanOrEqualTo(6);
        assertThat(pageRich).hasSizeLessThanOrEqualTo(3);
    }

    private void list(Section section, int expected) {
        var response = newsroom.api("GET", "/api/v1/articles?section=" + section.slug(), editor, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"total\":" + expected);
    }

    private void page(Section section, int size) {
        var page = api.page(editor, new ArticleFilter(null, section.id(), null, null, 1, size));
        assertThat(page.items())
                .hasSize(size)
                .allSatisfy(a -> assertThat(a.tags()).hasSize(4));
    }

    private void read(Article article) {
        var response = newsroom.api("GET", "/api/v1/articles/" + article.id(), editor, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(article.title());
    }

    /** The statements of one walk through every published article, after checking it saw every one. */
    private List<QueryCounter.Sent> walk() {
        List<Long> seen = new ArrayList<>();
        var sent = counter.during(() -> articles.forEachPublished(a -> seen.add(a.id())), this::byTest);
        assertThat(seen).hasSize((int) published());
        return sent;
    }

    /** What a request costs after its credentials are checked, which every API request pays the same. */
    private static List<QueryCounter.Sent> beyondSigningIn(List<QueryCounter.Sent> sent) {
        return sent.stream()
                .filter(s -> !s.sql().contains("login_failures")
                        && !s.sql().contains("login_secrets")
                        && !s.sql().contains("FROM accounts WHERE"))
                .toList();
    }

    /**
     * Leaves out the page's settings (the comment notice) and the masthead in its footer, which caches read again
     * whenever their time runs out, whichever article is being read: on a slow machine that can fall between the two
     * reads.
     */
    private static List<QueryCounter.Sent> perArticle(List<QueryCounter.Sent> sent) {
        return sent.stream()
                .filter(s -> !s.sql().contains("_settings") && !s.sql().contains("masthead"))
                .toList();
    }

    private boolean byTest(String thread) {
        return thread.equals(Thread.currentThread().getName());
    }

    private long published() {
        return jdbc.sql("SELECT count(*) FROM articles WHERE status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    private Section section() {
        String name = "Chuyên mục đếm truy vấn " + UUID.randomUUID().toString().substring(0, 6);
        return sections.create(name, null, 90);
    }

    private List<Article> publish(Section section, int count, int figures, int tags) {
        Instant now = Instant.now();
        return IntStream.range(0, count)
                .mapToObj(i -> articles.publish(new NewArticle(
                        section.id(),
                        "Bài thử số " + (i + 1) + " của " + section.name(),
                        "Sapo của bài thử, đủ dài để đọc.",
                        "<p>Đoạn thứ nhất của bài thử.</p><p>Đoạn thứ hai của bài thử.</p>",
                        "PHÓNG VIÊN THỬ",
                        IntStream.range(0, tags).mapToObj(t -> "Thẻ thử " + t).toList(),
                        IntStream.range(0, figures)
                                .mapToObj(f -> new NewArticle.NewFigure(f, null, "Chú thích " + f, "H.VĂN", ""))
                                .toList(),
                        now,
                        now)))
                .map(id -> articles.find(id).orElseThrow())
                .toList();
    }

    private static void report(String what, List<QueryCounter.Sent> first, List<QueryCounter.Sent> second) {
        System.out.println("Statements for " + what + ": " + first.size() + " and " + second.size());
        second.forEach(s -> System.out.println("  " + s.sql().strip().replaceAll("\\s+", " ")));
    }
}
