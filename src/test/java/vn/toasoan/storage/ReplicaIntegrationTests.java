package vn.toasoan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.Article;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.newsroom.NewsroomClient;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.DebianPostgres;
import vn.toasoan.support.Node;

/**
 * A node on Debian's PostgreSQL with a streaming replica beside it. While the replica stands still, what is published
 * on the primary reaches readers only once the replica has it, while the newsroom, the API and the editor who
 * published it, reading the reader site, see it at once; every reader page still answers, so none of them writes. A
 * replica that stops does not stop the site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIntegrationTests {

    private DebianPostgres postgres;
    private Node node;
    private Newsroom newsroom;

    /** The section's feed reads the database on each request; its page keeps its lists for seconds. */
    private static final String SECTION_FEED = "/rss/thoi-su.xml";

    @BeforeAll
    void primaryAndReplica() {
        postgres = DebianPostgres.startWithReplica();
        node = Node.start("replicated", postgres.primaryUrl(), "toasoan.db.replica-url=" + postgres.replicaUrl());
        node.bean(Sections.class).create("Thời sự", "thoi-su", 1);
        newsroom = node.newsroom();
    }

    @AfterAll
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void readersReadFromTheReplicaAndWhoeverWritesReadsFromThePrimary() throws Exception {
        Account editor = newsroom.account(Role.EDITOR);
        var browser = NewsroomClient.loggedIn(node.port(), editor.email(), Newsroom.PASSWORD);
        Article article = newsroom.published(ArticleBuilder.article("Mùa lúa chín trên cánh đồng Yên Thành"));
        awaitReplicaCaughtUp();
        assertThat(node.http().get(SECTION_FEED).body()).contains("Mùa lúa chín trên cánh đồng Yên Thành");

        postgres.pauseReplay();
        try {
            // another node changes the title: the primary has it, the replica does not yet
            try (Connection primary = postgres.primaryConnection()) {
                primary.createStatement()
                        .executeUpdate("UPDATE articles SET title = 'Mùa gặt sớm trên cánh đồng Yên Thành' WHERE id = "
                                + article.id());
            }

            assertThat(node.http().get(SECTION_FEED).body())
                    .as("a reader, from the replica")
                    .contains("Mùa lúa chín trên cánh đồng Yên Thành")
                    .doesNotContain("Mùa gặt sớm");
            for (String path :
                    List.of("/", article.url(), "/rss.xml", "/rss/thoi-su.xml", "/sitemap.xml", "/tim-kiem?q=lua")) {
                assertThat(node.http().get(path).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(browser.get(SECTION_FEED).body())
                    .as("an editor on the reader site, from the primary")
                    .contains("Mùa gặt sớm trên cánh đồng Yên Thành");
            assertThat(browser.page("/toa-soan/bai-viet").text()).contains("Mùa gặt sớm trên cánh đồng Yên Thành");
            assertThat(newsroom.api("GET", "/api/v1/articles/" + article.id(), editor, null)
                            .body())
                    .contains("Mùa gặt sớm trên cánh đồng Yên Thành");

            // what this node publishes itself, its readers see at once, though the replica has not replayed it
            Article published = newsroom.published(ArticleBuilder.article("Cảng cá Cửa Hội đón mẻ cá đầu mùa"));
            assertThat(node.http().get(published.url()).statusCode()).isEqualTo(200);
        } finally {
            postgres.resumeReplay();
        }
        awaitReplicaCaughtUp();
        assertThat(node.http().get(SECTION_FEED).body()).contains("Mùa gặt sớm trên cánh đồng Yên Thành");
    }

    /** Last: the node leaves a replica that did not answer alone for a few seconds. */
    @Test
    @Order(2)
    void aReplicaThatStopsLeavesReadersWithThePrimary() throws Exception {
        Article article = newsroom.published(ArticleBuilder.article("Đêm nhạc dân ca ví giặm bên sông"));
        awaitReplicaCaughtUp();
        postgres.stopReplica();
        try {
            assertThat(node.http().get(article.url()).statusCode()).isEqualTo(200);
            assertThat(node.http().get("/").statusCode()).isEqualTo(200);
        } finally {
            postgres.startReplica();
        }
    }

    /** Until the replica has replayed all the primary has written so far. */
    private void awaitReplicaCaughtUp() throws Exception {
        String target;
        try (Connection primary = postgres.primaryConnection();
                ResultSet rs = primary.createStatement().executeQuery("SELECT pg_current_wal_lsn()")) {
            rs.next();
            target = rs.getString(1);
        }
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            try (Connection replica = postgres.replicaConnection();
                    var statement = replica.prepareStatement("SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
                statement.setString(1, target);
                try (ResultSet rs = statement.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        Thread.sleep(50); // past the node's own look at the replica
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The replica did not catch up with the primary");
    }
}
