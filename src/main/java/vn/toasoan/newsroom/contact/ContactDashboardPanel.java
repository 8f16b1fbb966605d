package vn.toasoan.newsroom.contact;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.toasoan.contact.ContactMessages;
import vn.toasoan.newsroom.DashboardPanel;

/** "Thư bạn đọc chưa xử lý" on the dashboard, and the inbox in the navigation, for editors and administrators. */
@Component
class ContactDashboardPanel implements DashboardPanel {

    private final ContactMessages letters;
    private final MessageSource messages;

    ContactDashboardPanel(ContactMessages letters, MessageSource messages) {
        this.letters = letters;
        this.messages = messages;
    }

    @Override
    public String title() {
        return messages.getMessage("contact.inbox.panel", null, LocaleContextHolder.getLocale());
    }

    @Override
    public long count() {
        return letters.unhandled();
    }

    @Override
    public String url() {
        return ContactInboxPages.PATH;
    }

    @Override
    public Set<String> roles() {
        return Set.of("EDITOR", "ADMIN");
    }

    @Override
    public String navLabel() {
        return messages.getMessage("contact.inbox.nav", null, LocaleContextHolder.getLocale());
    }
}
