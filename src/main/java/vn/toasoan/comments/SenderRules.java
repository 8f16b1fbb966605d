package vn.toasoan.comments;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.platform.ChangeFeed;
import vn.toasoan.platform.SiteChanged;

/**
 * Who may comment and with what words: the blocks on e-mail addresses and IPs, and the word lists, as an admin sets
 * them and as each submission meets them (read from the database at most every few seconds).
 */
@Service
public class SenderRules {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final SenderRuleRepository repository;
    private final CommentRepository comments;
    private final ModerationTrail trail;
    private final Clock clock;
    private final ChangeFeed feed;
    private volatile WordLists words;
    private volatile long wordsLoadedAt;

    SenderRules(
            SenderRuleRepository repository,
            CommentRepository comments,
            ModerationTrail trail,
            Clock clock,
            ChangeFeed feed) {
        this.feed = feed;
        this.repository = repository;
        this.comments = comments;
        this.trail = trail;
        this.clock = clock;
    }

    WordLists words() {
        long now = System.nanoTime();
        if (words == null || now - wordsLoadedAt > FRESH.toNanos()) {
            words = new WordLists(repository.wordRules());
            wordsLoadedAt = now;
        }
        return words;
    }

    /**
     * The strictest block on this e-mail address or IP: on the address itself, or for IPv6 on its /64 (older blocks
     * may name a single IPv6 address).
     */
    Optional<Block.Action> blocked(String email, String ip) {
        var actions = new ArrayList<Block.Action>();
        repository.blocks(Block.Kind.EMAIL, email).forEach(b -> actions.add(b.action()));
        repository.blocks(Block.Kind.IP, ip, IpKey.of(ip)).forEach(b -> actions.add(b.action()));
        if (actions.contains(Block.Action.REFUSE)) {
            return Optional.of(Block.Action.REFUSE);
        }
        return actions.isEmpty() ? Optional.empty() : Optional.of(Block.Action.HOLD);
    }

    /** A change made on any node, this one included. */
    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.WORD_RULES) {
            words = null;
        }
    }

    public List<Block> blocks() {
        return repository.blocks();
    }

    /**
     * Blocks the e-mail address or the IP (for IPv6, its /64) a comment came from. The editor names the comment, so
     * the reader's full IP never has to leave the server.
     */
    @Transactional
    public void blockSender(long commentId, Block.Kind kind, Block.Action action, String actor) {
        Comment comment = comments.find(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
        block(kind, kind == Block.Kind.EMAIL ? comment.email() : comment.ip(), action, actor);
    }

    @Transactional
    void block(Block.Kind kind, String value, Block.Action action, String actor) {
        String clean = value == null ? "" : value.strip();
        if (kind == Block.Kind.EMAIL) {
            clean = clean.toLowerCase(Locale.ROOT);
        } else {
            clean = IpKey.of(clean);
        }
        if (clean.isEmpty()) {
            throw new InvalidCommentChange("empty");
        }
        repository.saveBlock(kind, clean, action, actor, clock.instant());
        trail.record(null, actor, "comment.block", kind + " " + Block.masked(kind, clean) + " " + action);
    }

    @Transactional
    public void unblock(long blockId, String actor) {
        repository.deleteBlock(blockId);
        trail.record(null, actor, "comment.unblock", trail.text("comments.audit.unblocked", Long.toString(blockId)));
    }

    public List<WordRule> wordRules() {
        return repository.wordRules();
    }

    @Transactional
    public void addWordRule(String phrase, WordRule.Action action, WordRule.Match match, String actor) {
        String clean = CommentSubmissions.normalizeLine(phrase).toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw new InvalidCommentChange("empty");
        }
        repository.saveWordRule(clean, action, match, actor);
        words = null;
        feed.announce(SiteChanged.Kind.WORD_RULES, 0);
        trail.record(null, actor, "comment.words.add", clean + " " + action + " " + match);
    }

    @Transactional
    public void removeWordRule(long id, String actor) {
        repository.deleteWordRule(id);
        words = null;
        feed.announce(SiteChanged.Kind.WORD_RULES, 0);
        trail.record(null, actor, "comment.words.remove", trail.text("comments.audit.ruleRemoved", Long.toString(id)));
    }
}
