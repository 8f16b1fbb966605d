package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.toasoan.support.ToaSoanIntegrationTest;

/**
 * The comment limits hold under a burst: the review sent 20 submissions at once from one address and got 8 accepted
 * against a limit of one per 15 seconds. The database, not the order requests happen to run in, decides.
 */
@ToaSoanIntegrationTest
class ConcurrentCommentsIntegrationTests {

    static final String ARTICLE = "Phường Bến Thủy họp dân về bãi đỗ xe mới";

    @LocalServerPort
    int port;

    @Autowired
    Comments comments;

    @Autowired
    CommentPages pages;

    @Test
    void twentySubmissionsAtOnceFromOneAddressGiveExactlyOneComment() throws Exception {
        var reader = new ReaderClient(port);
        pages.aged(ARTICLE);
        var start = new CountDownLatch(1);
        List<Future<ReaderClient.Response>> answers = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(20);
        try {
            for (int i = 0; i < 20; i++) {
                int n = i;
                answers.add(senders.submit(() -> {
                    start.await();
                    return pages.send(
                            reader,
                            ARTICLE,
                            CommentBuilder.comment("Ý kiến số " + n + " của tôi về bãi đỗ xe, mỗi lần một khác.")
                                    .by("Người Gửi Dồn", "gui-don-" + n + "@example.vn"));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
            }

            assertThat(statuses).filteredOn(s -> s == 303).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(19);
        } finally {
            senders.shutdownNow();
        }
        assertThat(comments.queue(new CommentQuery(null, null, null, "Người Gửi Dồn"), 1)
                        .total())
                .isEqualTo(1);
    }

    @Test
    void theSameTextSentTwentyTimesAtOnceIsKeptOnce() throws Exception {
        pages.aged(ARTICLE);
        var start = new CountDownLatch(1);
        List<Future<ReaderClient.Response>> answers = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(20);
        try {
            for (int i = 0; i < 20; i++) {
                // twenty addresses, one e-mail: the per-e-mail limit and the repeat rule must hold across them
                var reader = new ReaderClient(port);
                answers.add(senders.submit(() -> {
                    start.await();
                    return pages.send(
                            reader,
                            ARTICLE,
                            CommentBuilder.comment("Tôi gửi đi gửi lại đúng một ý kiến này.")
                                    .by("Người Bấm Nhiều", "bam-nhieu@example.vn"));
                }));
            }
            start.countDown();
            int accepted = 0;
            for (var answer : answers) {
                accepted += answer.get().status() == 303 ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            senders.shutdownNow();
        }
        assertThat(comments.queue(new CommentQuery(null, null, null, "Người Bấm Nhiều"), 1)
                        .total())
                .isEqualTo(1);
    }
}
