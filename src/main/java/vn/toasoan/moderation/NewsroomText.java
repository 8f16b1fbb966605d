package vn.toasoan.moderation;

import gg.jte.support.LocalizationSupport;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Interface text for the moderation pages, in the editor's language. */
public record NewsroomText(MessageSource messages, Locale locale) implements LocalizationSupport {

    @Override
    public String lookup(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    public String format(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
