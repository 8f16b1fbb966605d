package vn.toasoan.newsroom.sections;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.Tags;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.sections.SectionException;
import vn.toasoan.sections.Sections;

/** Sections (administrators: create, rename, order on the home page) and tags (editors: create, rename, merge). */
@Controller
class SectionAdminPages {

    private final Desk desk;
    private final Sections sections;
    private final Tags tags;

    SectionAdminPages(Desk desk, Sections sections, Tags tags) {
        this.desk = desk;
        this.sections = sections;
        this.tags = tags;
    }

    @GetMapping("/toa-soan/chuyen-muc")
    @PreAuthorize("hasRole('ADMIN')")
    String sections(HttpServletRequest request, Model model) {
        model.addAttribute(
                "page",
                new SectionViews.SectionsView(
                        desk.layout(request, "nav.sections", "/toa-soan/chuyen-muc"), sections.all()));
        return "newsroom/sections/sections";
    }

    @PostMapping("/toa-soan/chuyen-muc")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@RequestParam String name, @RequestParam(required = false) String slug, RedirectAttributes redirect) {
        try {
            var section = sections.create(desk.account().email(), name, slug);
            redirect.addFlashAttribute("notice", desk.text().format("sections.created", section.name()));
        } catch (SectionException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:/toa-soan/chuyen-muc";
    }

    @PostMapping("/toa-soan/chuyen-muc/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String rename(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) String slug,
            RedirectAttributes redirect) {
        try {
            var before = sections.byId(id);
            var after = sections.rename(desk.account().email(), id, name, slug);
            redirect.addFlashAttribute(
                    "notice",
                    before.slug().equals(after.slug())
                            ? desk.text().format("sections.renamed", after.name())
                            : desk.text().format("sections.moved", after.name(), before.url(), after.url()));
        } catch (SectionException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:/toa-soan/chuyen-muc";
    }

    @PostMapping("/toa-soan/chuyen-muc/{id}/thu-tu")
    @PreAuthorize("hasRole('ADMIN')")
    String move(@PathVariable long id, @RequestParam String huong) {
        sections.move(desk.account().email(), id, "len".equals(huong));
        return "redirect:/toa-soan/chuyen-muc";
    }

    @GetMapping("/toa-soan/the")
    @PreAuthorize("hasRole('EDITOR')")
    String tags(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        model.addAttribute(
                "page",
                new SectionViews.TagsView(
                        desk.layout(request, "nav.tags", "/toa-soan/the"), q == null ? "" : q, tags.all(q)));
        return "newsroom/sections/tags";
    }

    @PostMapping("/toa-soan/the")
    @PreAuthorize("hasRole('EDITOR')")
    String createTag(@RequestParam String name, RedirectAttributes redirect) {
        try {
            var tag = tags.create(desk.account().email(), name);
            redirect.addFlashAttribute("notice", desk.text().format("tags.created", tag.name()));
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:/toa-soan/the";
    }

    @PostMapping("/toa-soan/the/{id}")
    @PreAuthorize("hasRole('EDITOR')")
    String renameTag(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
        try {
            var tag = tags.rename(desk.account().email(), id, name);
            redirect.addFlashAttribute("notice", desk.text().format("tags.renamed", tag.name()));
        } catch (ArticleInvalidException e) {
            redirect.addFlashAttribute("error", desk.text().lookup(e));
        }
        return "redirect:/toa-soan/the";
    }
}
