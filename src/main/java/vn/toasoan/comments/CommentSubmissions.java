package vn.toasoan.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toasoan.attachments.AttachmentStore;
import vn.toasoan.attachments.IncomingFile;
import vn.toasoan.attachments.Sizes;
import vn.toasoan.vietnamese.Syllables;
import vn.toasoan.vietnamese.VietnameseText;

/** Takes a reader's comment through every rule, in the order that costs least, and keeps it PENDING. */
@Service
class CommentSubmissions {

    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 3000;
    static final int MAX_NAME = 80;
    static final Pattern EMAIL =
            Pattern.compile("^[\\p{L}0-9.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?"
                    + "(?:\\.[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?)+$");
    private static final Duration REPEAT_FLAG_WINDOW = Duration.ofDays(7);

    /**
     * What came in: the form, the file streamed so far, and who sent it.
     *
     * @param refusedFileSize the size of a file refused as too large, or 0
     */
    record Submission(
            long articleId,
            CommentForm form,
            IncomingFile file,
            boolean fileTooLarge,
            String ip,
            long refusedFileSize) {}

    /** Either the new comment's id or the refusal; a robot caught in the trap gets neither, and is not told. */
    record Outcome(Long commentId, Refusal refusal) {
        boolean trapped() {
            return commentId == null && refusal == null;
        }
    }

    private final CommentRepository repository;
    private final CommentFileRepository files;
    private final SenderRuleRepository senders;
    private final SenderRules rules;
    private final FormTokens tokens;
    private final DiacriticsCheck diacritics;
    private final AttachmentStore store;
    private final CommentProperties properties;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentSubmissions(
            CommentRepository repository,
            CommentFileRepository files,
            SenderRuleRepository senders,
            SenderRules rules,
            FormTokens tokens,
            DiacriticsCheck diacritics,
            AttachmentStore store,
            CommentProperties properties,
            MessageSource messages,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.files = files;
        this.senders = senders;
        this.rules = rules;
        this.tokens = tokens;
        this.diacritics = diacritics;
        this.store = store;
        this.properties = properties;
        this.messages = messages;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    Outcome submit(Submission submission, Locale locale) {
        CommentForm form = submission.form();
        if (form.website() != null && !form.website().isBlank()) {
            return new Outcome(null, null);
        }
        String name = normalizeLine(form.name());
        String email = normalizeLine(form.email()).toLowerCase(Locale.ROOT);
        String content = normalizeText(form.content());
        Map<String, String> errors = new LinkedHashMap<>();
        String suggestion = null;

        if (name.isEmpty()) {
            errors.put("name", text("comments.error.nameRequired", locale));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            errors.put("name", text("comments.error.nameTooLong", locale, MAX_NAME));
        }
        if (email.isEmpty()) {
            errors.put("email", text("comments.error.emailRequired", locale));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.put("email", text("comments.error.emailInvalid", locale));
        }
        int length = content.codePointCount(0, content.length());
        if (length == 0) {
            errors.put("content", text("comments.error.contentRequired", locale));
        } else if (length < MIN_LENGTH) {
            errors.put("content", text("comments.error.contentTooShort", locale, MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            errors.put("content", text("comments.error.contentTooLong", locale, MAX_LENGTH, length));
        } else if (diacritics.isMissingDiacritics(content)) {
            errors.put("content", text("comments.error.diacritics", locale));
            suggestion = diacritics.suggest(content).orElse(null);
        } else if (rules.words().check(content).rejects()) {
            errors.put("content", text("comments.error.words", locale));
        }
        if (submission.fileTooLarge()) {
            String limit = Sizes.text(properties.maxAttachmentSize().toBytes(), locale);
            errors.put(
                    "attachment",
                    submission.refusedFileSize() > 0
                            ? text(
                                    "comments.error.tooLargeSized",
                                    locale,
                                    Sizes.text(submission.refusedFileSize(), locale),
                                    limit)
                            : text("comments.error.tooLarge", locale, limit));
            return new Outcome(null, new Refusal(HttpStatus.CONTENT_TOO_LARGE, errors, null, suggestion));
        }
        switch (tokens.check(form.token(), submission.articleId())) {
            case TOO_FAST -> {
                return refuse(HttpStatus.TOO_MANY_REQUESTS, errors, text("comments.error.tooFast", locale));
            }
            case EXPIRED -> {
                return refuse(HttpStatus.UNPROCESSABLE_CONTENT, errors, text("comments.error.expired", locale));
            }
            case INVALID -> {
                return refuse(HttpStatus.BAD_REQUEST, errors, text("comments.error.invalidForm", locale));
            }
            case VALID -> {}
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, errors, null, suggestion));
        }

        List<String> flags = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Optional<Block.Action> blocked = rules.blocked(email, submission.ip());
        if (blocked.isPresent()) {
            if (blocked.get() == Block.Action.REFUSE) {
                return refuse(HttpStatus.FORBIDDEN, errors, text("comments.error.blocked", locale));
            }
            flags.add(CommentFlag.BLOCKED.name());
        }
        // The limits are checked and the comment written under the sender's locks, in one transaction: a burst of
        // the same form from one address, on one node or several, is taken once, never once per request in flight.
        AttachmentStore.Stored[] stored = new AttachmentStore.Stored[1];
        try {
            return transactions.execute(status -> {
                String ipKey = IpKey.of(submission.ip());
                senders.lock(ipKey, email);
                Instant now = clock.instant();
                // before the rate limits, so a double-clicked "Gửi" hears "you just sent this" rather than "wait"
                String fingerprint = fingerprint(content);
                if (senders.sentBy(fingerprint, email, ipKey, now.minus(properties.repeatWindow()))) {
                    return refuse(HttpStatus.CONFLICT, errors, text("comments.error.repeat", locale));
                }
                Optional<String> limited = rateLimited(email, ipKey, now, locale);
                if (limited.isPresent()) {
                    return refuse(HttpStatus.TOO_MANY_REQUESTS, errors, limited.get());
                }
                if (submission.file() != null) {
                    try {
                        stored[0] = store.accept(submission.file());
                    } catch (AttachmentStore.NotAllowed e) {
                        errors.put("attachment", text("comments.error.fileType", locale));
                        return new Outcome(null, new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, errors, null, null));
                    }
                    flags.add(CommentFlag.ATTACHMENT.name());
                }
                if (CommentText.countLinks(content) > properties.maxLinks()) {
                    flags.add(CommentFlag.LINKS.name());
                }
                var hits = rules.words().check(content);
                if (hits.holds()) {
                    flags.add(CommentFlag.HELD_WORDS.name());
                    details.add(String.join(", ", hits.held()));
                }
                if (diacritics.isPartlyUnmarked(content)) {
                    flags.add(CommentFlag.NO_DIACRITICS.name());
                }
                if (senders.seen(fingerprint, now.minus(REPEAT_FLAG_WINDOW))) {
                    flags.add(CommentFlag.REPEAT.name());
                }
                long id = repository.insert(new CommentRepository.NewComment(
                        submission.articleId(),
                        name,
                        email,
                        content,
                        flags,
                        String.join("; ", details),
                        submission.ip(),
                        ipKey,
                        fingerprint,
                        now));
                AttachmentStore.Stored file = stored[0];
                if (file != null) {
                    files.insertAttachment(id, file.name(), file.originalName(), file.contentType(), file.size());
                }
                events.publishEvent(new CommentReceived(id, submission.articleId()));
                return new Outcome(id, null);
            });
        } catch (RuntimeException e) {
            if (stored[0] != null) {
                store.delete(stored[0].name());
            }
            throw e;
        }
    }

    private Optional<String> rateLimited(String email, String ipKey, Instant now, Locale locale) {
        return new SenderLimits(properties)
                .check(email, ipKey, now, senders)
                .map(limited -> limited.hourly()
                        ? text("comments.error.hourly", locale, limited.perHour())
                        : text("comments.error.wait", locale, limited.waitSeconds()));
    }

    private static Outcome refuse(HttpStatus status, Map<String, String> errors, String message) {
        return new Outcome(null, new Refusal(status, errors, message, null));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static String normalizeLine(String s) {
        return s == null ? "" : VietnameseText.nfc(s).replaceAll("\\s+", " ").strip();
    }

    /** NFC, Windows line ends made plain, no trailing spaces, at most one empty line in a row. */
    static String normalizeText(String s) {
        if (s == null) {
            return "";
        }
        return VietnameseText.nfc(s)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** The same words whatever the marks, case, spacing or punctuation: what "the same text again" means. */
    static String fingerprint(String content) {
        String folded = String.join(" ", Syllables.folded(content));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
