package vn.toasoan.comments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The comment form's defences, for the site's other forms that readers fill in without an account (the contact form):
 * the signed token with its minimum fill time, the trap field, the blocks and word lists the newsroom keeps, the
 * limits per address and per e-mail, and what "the same text again" means. Each form counts its own messages.
 */
@Service
public class ReaderFormDefences {

    /** What the form's token says of how it was sent. */
    public enum TokenVerdict {
        VALID,
        /** Sooner than a person fills the form in: a robot's. */
        TOO_FAST,
        /** Served too long ago: the reader sends it again. */
        EXPIRED,
        INVALID
    }

    /** The newsroom's block on this e-mail address or address, if any. */
    public enum Blocking {
        NONE,
        /** Taken, with a flag for the newsroom. */
        HOLD,
        REFUSE
    }

    /**
     * What the word lists found.
     *
     * @param rejects a word the newsroom refuses
     * @param held words that keep the message for a closer look
     */
    public record Words(boolean rejects, List<String> held) {}

    /**
     * Why a sender must wait.
     *
     * @param waitSeconds before the next message, when the minimum interval holds it; 0 when the hourly limit does
     */
    public record RateLimit(long waitSeconds, int perHour) {
        public boolean hourly() {
            return waitSeconds == 0;
        }
    }

    /** What one form's sender sent lately, from that form's own records. */
    public interface SenderHistory {

        /** Their latest message since a time, by their address key ({@link #addressKey}) or by their e-mail. */
        Optional<Instant> latestSince(boolean byEmail, String value, Instant since);

        long countSince(boolean byEmail, String value, Instant since);
    }

    private final FormTokens tokens;
    private final SenderRules rules;
    private final CommentProperties properties;

    ReaderFormDefences(FormTokens tokens, SenderRules rules, CommentProperties properties) {
        this.tokens = tokens;
        this.rules = rules;
        this.properties = properties;
    }

    /**
     * The hidden token of a form served now.
     *
     * @param formId what the form is for; a form not under an article uses a number no article has, such as 0
     */
    public String token(long formId) {
        return tokens.issue(formId);
    }

    public TokenVerdict check(String token, long formId) {
        return TokenVerdict.valueOf(tokens.check(token, formId).name());
    }

    /** The trap field that people never see and robots fill. */
    public static boolean trapped(String trap) {
        return trap != null && !trap.isBlank();
    }

    public Blocking blocked(String email, String ip) {
        return rules.blocked(email, ip)
                .map(action -> action == Block.Action.REFUSE ? Blocking.REFUSE : Blocking.HOLD)
                .orElse(Blocking.NONE);
    }

    public Words words(String text) {
        var hits = rules.words().check(text);
        return new Words(hits.rejects(), hits.held());
    }

    /** The comment form's limits per address and per e-mail, over this form's own history. */
    public Optional<RateLimit> rateLimited(String email, String ip, Instant now, SenderHistory history) {
        SenderLimits.History adapted = new SenderLimits.History() {
            @Override
            public Optional<Instant> latestSince(SenderRuleRepository.Sender sender, String value, Instant since) {
                return history.latestSince(sender == SenderRuleRepository.Sender.EMAIL, value, since);
            }

            @Override
            public long countSince(SenderRuleRepository.Sender sender, String value, Instant since) {
                return history.countSince(sender == SenderRuleRepository.Sender.EMAIL, value, since);
            }
        };
        return new SenderLimits(properties)
                .check(email, addressKey(ip), now, adapted)
                .map(limited -> new RateLimit(limited.waitSeconds(), limited.perHour()));
    }

    /** The same text from the same sender within this time is refused as sent twice. */
    public Duration repeatWindow() {
        return properties.repeatWindow();
    }

    /** The address as limits count it: an IPv6 reader by their /64. */
    public static String addressKey(String ip) {
        return IpKey.of(ip);
    }

    /** The same words whatever the marks, case, spacing or punctuation. */
    public static String fingerprint(String text) {
        return CommentSubmissions.fingerprint(text);
    }

    /** One line of NFC text, spaces collapsed. */
    public static String line(String s) {
        return CommentSubmissions.normalizeLine(s);
    }

    /** NFC text with plain line ends, no control characters, at most one empty line in a row. */
    public static String text(String s) {
        return CommentSubmissions.normalizeText(s);
    }

    public static boolean isEmail(String email) {
        return email.length() <= 254 && CommentSubmissions.EMAIL.matcher(email).matches();
    }
}
