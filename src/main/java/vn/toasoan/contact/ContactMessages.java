package vn.toasoan.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toasoan.comments.ReaderFormDefences;
import vn.toasoan.comments.ReaderFormDefences.Blocking;
import vn.toasoan.platform.AuditEvent;

/** Readers' letters: taken through the comment form's defences, listed for the newsroom, marked handled. */
@Service
public class ContactMessages {

    /** The form is under no article: its tokens name a number no article has. */
    static final long FORM_ID = 0;

    static final int MAX_NAME = 80;
    static final int MAX_SUBJECT = 200;
    static final int MAX_PHONE = 40;
    static final int MIN_MESSAGE = 10;
    static final int MAX_MESSAGE = 5000;

    /** A page of letters. */
    public record Inbox(List<ContactMessage> items, long total, int page, int pages) {}

    /** Either the new letter's id or why it was refused; a robot caught in the trap gets neither, and is not told. */
    record Outcome(Long id, Refusal refusal) {
        boolean trapped() {
            return id == null && refusal == null;
        }
    }

    /** Errors by field and a message for the whole form, in the reader's language. */
    record Refusal(HttpStatus status, Map<String, String> errors, String message) {}

    private final ContactRepository repository;
    private final ReaderFormDefences defences;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ContactMessages(
            ContactRepository repository,
            ReaderFormDefences defences,
            MessageSource messages,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.defences = defences;
        this.messages = messages;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    String token() {
        return defences.token(FORM_ID);
    }

    Outcome submit(ContactForm form, String ip, Locale locale) {
        if (ReaderFormDefences.trapped(form.website())) {
            return new Outcome(null, null);
        }
        String name = ReaderFormDefences.line(form.name());
        String email = ReaderFormDefences.line(form.email()).toLowerCase(Locale.ROOT);
        String phone = ReaderFormDefences.line(form.phone());
        String subject = ReaderFormDefences.line(form.subject());
        String message = ReaderFormDefences.text(form.message());
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", text(locale, "contact.error.nameRequired"));
        } else if (length(name) > MAX_NAME) {
            errors.put("name", text(locale, "contact.error.tooLong", MAX_NAME));
        }
        if (email.isEmpty()) {
            errors.put("email", text(locale, "contact.error.emailRequired"));
        } else if (!ReaderFormDefences.isEmail(email)) {
            errors.put("email", text(locale, "contact.error.emailInvalid"));
        }
        if (!phone.isEmpty()
                && (phone.length() > MAX_PHONE
                        || !phone.matches("[0-9+().\\-/ ]+")
                        || phone.chars().filter(Character::isDigit).count() < 3)) {
            errors.put("phone", text(locale, "contact.error.phone"));
        }
        if (length(subject) > MAX_SUBJECT) {
            errors.put("subject", text(locale, "contact.error.tooLong", MAX_SUBJECT));
        }
        int length = length(message);
        if (length == 0) {
            errors.put("message", text(locale, "contact.error.messageRequired"));
        } else if (length < MIN_MESSAGE) {
            errors.put("message", text(locale, "contact.error.messageTooShort", MIN_MESSAGE));
        } else if (length > MAX_MESSAGE) {
            errors.put("message", text(locale, "contact.error.messageTooLong", MAX_MESSAGE, length));
        }
        ReaderFormDefences.Words words = defences.words(subject + "\n" + message);
        if (words.rejects() && !errors.containsKey("message")) {
            errors.put("message", text(locale, "contact.error.words"));
        }
        switch (defences.check(form.token(), FORM_ID)) {
            case TOO_FAST -> {
                return refuse(HttpStatus.TOO_MANY_REQUESTS, errors, text(locale, "contact.error.tooFast"));
            }
            case EXPIRED -> {
                return refuse(HttpStatus.UNPROCESSABLE_CONTENT, errors, text(locale, "contact.error.expired"));
            }
            case INVALID -> {
                return refuse(HttpStatus.BAD_REQUEST, errors, text(locale, "contact.error.invalidForm"));
            }
            case VALID -> {}
        }
        if (!errors.isEmpty()) {
            return refuse(HttpStatus.UNPROCESSABLE_CONTENT, errors, null);
        }
        List<String> flags = new ArrayList<>();
        Blocking blocking = defences.blocked(email, ip);
        if (blocking == Blocking.REFUSE) {
            return refuse(HttpStatus.FORBIDDEN, errors, text(locale, "contact.error.blocked"));
        }
        if (blocking == Blocking.HOLD) {
            flags.add("BLOCKED");
        }
        if (!words.held().isEmpty()) {
            flags.add("HELD_WORDS");
        }
        String fingerprint = ReaderFormDefences.fingerprint(subject + "\n" + message);
        String ipKey = ReaderFormDefences.addressKey(ip);
        var letter = new ContactRepository.NewMessage(
                name, email, phone, subject, message, flags, ipKey, fingerprint, clock.instant());
        return transactions.execute(status -> {
            repository.lockSenders();
            Instant now = clock.instant();
            if (repository.sentBy(fingerprint, email, ipKey, now.minus(defences.repeatWindow()))) {
                return refuse(HttpStatus.CONFLICT, errors, text(locale, "contact.error.repeat"));
            }
            Optional<ReaderFormDefences.RateLimit> limited = defences.rateLimited(email, ip, now, repository);
            if (limited.isPresent()) {
                var limit = limited.get();
                return refuse(
                        HttpStatus.TOO_MANY_REQUESTS,
                        errors,
                        limit.hourly()
                                ? text(locale, "contact.error.hourly", limit.perHour())
                                : text(locale, "contact.error.wait", limit.waitSeconds()));
            }
            long id = repository.insert(letter);
            events.publishEvent(new ContactMessageReceived(id, subject));
            return new Outcome(id, null);
        });
    }

    public Inbox inbox(ContactStatus status, int page, int size) {
        long total = repository.count(status);
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        return new Inbox(repository.list(status, size, (current - 1) * size), total, current, pages);
    }

    public long unhandled() {
        return repository.count(ContactStatus.NEW);
    }

    public Optional<ContactMessage> find(long id) {
        return repository.find(id);
    }

    /** @return false when it was handled already, or is not there */
    @Transactional
    public boolean markHandled(long id, String actor) {
        boolean marked = repository.markHandled(id, actor, clock.instant());
        if (marked) {
            events.publishEvent(new AuditEvent(actor, "contact.handled", "contact", Long.toString(id), ""));
        }
        return marked;
    }

    private static Outcome refuse(HttpStatus status, Map<String, String> errors, String message) {
        return new Outcome(null, new Refusal(status, Map.copyOf(errors), message));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
