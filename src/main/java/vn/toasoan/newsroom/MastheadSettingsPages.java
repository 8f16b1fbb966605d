package vn.toasoan.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.masthead.Masthead;
import vn.toasoan.masthead.MastheadInput;
import vn.toasoan.masthead.MastheadInvalidException;
import vn.toasoan.masthead.Mastheads;

/**
 * "Thông tin tòa soạn": the paper's name, description, legal masthead, logo and site icon, as every reader page shows
 * them. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MastheadSettingsPages {

    static final String PATH = "/toa-soan/cai-dat/thong-tin-bao";

    private final Desk desk;
    private final Mastheads mastheads;

    MastheadSettingsPages(Desk desk, Mastheads mastheads) {
        this.desk = desk;
        this.mastheads = mastheads;
    }

    @GetMapping(PATH)
    String page(HttpServletRequest request, Model model) {
        Masthead m = mastheads.current();
        var fields = new MastheadInput(
                m.siteName(),
                m.governingBody(),
                m.licence(),
                m.editorInChief(),
                m.deputies(),
                m.address(),
                m.phone(),
                m.email(),
                m.hotline(),
                m.advertising(),
                m.description());
        model.addAttribute("page", new MastheadSettingsView(layout(request), fields, Map.of(), m));
        return "newsroom/masthead";
    }

    @PostMapping(PATH)
    String save(
            @ModelAttribute MastheadInput fields,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var input = new MastheadInput(
                fields.siteName(),
                fields.governingBody(),
                fields.licence(),
                fields.editorInChief(),
                fields.deputies(),
                fields.address(),
                fields.phone(),
                fields.email(),
                fields.hotline(),
                fields.advertising(),
                fields.description() == null ? "" : fields.description());
        try {
            mastheads.update(input, desk.account().email());
        } catch (MastheadInvalidException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(
                    "page", new MastheadSettingsView(layout(request), input, e.errors(), mastheads.current()));
            return "newsroom/masthead";
        }
        redirect.addFlashAttribute("notice", desk.text().lookup("settings.masthead.saved"));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/logo")
    String logo(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        return picture(file, redirect, true);
    }

    @PostMapping(PATH + "/bieu-tuong")
    String icon(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        return picture(file, redirect, false);
    }

    @PostMapping(PATH + "/logo/xoa")
    String removeLogo(RedirectAttributes redirect) {
        mastheads.removeLogo(desk.account().email());
        redirect.addFlashAttribute("notice", desk.text().lookup("settings.masthead.logoRemoved"));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/bieu-tuong/xoa")
    String removeIcon(RedirectAttributes redirect) {
        mastheads.removeIcon(desk.account().email());
        redirect.addFlashAttribute("notice", desk.text().lookup("settings.masthead.iconRemoved"));
        return "redirect:" + PATH;
    }

    private String picture(MultipartFile file, RedirectAttributes redirect, boolean logo) throws IOException {
        Text t = desk.text();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", t.lookup("settings.masthead.noFile"));
            return "redirect:" + PATH;
        }
        try {
            if (logo) {
                mastheads.changeLogo(
                        file.getBytes(),
                        file.getOriginalFilename(),
                        desk.account().email());
            } else {
                mastheads.changeIcon(
                        file.getBytes(),
                        file.getOriginalFilename(),
                        desk.account().email());
            }
            redirect.addFlashAttribute(
                    "notice", t.lookup(logo ? "settings.masthead.logoSaved" : "settings.masthead.iconSaved"));
        } catch (MastheadInvalidException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.errors().values()));
        }
        return "redirect:" + PATH;
    }

    private NewsroomLayout layout(HttpServletRequest request) {
        return desk.layout(request, desk.text().lookup("settings.masthead.title"), "/toa-soan/cai-dat", desk.account());
    }
}
