package vn.toasoan.articles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hit counter. A view counts once per reader per 30 minutes, and one address counts as at most a few readers of
 * an article in that time, whatever browsers it claims to be. Counts wait in memory and reach the database in one batch
 * twice a second, so a busy article never turns into one row update per page view, and a killed process loses at most
 * the last half second of them. A normal shutdown writes what is still buffered.
 */
@Component
class ViewCounter {

    static final Duration SAME_READER_WINDOW = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int perAddress;
    /** The browsers counted per article and address within the window: at most {@code perAddress} of them. */
    private final Cache<AddressView, Set<Long>> recentReaders;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    /** Other app nodes flush their counts too, unannounced: a reader does not notice a count a minute old. */
    private final Cache<Long, Long> stored = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    ViewCounter(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${toasoan.views.per-address:10}") int perAddress) {
        this.jdbc = jdbc;
        this.perAddress = perAddress;
        this.transaction = transaction;
        this.clock = clock;
        this.recentReaders = Caffeine.newBuilder()
                // the window opens at an address's first view of the article, and later views do not stretch it
                .expireAfter(Expiry.<AddressView, Set<Long>>creating((key, agents) -> SAME_READER_WINDOW))
                .maximumSize(1_000_000)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** @return whether this view counted */
    boolean record(long articleId, String addressKey, long agentHash) {
        boolean[] counted = new boolean[1];
        recentReaders.asMap().compute(new AddressView(articleId, addressKey), (key, agents) -> {
            Set<Long> seen = agents == null ? new HashSet<>() : agents;
            if (seen.size() < perAddress && seen.add(agentHash)) {
                counted[0] = true;
            }
            return seen;
        });
        if (counted[0]) {
            pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        }
        return counted[0];
    }

    long pending(long articleId) {
        LongAdder adder = pending.get(articleId);
        return adder == null ? 0 : adder.sum();
    }

    /** What the database holds; it changes only when this counter flushes, which forgets the copies. */
    long stored(long articleId) {
        return stored.get(
                articleId,
                id -> jdbc.sql("SELECT views FROM article_views WHERE article_id = ?")
                        .param(id)
                        .query(Long.class)
                        .optional()
                        .orElse(0L));
    }

    /** The stored counts of many articles, those not yet known read in one query. */
    Map<Long, Long> stored(Collection<Long> articleIds) {
        return stored.getAll(articleIds, missing -> {
            Map<Long, Long> counts = new HashMap<>();
            missing.forEach(id -> counts.put(id, 0L));
            jdbc.sql("SELECT article_id, views FROM article_views WHERE article_id = ANY(?::bigint[])")
                    .param(missing.toArray(Long[]::new))
                    .query(rs -> {
                        counts.put(rs.getLong("article_id"), rs.getLong("views"));
                    });
            return counts;
        });
    }

    @Scheduled(fixedDelayString = "${toasoan.views.flush-interval:500ms}")
    @PreDestroy
    synchronized void flush() {
        List<Long> ids = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        pending.forEach((id, adder) -> {
            long count = adder.sumThenReset();
            if (count > 0) {
                ids.add(id);
                counts.add(count);
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> write(ids, counts, LocalDate.now(clock)));
            stored.invalidateAll(ids);
        } catch (RuntimeException e) {
            log.warn("Could not write {} view counts; keeping them for the next flush", ids.size(), e);
            for (int i = 0; i < ids.size(); i++) {
                pending.computeIfAbsent(ids.get(i), id -> new LongAdder()).add(counts.get(i));
            }
        }
    }

    private void write(List<Long> ids, List<Long> counts, LocalDate today) {
        Long[] idArray = ids.toArray(Long[]::new);
        Long[] countArray = counts.toArray(Long[]::new);
        jdbc.sql("""
                        INSERT INTO article_views (article_id, views)
                        SELECT v.id, v.n FROM unnest(?::bigint[], ?::bigint[]) AS v(id, n)
                        JOIN articles a ON a.id = v.id
                        ON CONFLICT (article_id) DO UPDATE SET views = article_views.views + EXCLUDED.views""").params(idArray, countArray).update();
        jdbc.sql("""
                        INSERT INTO article_daily_views (article_id, day, views)
                        SELECT v.id, ?, v.n FROM unnest(?::bigint[], ?::bigint[]) AS v(id, n)
                        JOIN articles a ON a.id = v.id
                        ON CONFLICT (article_id, day) DO UPDATE SET views = article_daily_views.views + EXCLUDED.views""").params(today, idArray, countArray).update();
    }

    private record AddressView(long articleId, String addressKey) {}
}
