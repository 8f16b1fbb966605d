package vn.toasoan.site;

import gg.jte.support.LocalizationSupport;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/** Interface text for templates, in the reader's language (Vietnamese unless they chose English). */
public record Localizer(MessageSource messages, Locale locale) implements LocalizationSupport {

    @Override
    public String lookup(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A feature's refusal, with the values it names. */
    public String lookup(MessageSourceResolvable text) {
        return messages.getMessage(text, locale);
    }

    public String format(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }
}
