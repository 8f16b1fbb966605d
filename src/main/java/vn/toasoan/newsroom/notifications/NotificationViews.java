package vn.toasoan.newsroom.notifications;

import java.util.List;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Views;

/** The view models of the notifications page. */
public final class NotificationViews {

    private NotificationViews() {}

    /** @param openUrl marks it read and leads to its article */
    public record Row(
            long id, String kind, String sentence, String detail, String at, boolean unread, String openUrl) {}

    /**
     * @param emailOn this account wants its notifications by e-mail too
     * @param mailConfigured an SMTP server is configured, so e-mail goes out at all
     */
    public record ListView(
            NewsroomLayout layout,
            List<Row> rows,
            long unread,
            boolean emailOn,
            boolean mailConfigured,
            Views.Pagination pagination) {}
}
