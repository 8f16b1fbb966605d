package vn.toasoan.newsroom.contact;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.contact.ContactMessage;
import vn.toasoan.contact.ContactMessages;
import vn.toasoan.contact.ContactStatus;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.platform.VietnamTime;

/** "Thư bạn đọc": readers' letters from the contact page, newest first, until an editor marks them handled. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class ContactInboxPages {

    static final String PATH = "/toa-soan/thu-ban-doc";
    static final int PAGE_SIZE = 30;

    private final ContactMessages letters;
    private final Desk desk;

    ContactInboxPages(ContactMessages letters, Desk desk) {
        this.letters = letters;
        this.desk = desk;
    }

    @GetMapping(PATH)
    String inbox(
            @RequestParam(name = "da-xu-ly", defaultValue = "false") boolean handled,
            @RequestParam(defaultValue = "1") int trang,
            HttpServletRequest request,
            Model model) {
        var inbox = letters.inbox(handled ? ContactStatus.HANDLED : ContactStatus.NEW, trang, PAGE_SIZE);
        String base = PATH + (handled ? "?da-xu-ly=true&" : "?");
        model.addAttribute(
                "page",
                new ContactInboxView(
                        desk.layout(request, desk.text().lookup("contact.inbox.title"), PATH, desk.account()),
                        handled,
                        inbox.items().stream().map(ContactInboxPages::letter).toList(),
                        inbox.total(),
                        inbox.page(),
                        inbox.pages(),
                        inbox.page() > 1 ? base + "trang=" + (inbox.page() - 1) : null,
                        inbox.page() < inbox.pages() ? base + "trang=" + (inbox.page() + 1) : null));
        return "newsroom/contact/inbox";
    }

    @PostMapping(PATH + "/{id}/da-xu-ly")
    String handled(@PathVariable long id, RedirectAttributes redirect) {
        boolean marked = letters.markHandled(id, desk.account().email());
        redirect.addFlashAttribute(
                marked ? "notice" : "error",
                desk.text().lookup(marked ? "contact.inbox.marked" : "contact.inbox.alreadyHandled"));
        return "redirect:" + PATH;
    }

    private static ContactInboxView.Letter letter(ContactMessage m) {
        return new ContactInboxView.Letter(
                m.id(),
                m.name(),
                m.email(),
                m.phone(),
                m.subject(),
                m.message(),
                m.flags(),
                VietnamTime.shortDateTime(m.receivedAt()),
                VietnamTime.iso(m.receivedAt()),
                m.status() == ContactStatus.HANDLED,
                m.handledBy(),
                m.handledAt() == null ? null : VietnamTime.shortDateTime(m.handledAt()));
    }
}
