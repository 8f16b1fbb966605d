package vn.toasoan.articles;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What articles say to people, from the message bundles ({@code articles.*} keys): in the language of the request that
 * asked, which is Vietnamese unless the reader chose English; in Vietnamese for commands and scheduled work.
 */
@Component
class ArticleText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ArticleText(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return in(locale(), key, args);
    }

    String get(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale());
    }

    /** In the paper's own language whoever asks: for the audit trail, which stays as it was written. */
    String vi(String key, Object... args) {
        return in(VIETNAMESE, key, args);
    }

    String in(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    String status(ArticleStatus status) {
        return get("articles.status." + status.name());
    }

    String transition(Transition transition) {
        return get("articles.transition." + transition.name());
    }

    /** The language of the request being served, as the site resolves it; Vietnamese outside a request. */
    static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
