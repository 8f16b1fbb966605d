package vn.toasoan.contact;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;
import vn.toasoan.site.Chrome;
import vn.toasoan.site.PageMeta;

/**
 * {@code /lien-he}: the masthead's details and the form. It works without JavaScript: a letter taken answers with a
 * redirect to "thank you", a refused one with the page again, filled in, with every error at once.
 */
@Controller
class ContactPage {

    static final String PATH = "/lien-he";
    static final String SENT = "da-gui";

    private final ContactMessages letters;
    private final Chrome chrome;

    ContactPage(ContactMessages letters, Chrome chrome) {
        this.letters = letters;
        this.chrome = chrome;
    }

    @GetMapping(PATH)
    String page(HttpServletRequest request, Model model) {
        boolean sent = request.getParameter(SENT) != null;
        var form = new ContactView.Form("", "", "", "", "", letters.token(), Map.of(), null);
        model.addAttribute("page", new ContactView(layout(), form, sent));
        return "contact/contact";
    }

    @PostMapping(PATH)
    Object send(
            @ModelAttribute ContactForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        var outcome = letters.submit(nonNull(form), request.getRemoteAddr(), LocaleContextHolder.getLocale());
        if (outcome.refusal() == null) {
            var thanks = new RedirectView(PATH + "?" + SENT);
            thanks.setStatusCode(HttpStatus.SEE_OTHER);
            return thanks;
        }
        var refusal = outcome.refusal();
        response.setStatus(refusal.status().value());
        var shown = new ContactView.Form(
                nz(form.name()),
                nz(form.email()),
                nz(form.phone()),
                nz(form.subject()),
                nz(form.message()),
                letters.token(),
                refusal.errors(),
                refusal.message());
        model.addAttribute("page", new ContactView(layout(), shown, false));
        return "contact/contact";
    }

    private vn.toasoan.site.Layout layout() {
        var t = chrome.localizer();
        var meta = PageMeta.of(
                chrome.title(t.lookup("contact.title")), t.lookup("contact.description"), chrome.absolute(PATH));
        return chrome.layout(meta, null);
    }

    private static ContactForm nonNull(ContactForm form) {
        return form == null ? ContactForm.empty() : form;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
