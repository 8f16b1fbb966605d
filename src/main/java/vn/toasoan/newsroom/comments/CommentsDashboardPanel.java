package vn.toasoan.newsroom.comments;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.toasoan.comments.Comments;
import vn.toasoan.newsroom.DashboardPanel;

/** "Bình luận chờ duyệt" on the newsroom's dashboard, for the editors who moderate them. */
@Component
class CommentsDashboardPanel implements DashboardPanel {

    private final Comments comments;

    CommentsDashboardPanel(Comments comments) {
        this.comments = comments;
    }

    @Override
    public String title() {
        return "Bình luận chờ duyệt";
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
        return "Bình luận";
    }
}
