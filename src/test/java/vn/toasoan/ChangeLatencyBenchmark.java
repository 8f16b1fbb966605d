package vn.toasoan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Role;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleWorkflow;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.Transition;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.newsroom.Newsroom;
import vn.toasoan.sections.Sections;
import vn.toasoan.support.ArticleBuilder;
import vn.toasoan.support.DebianPostgres;
import vn.toasoan.support.Node;
import vn.toasoan.support.SharedPostgres;

/**
 * The time from an edit committed on node A to node B serving the edited article, over many edits: two nodes in this
 * JVM on Debian's PostgreSQL (or the embedded one when Debian's is not installed), on loopback. B's readers read
 * through its article cache, so the edit shows on B when the change feed has evicted it there and B has read it
 * again. Run through {@code bench/cluster/latency}.
 */
public final class ChangeLatencyBenchmark {

    private ChangeLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        boolean debian = DebianPostgres.binaries().isPresent();
        AutoCloseable database;
        String url;
        if (debian) {
            DebianPostgres postgres = DebianPostgres.startWithReplica();
            database = postgres;
            url = postgres.primaryUrl();
        } else {
            SharedPostgres postgres = SharedPostgres.start();
            database = postgres;
            url = postgres.jdbcUrl();
        }
        try (database;
                Node a = Node.start("a", url, "logging.level.root=WARN");
                Node b = Node.start("b", url, "logging.level.root=WARN")) {
            List<Double> millis = measure(a, b, changes);
            Collections.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "JDK %s; PostgreSQL %s; %d cores%n",
                    Runtime.version(),
                    debian
                            ? "from Debian, "
                                    + DebianPostgres.binaries()
                                            .orElseThrow()
                                            .getParent()
                                            .getFileName()
                            : "embedded",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    Locale.ROOT,
                    "edit committed on A -> edited article served by B, %d changes: p50 %.1f ms, p95 %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms%n",
                    millis.size(),
                    at(millis, 0.50),
                    at(millis, 0.95),
                    at(millis, 0.99),
                    millis.get(millis.size() - 1));
        }
    }

    private static List<Double> measure(Node a, Node b, int changes) throws InterruptedException {
        if (a.bean(Sections.class).isEmpty()) {
            a.bean(Sections.class).create("Thời sự", "thoi-su", 1);
        }
        Newsroom newsroom = a.newsroom();
        Account editor = newsroom.account(Role.EDITOR);
        var article = ArticleBuilder.article("Đo thời gian một thay đổi đến nút thứ hai");
        long id = newsroom.draft(editor, article).id();
        a.bean(ArticleWorkflow.class).apply(editor, id, Transition.PUBLISH, null, (Instant) null);
        ArticleEditing editing = a.bean(ArticleEditing.class);
        Articles onB = b.bean(Articles.class);
        List<Double> millis = new ArrayList<>();
        for (int i = -20; i < changes; i++) {
            onB.findPublished(id).orElseThrow();
            String sapo = "Lần sửa thứ " + (i + 21) + ": số liệu mới nhất từ tòa soạn.";
            WorkingArticle working = editing.get(editor, id);
            editing.save(editor, id, working.version(), article.sapo(sapo).input(newsroom.sectionId()));
            long committed = System.nanoTime();
            while (!onB.findPublished(id).orElseThrow().sapo().equals(sapo)) {
                LockSupport.parkNanos(100_000);
                if (System.nanoTime() - committed > 60_000_000_000L) {
                    throw new IllegalStateException("B never saw change " + i);
                }
            }
            // the first twenty warm both JVMs up
            if (i >= 0) {
                millis.add((System.nanoTime() - committed) / 1e6);
            }
            Thread.sleep(20 + ThreadLocalRandom.current().nextInt(30));
        }
        return millis;
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
