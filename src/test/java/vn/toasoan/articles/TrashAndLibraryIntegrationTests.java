package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.media.Image;
import vn.toasoan.media.MediaStore;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Deleting: an article goes to the trash, off the site and out of the lists, until an administrator empties it; a photo
 * leaves the library only when no article shows it. Both are audited.
 */
@ToaSoanIntegrationTest
class TrashAndLibraryIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ArticleTrash trash;

    @Autowired
    PhotoLibrary library;

    @Autowired
    MediaStore media;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedArticleDeletedIsUnpublishedKeptInTheTrashAndGoneWhenAnAdministratorEmptiesIt() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        Account admin = newsroom.account(Role.ADMIN);
        Account reporter = newsroom.account(Role.REPORTER);
        Article article = newsroom.published(ArticleBuilder.article("Chợ hoa Tết mở cửa sớm ở bến Ninh Kiều"));
        assertThat(status(article.url())).isEqualTo(200);

        assertThat(newsroom.api("DELETE", "/api/v1/articles/" + article.id(), editor, null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(status(article.url())).as("off the site at once").isEqualTo(404);
        var json = JSON.readTree(newsroom.api("GET", "/api/v1/articles/" + article.id(), editor, null)
                .body());
        assertThat(json.get("status").asString()).isEqualTo("UNPUBLISHED");
        assertThat(newsroom.api("GET", "/api/v1/articles?status=UNPUBLISHED", editor, null)
                        .body())
                .as("out of the newsroom's lists")
                .doesNotContain("Chợ hoa Tết mở cửa sớm ở bến Ninh Kiều");
        assertThat(trash.list(editor)).extracting(ArticleTrash.Trashed::id).contains(article.id());
        assertThat(newsroom.api("POST", "/api/v1/articles/" + article.id() + "/publish", editor, "{}")
                        .statusCode())
                .as("published again only after a restore")
                .isEqualTo(409);
        assertThat(audit("article.trash", String.valueOf(article.id()))).contains("Đã đăng");

        assertThatThrownBy(() -> trash.empty(editor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trash.list(reporter)).isInstanceOf(AccessDeniedException.class);
        assertThat(trash.empty(admin)).isPositive();
        assertThat(newsroom.api("GET", "/api/v1/articles/" + article.id(), editor, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(audit("article.trash-emptied", "")).contains("Chợ hoa Tết mở cửa sớm ở bến Ninh Kiều");
    }

    @Test
    void aReporterDeletesOnlyTheirOwnDraftAndAnEditorRestoresIt() {
        Account reporter = newsroom.account(Role.REPORTER);
        Account other = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);
        long id = newsroom.draft(reporter, "Bản nháp viết nhầm chuyên mục").id();

        assertThat(newsroom.api("DELETE", "/api/v1/articles/" + id, other, null).statusCode())
                .isEqualTo(403);
        assertThat(newsroom.api("DELETE", "/api/v1/articles/" + id, reporter, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(trash.inTrash(id)).isTrue();

        trash.restore(editor, id);
        assertThat(trash.inTrash(id)).isFalse();
        assertThat(newsroom.api("GET", "/api/v1/articles?status=DRAFT", editor, null)
                        .body())
                .contains("Bản nháp viết nhầm chuyên mục");
        assertThat(audit("article.restore-from-trash", String.valueOf(id))).isNotEmpty();
    }

    @Test
    void onlyAPhotoNoArticleShowsCanBeDeletedFromTheLibrary() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        Image used = media.store(picture(new Color(0x336699)), "cau-ben-may.jpg");
        Image unused = media.store(picture(new Color(0x996633)), "anh-thua.jpg");
        long id = newsroom.draft(editor, "Cầu Bến Mây nhìn từ trên cao").id();
        jdbc.sql("INSERT INTO figures (article_id, position, image_id, caption, credit) VALUES (?, 0, ?, ?, ?)")
                .params(id, used.id(), "Cầu Bến Mây nhìn từ trên cao", "H.VĂN")
                .update();

        assertThatThrownBy(() -> library.deleteUnused(editor, used.id()))
                .isInstanceOf(ArticleInvalidException.class)
                .hasMessageContaining("đang được dùng trong 1 bài");
        assertThat(status(used.defaultUrl())).isEqualTo(200);

        assertThat(status(unused.defaultUrl())).isEqualTo(200);
        library.deleteUnused(editor, unused.id());
        assertThat(status(unused.defaultUrl())).as("its files are gone").isEqualTo(404);
        assertThat(library.search(editor, "anh-thua", null, null, 10, 0).photos())
                .isEmpty();
        assertThat(library.search(editor, "Bến Mây nhìn từ trên", null, null, 10, 0)
                        .photos())
                .extracting(p -> p.image().id())
                .containsExactly(used.id());
        assertThat(audit("media.delete", unused.id().toString())).contains("anh-thua.jpg");
    }

    @Test
    void aReporterSeesThePhotoButNotTheTitleOrCaptionOfAColleaguesUnpublishedArticle() {
        Account writer = newsroom.account(Role.REPORTER);
        Account colleague = newsroom.account(Role.REPORTER);
        Account editor = newsroom.account(Role.EDITOR);
        Image photo = media.store(picture(new Color(0x669933)), "nha-may-duong-ca-cuoi.jpg");
        long id =
                newsroom.draft(writer, "Nhà máy đường Tân Hòa sắp dừng ép mía").id();
        jdbc.sql("INSERT INTO figures (article_id, position, image_id, caption, credit) VALUES (?, 0, ?, ?, ?)")
                .params(id, photo.id(), "Công nhân ca cuối bên lò ép", "T.LAN")
                .update();
        String libraryPage = "/toa-soan/thu-vien-anh?q=nha-may-duong-ca-cuoi";

        var asColleague = NewsroomClient.loggedIn(port, colleague.email(), Newsroom.PASSWORD)
                .page(libraryPage)
                .select("[data-image=" + photo.id() + "]");
        assertThat(asColleague).as("the photo is the newsroom's").hasSize(1);
        assertThat(asColleague.text())
                .doesNotContain("Nhà máy đường Tân Hòa", "Công nhân ca cuối", "T.LAN")
                .contains("Dùng trong 1 bài", "1 bài chưa đăng của đồng nghiệp")
                .as("a used photo is not called unused")
                .doesNotContain("Chưa bài nào dùng");
        assertThat(library(colleague, "ca cuối bên lò ép"))
                .as("nor found by the words of a draft it may not read")
                .isEmpty();

        assertThat(NewsroomClient.loggedIn(port, writer.email(), Newsroom.PASSWORD)
                        .page(libraryPage)
                        .select("[data-image=" + photo.id() + "]")
                        .text())
                .contains("Nhà máy đường Tân Hòa", "Công nhân ca cuối bên lò ép");
        assertThat(library(editor, "ca cuối bên lò ép")).containsExactly(photo.id());

        newsroom.force(id, ArticleStatus.PUBLISHED);
        assertThat(library.search(colleague, "ca cuối bên lò ép", null, null, 10, 0)
                        .photos())
                .singleElement()
                .satisfies(p -> assertThat(p.uses())
                        .extracting(PhotoLibrary.Use::title)
                        .containsExactly("Nhà máy đường Tân Hòa sắp dừng ép mía"));
        assertThat(NewsroomClient.loggedIn(port, colleague.email(), Newsroom.PASSWORD)
                        .page(libraryPage)
                        .select("[data-image=" + photo.id() + "] .nr-library__uses a")
                        .attr("href"))
                .as("the colleague reads the published article on the site: the newsroom would refuse them")
                .matches("/[a-z0-9-]+-" + id + "\\.html");
        assertThat(NewsroomClient.loggedIn(port, writer.email(), Newsroom.PASSWORD)
                        .page(libraryPage)
                        .select("[data-image=" + photo.id() + "] .nr-library__uses a")
                        .attr("href"))
                .as("its author opens it in the newsroom")
                .isEqualTo("/toa-soan/bai-viet/" + id);
    }

    private List<UUID> library(Account viewer, String words) {
        return library.search(viewer, words, null, null, 10, 0).photos().stream()
                .map(p -> p.image().id())
                .toList();
    }

    @Test
    void theApiListsAnArticlesPhotosAndChoosesItsLeadPhoto() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        Account stranger = newsroom.account(Role.REPORTER);
        Image first = media.store(picture(new Color(0x228b22)), "ruong-bac-thang.jpg");
        Image second = media.store(picture(new Color(0x8b2252)), "mua-nuoc-do.jpg");
        long id = newsroom.draft(editor, "Ruộng bậc thang vào mùa nước đổ").id();
        jdbc.sql("""
                        INSERT INTO figures (article_id, position, image_id, caption, credit)
                        VALUES (?, 0, ?, 'Ruộng bậc thang buổi sớm', 'MINH AN'),
                               (?, 1, ?, 'Người dân dẫn nước vào ruộng', 'MINH AN')""").params(id, first.id(), id, second.id()).update();

        var before = JSON.readTree(
                newsroom.api("GET", "/api/v1/articles/" + id, editor, null).body());
        assertThat(before.get("figures").get(1).get("caption").asString()).isEqualTo("Người dân dẫn nước vào ruộng");
        assertThat(before.get("figures").get(1).get("image").asString())
                .isEqualTo(second.id().toString());
        assertThat(before.get("leadPhoto").get("image").asString())
                .isEqualTo(first.id().toString());
        assertThat(before.get("leadPhoto").get("chosen").asBoolean()).isFalse();

        var chosen = newsroom.api(
                "PUT",
                "/api/v1/articles/" + id + "/lead-photo",
                editor,
                "{\"image\": \"" + second.id() + "\", \"focusX\": 30, \"focusY\": 70}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        var lead = JSON.readTree(chosen.body()).get("leadPhoto");
        assertThat(lead.get("image").asString()).isEqualTo(second.id().toString());
        assertThat(lead.get("chosen").asBoolean()).isTrue();
        assertThat(lead.get("focusX").asInt()).isEqualTo(30);
        assertThat(lead.get("focusY").asInt()).isEqualTo(70);
        assertThat(audit("article.lead-photo", String.valueOf(id))).contains("30% ngang, 70% dọc");

        Image elsewhere = media.store(picture(Color.GRAY), "khong-thuoc-bai.jpg");
        assertThat(newsroom.api(
                                "PUT",
                                "/api/v1/articles/" + id + "/lead-photo",
                                editor,
                                "{\"image\": \"" + elsewhere.id() + "\"}")
                        .statusCode())
                .as("only one of the article's own photos")
                .isEqualTo(400);
        assertThat(newsroom.api(
                                "PUT",
                                "/api/v1/articles/" + id + "/lead-photo",
                                stranger,
                                "{\"image\": \"" + first.id() + "\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    private String audit(String action, String target) {
        return String.join(
                "\n",
                jdbc.sql("SELECT details FROM audit_log WHERE action = ? AND (? = '' OR target_id = ?) ORDER BY id")
                        .params(action, target, target)
                        .query(String.class)
                        .list());
    }

    private int status(String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static BufferedImage picture(Color color) {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        return image;
    }
}
