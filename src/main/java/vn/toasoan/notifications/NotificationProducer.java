package vn.toasoan.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.articles.ArticleMoved;
import vn.toasoan.articles.ArticleNoteAdded;
import vn.toasoan.articles.ArticleParticipants;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.comments.CommentReceived;

/**
 * Turns the features' events into notifications for the people concerned, in the transaction of the change itself, so
 * that a change and its notifications stand or fall together; the e-mail follows after the commit.
 */
@Component
class NotificationProducer {

    /** A note is quoted in full in the newsroom; a notification keeps this much of it. */
    static final int MAX_DETAIL = 1_000;

    private final NotificationRepository repository;
    private final Accounts accounts;
    private final ArticleParticipants participants;
    private final NotificationText text;
    private final NotificationMail mail;
    private final Clock clock;
    private final String siteName;
    private final String baseUrl;

    NotificationProducer(
            NotificationRepository repository,
            Accounts accounts,
            ArticleParticipants participants,
            NotificationText text,
            NotificationMail mail,
            Clock clock,
            @Value("${toasoan.site.name:Tòa Soạn}") String siteName,
            @Value("${toasoan.site.base-url:}") String baseUrl) {
        this.repository = repository;
        this.accounts = accounts;
        this.participants = participants;
        this.text = text;
        this.mail = mail;
        this.clock = clock;
        this.siteName = siteName;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    @EventListener
    void on(ArticleMoved moved) {
        Set<Long> to = new LinkedHashSet<>();
        NotificationKind kind;
        if (moved.onSchedule()) {
            kind = moved.to() == ArticleStatus.PUBLISHED
                    ? NotificationKind.SCHEDULE_REACHED
                    : NotificationKind.SCHEDULE_FAILED;
            addIfAny(to, moved.authorId());
            addIfAny(to, moved.scheduledBy());
        } else {
            switch (moved.transition()) {
                case SUBMIT -> {
                    kind = NotificationKind.SUBMITTED;
                    for (Account account : accounts.all()) {
                        if (account.isActive() && account.role().edits()) {
                            to.add(account.id());
                        }
                    }
                }
                case RETURN_TO_DRAFT -> {
                    kind = NotificationKind.RETURNED;
                    addIfAny(to, moved.authorId());
                }
                case PUBLISH -> {
                    kind = NotificationKind.PUBLISHED;
                    addIfAny(to, moved.authorId());
                }
                default -> {
                    return;
                }
            }
            to.remove(moved.actorId());
        }
        tell(to, kind, moved.articleId(), moved.title(), moved.actorName(), moved.reason());
    }

    @EventListener
    void on(ArticleNoteAdded note) {
        Set<Long> to = new LinkedHashSet<>(note.writers());
        addIfAny(to, note.authorId());
        to.remove(note.writerId());
        tell(to, NotificationKind.NOTE, note.articleId(), note.title(), note.writerName(), note.body());
    }

    /** One unread notice per article is enough however many comments arrive before the author looks. */
    @EventListener
    void on(CommentReceived comment) {
        participants.of(comment.articleId()).ifPresent(article -> {
            Long author = article.authorId();
            if (author != null
                    && !repository.hasUnread(author, NotificationKind.COMMENT_WAITING, article.articleId())) {
                tell(Set.of(author), NotificationKind.COMMENT_WAITING, article.articleId(), article.title(), "", "");
            }
        });
    }

    private void tell(
            Set<Long> recipients, NotificationKind kind, long articleId, String title, String actor, String detail) {
        if (recipients.isEmpty()) {
            return;
        }
        String shortDetail = detail == null ? "" : clip(detail);
        List<NotificationMail.Letter> letters = new ArrayList<>();
        for (long id : recipients) {
            Account account = accounts.byId(id).filter(Account::isActive).orElse(null);
            if (account == null) {
                continue;
            }
            var at = clock.instant();
            long notificationId = repository.insert(id, kind, articleId, title, actor, shortDetail, at);
            if (mail.enabled() && repository.emailOn(id)) {
                letters.add(letter(
                        account,
                        new Notification(notificationId, kind, articleId, title, actor, shortDetail, at, null)));
            }
        }
        mail.send(letters);
    }

    private NotificationMail.Letter letter(Account account, Notification n) {
        var vi = NotificationText.VIETNAMESE;
        String sentence = text.sentence(n, vi);
        String detail = text.detail(n, vi);
        String base = base();
        StringBuilder body = new StringBuilder(sentence).append("\n");
        if (!detail.isEmpty()) {
            body.append("\n").append(detail).append("\n");
        }
        body.append("\n")
                .append(text.get(vi, "notifications.mail.open", base + "/toa-soan/bai-viet/" + n.articleId()))
                .append("\n\n-- \n")
                .append(text.get(vi, "notifications.mail.footer", siteName, base + "/toa-soan/thong-bao"))
                .append("\n");
        return new NotificationMail.Letter(
                account.email(), text.get(vi, "notifications.mail.subject", siteName, sentence), body.toString());
    }

    /** The configured public address, else that of the request that caused the notification, else none. */
    private String base() {
        if (!baseUrl.isEmpty()) {
            return baseUrl;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        }
        return "";
    }

    private static void addIfAny(Set<Long> to, Long id) {
        if (id != null) {
            to.add(id);
        }
    }

    private static String clip(String s) {
        return s.codePointCount(0, s.length()) <= MAX_DETAIL
                ? s
                : s.substring(0, s.offsetByCodePoints(0, MAX_DETAIL)) + "…";
    }
}
