package vn.toasoan.moderation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

@Component
class ModerationFrames {

    private final MessageSource messages;

    ModerationFrames(MessageSource messages) {
        this.messages = messages;
    }

    NewsroomText text() {
        return new NewsroomText(messages, LocaleContextHolder.getLocale());
    }

    Frame frame(String titleKey, Authentication user, CsrfToken csrf, String flash) {
        NewsroomText t = text();
        boolean admin =
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        return new Frame(
                t.lookup(titleKey),
                t,
                user.getName(),
                admin,
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                flash);
    }
}
