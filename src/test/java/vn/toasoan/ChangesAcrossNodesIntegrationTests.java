package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleWorkflow;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Transition;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.comments.CommentBuilder;
import vn.toasoan.comments.CommentPages;
import vn.toasoan.comments.Comments;
import vn.toasoan.comments.ReaderClient;
import vn.toasoan.frontpage.Curation;
import vn.toasoan.frontpage.FrontPages;
import vn.toasoan.masthead.MastheadInput;
import vn.toasoan.masthead.Mastheads;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.Node;
import vn.toasoan.support.SharedPostgres;

/**
 * Two app nodes on one PostgreSQL: what an editor changes on one, readers of the other see within two seconds
 * (edits, unpublishing, approved comments, sections, the comment notice, the lead story, the masthead, search), also when the other node's
 * connection to PostgreSQL was cut meanwhile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesAcrossNodesIntegrationTests {

    private static final Duration PROMISED = Duration.ofSeconds(2);

    private SharedPostgres database;
    private Node a;
    private Node b;
    private Account editor;

    @BeforeAll
    void cluster() {
        database = SharedPostgres.start();
        a = Node.start("a", database.jdbcUrl(), "toasoan.comments.min-fill-time=0s");
        a.bean(Sections.class).create("Thời sự", "thoi-su", 1);
        b = Node.start("b", database.jdbcUrl(), "toasoan.comments.min-fill-time=0s");
        editor = a.newsroom().account(Role.EDITOR);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closing : new AutoCloseable[] {a, b, database}) {
            if (closing != null) {
                closing.close();
            }
        }
    }

    @Test
    void anEditOnOneNodeShowsOnTheOther() {
        var article = ArticleBuilder.article("Trường làng có thêm phòng học mới");
        String url = publishOnA(article);
        assertThat(b.http().page(url).text()).contains(article.sapo());

        String sapo = "Phòng học mới đón học sinh từ sáng thứ Hai, sớm hơn dự kiến một tuần.";
        edit(url, article.sapo(sapo));

        assertThat(within(() -> b.http().page(url).text().contains(sapo)))
                .as("the new lead on the other node")
                .isTrue();
    }

    @Test
    void anUnpublishedArticleLeavesTheOtherNode() {
        String url = publishOnA(ArticleBuilder.article("Bến phà cũ ngừng hoạt động"));
        assertThat(b.http().get(url).statusCode()).isEqualTo(200);

        a.bean(ArticleWorkflow.class).apply(editor, idOf(url), Transition.UNPUBLISH, null, (Instant) null);

        assertThat(within(() -> b.http().get(url).statusCode() == 404)).isTrue();
    }

    @Test
    void aCommentApprovedOnOneNodeShowsOnTheOther() throws Exception {
        String url = publishOnA(ArticleBuilder.article("Chợ quê họp lại sau mùa lũ"));
        var reader = ReaderClient.behindProxy(a.port(), "198.51.100.61");
        String token = CommentPages.token(reader.get(url).body());
        String text = "Chợ họp lại là bà con mừng lắm, rau quả tươi mà giá lại rẻ.";
        assertThat(reader.post(
                                "/binh-luan/" + idOf(url),
                                CommentBuilder.comment(text).fields(token),
                                null,
                                "text/html")
                        .status())
                .isEqualTo(303);
        assertThat(b.http().page(url).text()).doesNotContain(text);
        long comment = a.bean(JdbcClient.class)
                .sql("SELECT id FROM comments WHERE article_id = ?")
                .param(idOf(url))
                .query(Long.class)
                .single();

        a.bean(Comments.class).approve(comment, null, Newsroom.EDITOR);

        assertThat(within(() -> b.http().page(url).text().contains(text))).isTrue();
    }

    @Test
    void aNewAndRenamedSectionShowsOnTheOtherNode() {
        Sections onA = a.bean(Sections.class);
        Section created = onA.create(Newsroom.ADMIN, "Nông nghiệp", "nong-nghiep");
        assertThat(within(() -> b.http().page("/").select("nav a").text().contains("Nông nghiệp")))
                .as("a new section in the other node's navigation")
                .isTrue();

        onA.rename(Newsroom.ADMIN, created.id(), "Nhà nông", "nha-nong");

        assertThat(within(() -> b.http().get("/nha-nong").statusCode() == 200
                        && b.http().get("/nong-nghiep").statusCode() == 301))
                .as("the new address answers on the other node, the old one sends readers there")
                .isTrue();
        assertThat(b.http().page("/").select("nav a").text())
                .contains("Nhà nông")
                .doesNotContain("Nông nghiệp");
    }

    @Test
    void aNewCommentNoticeShowsOnTheOtherNode() {
        String url = publishOnA(ArticleBuilder.article("Làng nghề gốm mở cửa đón khách"));
        assertThat(b.http().page(url).text()).isNotEmpty();
        String notice = "Bình luận được đăng sau khi tòa soạn đọc; xin viết tiếng Việt có dấu.";

        a.bean(Comments.class).changeNotice(notice, Newsroom.ADMIN);

        assertThat(within(() -> b.http().page(url).text().contains(notice))).isTrue();
    }

    @Test
    void aLeadChosenOnOneNodeLeadsTheOthersHomePage() {
        String older = publishOnA(ArticleBuilder.article("Lễ hội đua thuyền trên sông Lam"));
        publishOnA(ArticleBuilder.article("Tin ngắn về thời tiết cuối tuần"));
        assertThat(b.http().page("/").selectFirst(".lead-story__title").text())
                .isEqualTo("Tin ngắn về thời tiết cuối tuần");

        a.bean(FrontPages.class).set(editor, null, new Curation(idOf(older), List.of(), null));

        assertThat(within(() -> b.http()
                        .page("/")
                        .selectFirst(".lead-story__title")
                        .text()
                        .equals("Lễ hội đua thuyền trên sông Lam")))
                .isTrue();
    }

    @Test
    void theMastheadSavedOnOneNodeShowsOnTheOther() {
        assertThat(b.http().page("/").selectFirst(".masthead__name").text()).isNotEqualTo("Báo Xứ Nghệ");

        a.bean(Mastheads.class)
                .update(
                        new MastheadInput(
                                "Báo Xứ Nghệ",
                                "Tỉnh ủy Nghệ An",
                                "Giấy phép số 12/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 02-01-2026",
                                "Nguyễn Văn An",
                                "",
                                "01 Lê Lợi, Vinh",
                                "0238 3844 555",
                                "toasoan@baoxunghe.vn",
                                "0912 345 678",
                                "",
                                ""),
                        Newsroom.ADMIN);

        assertThat(within(() ->
                        b.http().page("/").selectFirst(".masthead__name").text().equals("Báo Xứ Nghệ")))
                .isTrue();
    }

    @Test
    void searchOnTheOtherNodeFindsANewArticle() {
        String url = publishOnA(ArticleBuilder.article("Hợp tác xã nuôi ong ở Quỳ Hợp được mùa mật"));

        assertThat(within(() -> b.http()
                                .page("/tim-kiem?q=" + URLEncoder.encode("nuoi ong quy hop", StandardCharsets.UTF_8))
                                .select("a[href=" + url + "]")
                                .size()
                        > 0))
                .isTrue();
    }

    @Test
    void aNodeCutOffFromPostgresCatchesUpWithWhatChangedMeanwhile() {
        var article = ArticleBuilder.article("Đê biển được gia cố trước mùa bão");
        String url = publishOnA(article);
        assertThat(b.http().page(url).text()).contains(article.sapo());
        JdbcClient jdbc = a.bean(JdbcClient.class);
        String listening = "SELECT pid FROM pg_stat_activity WHERE application_name = 'toasoan changes b'";
        int before = jdbc.sql(listening).query(Integer.class).single();

        assertThat(jdbc.sql("SELECT pg_terminate_backend(?)")
                        .param(before)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        String sapo = "Đoạn đê dài ba cây số đã được gia cố xong, sớm hơn mùa bão hai tuần.";
        edit(url, article.sapo(sapo));

        assertThat(within(Duration.ofSeconds(5), () -> b.http().page(url).text().contains(sapo)))
                .as("the change made while it was cut off")
                .isTrue();
        assertThat(jdbc.sql(listening).query(Integer.class).single())
                .as("listening again, on a new connection")
                .isNotEqualTo(before);
    }

    private String publishOnA(ArticleBuilder article) {
        Newsroom newsroom = a.newsroom();
        long id = newsroom.draft(editor, article).id();
        a.bean(ArticleWorkflow.class).apply(editor, id, Transition.PUBLISH, null, (Instant) null);
        return a.bean(Articles.class).find(id).orElseThrow().url();
    }

    private void edit(String url, ArticleBuilder changed) {
        ArticleEditing editing = a.bean(ArticleEditing.class);
        WorkingArticle working = editing.get(editor, idOf(url));
        editing.save(
                editor,
                working.id(),
                working.version(),
                changed.input(a.newsroom().sectionId()));
    }

    private static long idOf(String url) {
        return Long.parseLong(url.replaceAll(".*-(\\d+)\\.html$", "$1"));
    }

    private static boolean within(BooleanSupplier condition) {
        return within(PROMISED, condition);
    }

    /** Whether the condition holds before the time is up, asking again every 50 ms. */
    private static boolean within(Duration time, BooleanSupplier condition) {
        long deadline = System.nanoTime() + time.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
