package vn.toasoan.newsroom.notifications;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.accounts.Account;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.Views;
import vn.toasoan.notifications.Notification;
import vn.toasoan.notifications.Notifications;
import vn.toasoan.platform.VietnamTime;

/** "Thông báo": each account's own notifications, newest first; opening one marks it read; e-mail on or off. */
@Controller
class NotificationPages {

    static final String BASE = "/toa-soan/thong-bao";

    private final Desk desk;
    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;

    NotificationPages(Desk desk, Notifications notifications, ObjectProvider<JavaMailSender> mail) {
        this.desk = desk;
        this.notifications = notifications;
        this.mail = mail;
    }

    @GetMapping(BASE)
    String list(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Account account = desk.account();
        long total = notifications.count(account);
        int pages = (int) Math.max(1, (total + Notifications.PAGE_SIZE - 1) / Notifications.PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        var rows = notifications.page(account, current).stream().map(this::row).toList();
        model.addAttribute(
                "page",
                new NotificationViews.ListView(
                        desk.layout(request, "notifications.title", BASE),
                        rows,
                        notifications.unread(account),
                        notifications.emailOn(account),
                        mail.getIfAvailable() != null,
                        new Views.Pagination(
                                current,
                                pages,
                                total,
                                current > 1 ? BASE + "?page=" + (current - 1) : null,
                                current < pages ? BASE + "?page=" + (current + 1) : null)));
        return "newsroom/notifications/list";
    }

    /** Marks it read and goes to its article. */
    @GetMapping(BASE + "/{id}")
    String open(@PathVariable long id) {
        return notifications
                .open(desk.account(), id)
                .filter(n -> n.articleId() != null)
                .map(n -> "redirect:/toa-soan/bai-viet/" + n.articleId())
                .orElse("redirect:" + BASE);
    }

    @PostMapping(BASE + "/da-doc")
    String markAllRead(RedirectAttributes redirect) {
        int marked = notifications.markAllRead(desk.account());
        redirect.addFlashAttribute("notice", desk.text().format("notifications.markedRead", marked));
        return "redirect:" + BASE;
    }

    @PostMapping(BASE + "/email")
    String email(@RequestParam(defaultValue = "false") boolean on, RedirectAttributes redirect) {
        notifications.setEmail(desk.account(), on);
        redirect.addFlashAttribute(
                "notice", desk.text().lookup(on ? "notifications.email.turnedOn" : "notifications.email.turnedOff"));
        return "redirect:" + BASE;
    }

    private NotificationViews.Row row(Notification n) {
        return new NotificationViews.Row(
                n.id(),
                n.kind().name().toLowerCase().replace('_', '-'),
                notifications.sentence(n),
                notifications.detail(n),
                VietnamTime.shortDateTime(n.createdAt()),
                n.unread(),
                BASE + "/" + n.id());
    }
}
