package vn.toasoan.newsroom.comments;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.Text;

/** Puts the moderation pages in the newsroom's frame, so editors find the same navigation everywhere. */
@Component
class ModerationFrames {

    /** The flash attribute that carries the message an action leaves for the next page. */
    static final String FLASH = "flash";

    private final Desk desk;

    ModerationFrames(Desk desk) {
        this.desk = desk;
    }

    Text text() {
        return desk.text();
    }

    /**
     * The one-time message comes only from the session's flash map, set by the action before its redirect: never from
     * the URL, where anyone could write a message an editor would take for the newsroom's own.
     */
    Frame frame(String titleKey, Authentication user, HttpServletRequest request) {
        Text t = text();
        boolean admin =
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        String title = t.lookup(titleKey);
        return new Frame(title, t, desk.frame(request, title, ModerationQueue.BASE), admin, flash(request));
    }

    private static String flash(HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get(FLASH) instanceof String message && !message.isBlank() ? message : null;
    }
}
