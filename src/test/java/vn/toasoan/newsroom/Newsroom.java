package vn.toasoan.newsroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.AccountException;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.accounts.NewAccount;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;

/**
 * The newsroom every full-application test shares, as one bean: accounts with known passwords, articles in any
 * status, API calls. Made through the features themselves, as an editor or an administrator would make them.
 */
public class Newsroom {

    public static final String PASSWORD = "mật-khẩu-thử-123";

    /** Staff with fixed addresses, for tests that name them (sign-ins, mock users); see {@link #staff()}. */
    public static final String EDITOR = "bientap@toasoan.vn";

    public static final String ADMIN = "quantri@toasoan.vn";
    public static final String REPORTER = "phongvien@toasoan.vn";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Accounts accounts;
    private final ArticleEditing editing;
    private final Articles articles;
    private final Sections sections;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Environment environment;

    public Newsroom(
            Accounts accounts,
            ArticleEditing editing,
            Articles articles,
            Sections sections,
            JdbcClient jdbc,
            Clock clock,
            Environment environment) {
        this.accounts = accounts;
        this.editing = editing;
        this.articles = articles;
        this.sections = sections;
        this.jdbc = jdbc;
        this.clock = clock;
        this.environment = environment;
    }

    /** A new account of its own, so that no other test's sign-ins, locks or sessions touch it. */
    public Account account(Role role) {
        String email =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@baothu.vn";
        return accounts.create(
                        "system",
                        new NewAccount(email, "Người thử " + role.name().toLowerCase(), role, PASSWORD))
                .account();
    }

    /** Makes sure the editor, the administrator and the reporter with fixed addresses exist. */
    public void staff() {
        ensure(EDITOR, "Biên tập viên Thử", Role.EDITOR);
        ensure(ADMIN, "Quản trị Thử", Role.ADMIN);
        ensure(REPORTER, "Phóng viên Thử", Role.REPORTER);
    }

    private void ensure(String email, String name, Role role) {
        if (accounts.byEmail(email).isEmpty()) {
            try {
                accounts.create("system", new NewAccount(email, name, role, PASSWORD));
            } catch (AccountException e) {
                // made a moment ago by another test of this application
            }
        }
    }

    public long sectionId() {
        return sections.all().get(0).id();
    }

    /** A draft with believable text, written by {@code author}. */
    public WorkingArticle draft(Account author, String title) {
        return draft(author, ArticleBuilder.article(title));
    }

    public WorkingArticle draft(Account author, ArticleBuilder article) {
        return editing.create(author, article.input(sectionId()));
    }

    /** Published at once, as the importer publishes: the article as readers now find it. */
    public Article published(ArticleBuilder article) {
        long id = articles.publish(article.toPublish(sectionId(), clock.instant()));
        return articles.find(id).orElseThrow();
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

    /** The port the application listens on, known once its server has started. */
    public int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    public HttpResponse<String> api(String method, String path, Account account, String json) {
        return api(method, path, account.email(), PASSWORD, json, null);
    }

    public HttpResponse<String> api(
            String method, String path, String email, String password, String json, String forwardedFor) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
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
