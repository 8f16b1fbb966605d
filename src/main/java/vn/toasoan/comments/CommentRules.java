package vn.toasoan.comments;

import java.time.Duration;
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

    /** The strictest block on this e-mail address or IP. */
    Optional<Block.Action> blocked(String email, String ip) {
        var byEmail = repository.block(Block.Kind.EMAIL, email).map(Block::action);
        var byIp = repository.block(Block.Kind.IP, ip).map(Block::action);
        if (byEmail.filter(a -> a == Block.Action.REFUSE).isPresent()
                || byIp.filter(a -> a == Block.Action.REFUSE).isPresent()) {
            return Optional.of(Block.Action.REFUSE);
        }
        return byEmail.or(() -> byIp);
    }
}
