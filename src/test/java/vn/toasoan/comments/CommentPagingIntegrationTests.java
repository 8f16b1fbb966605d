package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.articles.Article;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/** Under an article, approved comments page newest first; a page past the last shows the last one. */
@ToaSoanIntegrationTest
class CommentPagingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CommentPages pages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentProperties properties;

    @Test
    void readersPageThroughApprovedCommentsNewestFirstWithTheirRepliesAndCount() {
        Article article = pages.article("Xã Tân Phú bàn chuyện làm lại chợ phiên " + System.nanoTime());
        int size = properties.pageSize();
        int total = size + 2;
        Instant first = Instant.parse("2025-05-01T02:00:00Z");
        long oldest = 0;
        for (int i = 1; i <= total; i++) {
            long id = approved(
                    article.id(),
                    "Bạn Đọc Số " + i,
                    "Ý kiến thứ " + i + " về chợ phiên của xã.",
                    first.plus(i, ChronoUnit.MINUTES));
            oldest = i == 1 ? id : oldest;
        }
        comment(article.id(), "Bạn Đọc Chờ Duyệt", "Ý kiến này còn chờ tòa soạn đọc.", "PENDING", first);
        jdbc.sql("INSERT INTO comment_replies (comment_id, content, author, created_at) VALUES (?, ?, ?, ?)")
                .params(
                        oldest,
                        "Tòa soạn đã chuyển ý kiến tới xã.",
                        "bientap@toasoan.vn",
                        Timestamp.from(first.plus(1, ChronoUnit.DAYS)))
                .update();
        var reader = new Http(port);

        Document newest = reader.page(article.url());
        Document older = reader.page(article.url() + "?trang-binh-luan=2");
        Document pastTheLast = reader.page(article.url() + "?trang-binh-luan=9");

        assertThat(newest.select(".comments__count").text()).isEqualTo("(" + total + ")");
        assertThat(newest.select(".comment__name").eachText())
                .hasSize(size)
                .startsWith("Bạn Đọc Số " + total)
                .endsWith("Bạn Đọc Số 3")
                .doesNotContain("Bạn Đọc Chờ Duyệt");
        assertThat(newest.select(".comments__pager a[rel=next]").attr("href"))
                .isEqualTo(article.url() + "?trang-binh-luan=2#binh-luan");
        assertThat(older.select(".comment__name").eachText()).containsExactly("Bạn Đọc Số 2", "Bạn Đọc Số 1");
        assertThat(older.select(".comment__reply").text()).contains("Tòa soạn đã chuyển ý kiến tới xã.");
        assertThat(older.select(".comments__count").text()).isEqualTo("(" + total + ")");
        assertThat(pastTheLast.select(".comment__name").eachText()).containsExactly("Bạn Đọc Số 2", "Bạn Đọc Số 1");
        assertThat(pastTheLast.select(".comments__pager span").eachText()).contains("Trang 2/2");
    }

    private long approved(long articleId, String name, String content, Instant at) {
        return comment(articleId, name, content, "APPROVED", at);
    }

    private long comment(long articleId, String name, String content, String status, Instant at) {
        return jdbc.sql("""
                        INSERT INTO comments (article_id, name, email, content, original_content, status, ip, ip_key,
                                              fingerprint, created_at)
                        VALUES (?, ?, 'ban.doc@example.vn', ?, ?, ?, '203.113.45.7', 'khoa', 'dau-vet', ?)
                        RETURNING id""")
                .params(articleId, name, content, content, status, Timestamp.from(at))
                .query(Long.class)
                .single();
    }
}
