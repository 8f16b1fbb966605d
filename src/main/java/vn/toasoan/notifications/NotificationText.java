package vn.toasoan.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a notification says, from the message bundles: in the newsroom in the reader's language, by e-mail in Vietnamese. */
@Component
class NotificationText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    NotificationText(MessageSource messages) {
        this.messages = messages;
    }

    String sentence(Notification n, Locale locale) {
        return get(locale, "notifications.kind." + n.kind().name(), n.actor(), n.title());
    }

    /** The reason or the note, worded for the kind; empty when there is none. */
    String detail(Notification n, Locale locale) {
        if (n.detail() == null || n.detail().isBlank()) {
            return "";
        }
        return switch (n.kind()) {
            case RETURNED, SCHEDULE_FAILED -> get(locale, "notifications.reason", n.detail());
            default -> n.detail();
        };
    }

    String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
