package vn.toasoan.articles;

import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.vietnamese.PublishedTextSource;

/** The paper's own published writing, which teaches the diacritics restorer how this paper writes. */
@Component
class PublishedArticleText implements PublishedTextSource {

    private final JdbcClient jdbc;

    PublishedArticleText(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Streamed in a read-only transaction, so that a large archive never sits in memory at once. */
    @Override
    @Transactional(readOnly = true)
    public void forEachPublishedText(Consumer<String> sink) {
        jdbc.sql("SELECT title, sapo, body FROM articles WHERE status = 'PUBLISHED' ORDER BY id")
                .withFetchSize(200)
                .query(rs -> {
                    sink.accept(rs.getString("title") + ".\n" + rs.getString("sapo") + "\n"
                            + Jsoup.parseBodyFragment(rs.getString("body")).text());
                });
    }

    @Override
    public long publishedCount() {
        return jdbc.sql("SELECT count(*) FROM articles WHERE status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }
}
