package vn.toasoan.newsroom.comments;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.toasoan.comments.Comments;
import vn.toasoan.newsroom.DashboardPanel;

/** "Bình luận chờ duyệt" on the newsroom's dashboard, for the editors who moderate them. */
@Component
class CommentsDashboardPanel implements DashboardPanel {

    private final Comments comments;
    private final MessageSource messages;

    CommentsDashboardPanel(Comments comments, MessageSource messages) {
        this.comments = comments;
        this.messages = messages;
    }

    /** In the language of the page being served. */
    @Override
    public String title() {
        return messages.getMessage("moderation.panel.title", null, LocaleContextHolder.getLocale());
    }

    @Override
    public long count() {
        return comments.pendingCount();
    }

    @Override
    public String url() {
        return ModerationQueue.BASE;
    }

    @Override
    public Set<String> roles() {
        return Set.of("EDITOR", "ADMIN");
    }

    @Override
    public String navLabel() {
        return messages.getMessage("moderation.panel.nav", null, LocaleContextHolder.getLocale());
    }
}
