package vn.toasoan.comments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The word lists and block list as the submission sees them, read from the database at most every few seconds. */
@Component
class CommentRules {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final CommentRepository repository;
    private volatile WordLists words;
    private volatile long wordsLoadedAt;

    CommentRules(CommentRepository repository) {
        this.repository = repository;
    }

    WordLists words() {
        long now = System.nanoTime();
        if (words == null || now - wordsLoadedAt > FRESH.toNanos()) {
            words = new WordLists(repository.wordRules());
            wordsLoadedAt = now;
        }
        return words;
    }

    /** Forget the cached lists at once, after an admin changed them here. */
    void reload() {
        words = null;
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
}
