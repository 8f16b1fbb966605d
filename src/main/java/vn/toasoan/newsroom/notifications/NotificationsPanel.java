package vn.toasoan.newsroom.notifications;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.newsroom.DashboardPanel;
import vn.toasoan.notifications.Notifications;

/** The bell in the newsroom's bar and on the dashboard: how many of this account's notifications are unread. */
@Component
class NotificationsPanel implements DashboardPanel {

    private final Notifications notifications;
    private final Accounts accounts;
    private final MessageSource messages;

    NotificationsPanel(Notifications notifications, Accounts accounts, MessageSource messages) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.getMessage("notifications.panel.title", null, LocaleContextHolder.getLocale());
    }

    /** Asked while a page for the logged-in account is built. */
    @Override
    public long count() {
        return notifications.unread(accounts.current());
    }

    @Override
    public String url() {
        return NotificationPages.BASE;
    }

    @Override
    public String navLabel() {
        return messages.getMessage("notifications.panel.nav", null, LocaleContextHolder.getLocale());
    }
}
