package vn.toasoan.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.toasoan.accounts.Account;

/** What the newsroom asks of notifications: an account's own, unread count, marking read, and its e-mail choice. */
@Service
public class Notifications {

    public static final int PAGE_SIZE = 30;

    private final NotificationRepository repository;
    private final NotificationText text;
    private final Clock clock;

    Notifications(NotificationRepository repository, NotificationText text, Clock clock) {
        this.repository = repository;
        this.text = text;
        this.clock = clock;
    }

    /** A page of the account's notifications, newest first. */
    public List<Notification> page(Account account, int page) {
        return repository.page(account.id(), PAGE_SIZE, (Math.max(1, page) - 1) * PAGE_SIZE);
    }

    public long count(Account account) {
        return repository.count(account.id());
    }

    public long unread(Account account) {
        return repository.unread(account.id());
    }

    /** Marks one read and answers it; empty when it is not this account's. */
    public Optional<Notification> open(Account account, long id) {
        repository.markRead(account.id(), id, clock.instant());
        return repository.find(account.id(), id);
    }

    public int markAllRead(Account account) {
        return repository.markAllRead(account.id(), clock.instant());
    }

    public boolean emailOn(Account account) {
        return repository.emailOn(account.id());
    }

    public void setEmail(Account account, boolean on) {
        repository.setEmail(account.id(), on);
    }

    /** "Biên tập viên A trả bài … về nháp.", in the language of the page being served. */
    public String sentence(Notification notification) {
        return text.sentence(notification, LocaleContextHolder.getLocale());
    }

    /** The reason or the note that goes with it, worded for the page being served; empty when none. */
    public String detail(Notification notification) {
        return text.detail(notification, LocaleContextHolder.getLocale());
    }
}
