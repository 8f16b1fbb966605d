package vn.toasoan.newsroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.NewAccount;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleInput;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.sections.Sections;

/** Test data for the newsroom: accounts with known passwords, articles in any status, API calls. */
public final class Newsroom {

    public static final String PASSWORD = "mật-khẩu-thử-123";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Accounts accounts;
    private final ArticleEditing editing;
    private final Sections sections;
    private final JdbcClient jdbc;
    private final int port;

    public Newsroom(Accounts accounts, ArticleEditing editing, Sections sections, JdbcClient jdbc, int port) {
        this.accounts = accounts;
        this.editing = editing;
        this.sections = sections;
        this.jdbc = jdbc;
        this.port = port;
    }

    public Account account(Role role) {
        String email =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@baothu.vn";
        return accounts.create(
                        "system",
                        new NewAccount(email, "Người thử " + role.name().toLowerCase(), role, PASSWORD))
                .account();
    }

    public long sectionId() {
        return sections.all().get(0).id();
    }

    public WorkingArticle draft(Account author, String title) {
        return editing.create(
                author,
                new ArticleInput(
                        title,
                        "",
                        "Sapo của bài thử nghiệm, viết đủ dài để đọc được.",
                        "<p>Đoạn thứ nhất của bài thử nghiệm, có dấu đầy đủ.</p><p>Đoạn thứ hai kể thêm chi tiết.</p>",
                        sectionId(),
                        List.of("Thử nghiệm"),
                        "PHÓNG VIÊN THỬ",
                        "",
                        List.of()));
    }

    /** Puts an article straight into a status, with the times that status needs. */
    public void force(long id, ArticleStatus status) {
        jdbc.sql("""
                        UPDATE articles SET status = ?,
                            published_at = CASE WHEN ? IN ('PUBLISHED', 'UNPUBLISHED') THEN coalesce(published_at, now()) END,
                            updated_at = CASE WHEN ? IN ('PUBLISHED', 'UNPUBLISHED') THEN coalesce(updated_at, now()) END,
                            scheduled_at = CASE WHEN ? = 'SCHEDULED' THEN now() + interval '1 day' END,
                            version = version + 1
                        WHERE id = ?""")
                .params(status.name(), status.name(), status.name(), status.name(), id)
                .update();
    }

    public ArticleStatus status(long id) {
        return ArticleStatus.valueOf(jdbc.sql("SELECT status FROM articles WHERE id = ?")
                .param(id)
                .query(String.class)
                .single());
    }

    public HttpResponse<String> api(String method, String path, Account account, String json) {
        return api(method, path, account.email(), PASSWORD, json, null);
    }

    public HttpResponse<String> api(
            String method, String path, String email, String password, String json, String forwardedFor) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (email != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
