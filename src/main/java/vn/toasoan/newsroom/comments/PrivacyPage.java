package vn.toasoan.newsroom.comments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.comments.CommenterData;
import vn.toasoan.comments.PersonalData;
import vn.toasoan.platform.VietnamTime;

/**
 * A commenter's rights under Decree 13/2023 on personal data: an admin finds what the paper keeps about an e-mail
 * address, exports it, or erases it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PrivacyPage {

    static final String PATH = ModerationQueue.BASE + "/du-lieu-ca-nhan";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CommenterData commenters;
    private final ModerationFrames frames;

    PrivacyPage(CommenterData commenters, ModerationFrames frames) {
        this.commenters = commenters;
        this.frames = frames;
    }

    @GetMapping(PATH)
    ModelAndView page(
            @RequestParam(required = false) String email,
            Authentication user,
            jakarta.servlet.http.HttpServletRequest request) {
        PersonalData data = email == null || email.isBlank() ? null : commenters.export(email, user.getName());
        var view = new ModerationViews.Privacy(
                frames.frame("moderation.privacyTitle", user, request), email == null ? "" : email, data);
        return new ModelAndView("newsroom/comments/privacy", Map.of("page", view));
    }

    @PostMapping(PATH + "/xuat")
    ResponseEntity<String> export(@RequestParam String email, Authentication user) {
        PersonalData data = commenters.export(email, user.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("binh-luan-du-lieu-ca-nhan.json")
                                .build()
                                .toString())
                .body(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(data)));
    }

    @PostMapping(PATH + "/xoa")
    String erase(
            @RequestParam String email,
            @RequestParam(required = false) String confirm,
            Authentication user,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return "redirect:" + PATH + "?email="
                    + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
        }
        int erased = commenters.erase(email, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().format("moderation.erased", erased));
        return "redirect:" + PATH;
    }

    static Map<String, Object> json(PersonalData data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("email", data.email());
        out.put(
                "comments",
                data.comments().stream()
                        .map(entry -> {
                            var c = entry.comment();
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", c.id());
                            m.put("articleId", c.articleId());
                            m.put("name", c.name());
                            m.put("content", c.content());
                            m.put("originalContent", c.originalContent());
                            m.put("status", c.status().name());
                            m.put("createdAt", VietnamTime.iso(c.createdAt()));
                            m.put("ip", c.ip());
                            m.put(
                                    "attachment",
                                    c.attachment() == null
                                            ? null
                                            : Map.of(
                                                    "name", c.attachment().originalName(),
                                                    "size", c.attachment().size(),
                                                    "contentType",
                                                            c.attachment().contentType()));
                            m.put(
                                    "edits",
                                    entry.edits().stream()
                                            .map(e -> Map.of(
                                                    "before", e.before(),
                                                    "after", e.after(),
                                                    "editedAt", VietnamTime.iso(e.editedAt())))
                                            .toList());
                            m.put(
                                    "replies",
                                    c.replies().stream().map(r -> r.content()).toList());
                            return m;
                        })
                        .toList());
        out.put(
                "blocks",
                data.blocks().stream()
                        .map(b -> Map.of("action", b.action().name(), "since", VietnamTime.iso(b.createdAt())))
                        .toList());
        return out;
    }
}
