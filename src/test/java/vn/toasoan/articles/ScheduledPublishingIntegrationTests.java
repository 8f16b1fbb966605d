package vn.toasoan.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.support.Http;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * Scheduled publishing driven by a clock the test holds: nothing goes out before its time, the article goes out at its
 * time with that time as "Cập nhật", and a publisher that starts afresh (as after a restart) finds what is due.
 */
@ToaSoanIntegrationTest
class ScheduledPublishingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EditorialRepository repository;

    @Autowired
    NoteRepository notes;

    @Autowired
    ArticleChecks checks;

    @Autowired
    ArticleText text;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    CheckPolicies policies;

    @Test
    void aScheduledArticlePublishesItselfAtItsTimeAndNotBefore() {
        Account editor = newsroom.account(Role.EDITOR);
        WorkingArticle draft = newsroom.draft(editor, "Bài hẹn giờ đăng sáng mai");
        Instant at = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        workflow.apply(editor, draft.id(), Transition.SCHEDULE, null, at);

        publisherAt(at.minusSeconds(30)).publishDue();
        assertThat(newsroom.status(draft.id())).isEqualTo(ArticleStatus.SCHEDULED);
        String path = draft.article().url();
        assertThat(new Http(port).get(path).statusCode()).isEqualTo(404);

        // a publisher that has never run before, as after a restart, half a minute after the time
        assertThat(publisherAt(at.plusSeconds(30)).publishDue()).isGreaterThanOrEqualTo(1);

        assertThat(newsroom.status(draft.id())).isEqualTo(ArticleStatus.PUBLISHED);
        var page = Jsoup.parse(new Http(port).get(path).body());
        assertThat(page.select("h1").text()).isEqualTo("Bài hẹn giờ đăng sáng mai");
        assertThat(page.select("time.article__updated").text()).isEqualTo("Cập nhật: " + VietnamTime.updated(at));
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE target_id = ? AND action = 'article.publish'")
                        .param(String.valueOf(draft.id()))
                        .query(String.class)
                        .list())
                .containsExactly("system");
    }

    @Test
    void aScheduledArticleThatABlockingCheckStopsGoesBackToReview() {
        Account editor = newsroom.account(Role.EDITOR);
        WorkingArticle draft = newsroom.draft(editor, "Bài hẹn giờ nhưng thiếu sapo");
        Instant at = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        workflow.apply(editor, draft.id(), Transition.SCHEDULE, null, at);
        jdbc.sql("UPDATE articles SET sapo = '' WHERE id = ?").param(draft.id()).update();
        policies.setBlocking("test", Set.of(Check.MISSING_SAPO));
        try {
            publisherAt(at.plusSeconds(5)).publishDue();
        } finally {
            policies.setBlocking("test", Set.of());
        }

        assertThat(newsroom.status(draft.id())).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE target_id = ? AND action = 'article.schedule_failed'")
                        .param(String.valueOf(draft.id()))
                        .query(String.class)
                        .single())
                .contains("sapo");
    }

    private ArticleWorkflow publisherAt(Instant now) {
        return new ArticleWorkflow(repository, notes, checks, text, events, Clock.fixed(now, VietnamTime.ZONE));
    }
}
