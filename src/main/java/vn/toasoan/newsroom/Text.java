package vn.toasoan.newsroom;

import gg.jte.support.LocalizationSupport;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/** The newsroom's interface text in the user's language: Vietnamese unless they chose English. */
public record Text(MessageSource messages, Locale locale) implements LocalizationSupport {

    @Override
    public String lookup(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    public String format(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A feature's refusal, or any other text with its arguments that a feature hands over for the user. */
    public String lookup(MessageSourceResolvable text) {
        return messages.getMessage(text, locale);
    }

    /** For codes recorded by other features, some of which may have no text here yet. */
    public String lookupOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }
}
