package vn.toasoan.moderation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.toasoan.newsroom.Desk;

/** Puts the moderation pages in the newsroom's frame, so editors find the same navigation everywhere. */
@Component
class ModerationFrames {

    private final MessageSource messages;
    private final Desk desk;

    ModerationFrames(MessageSource messages, Desk desk) {
        this.messages = messages;
        this.desk = desk;
    }

    NewsroomText text() {
        return new NewsroomText(messages, LocaleContextHolder.getLocale());
    }

    Frame frame(String titleKey, Authentication user, HttpServletRequest request, String flash) {
        NewsroomText t = text();
        boolean admin =
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        String title = t.lookup(titleKey);
        return new Frame(title, t, desk.frame(request, title, ModerationQueue.BASE), admin, flash);
    }
}
