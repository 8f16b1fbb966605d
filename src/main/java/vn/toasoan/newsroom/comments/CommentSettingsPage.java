package vn.toasoan.newsroom.comments;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.comments.Comments;
import vn.toasoan.comments.SenderRules;
import vn.toasoan.comments.WordRule;

/** What an admin sets for comments: the notice above the form, the word lists, the block list. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CommentSettingsPage {

    static final String PATH = ModerationQueue.BASE + "/cai-dat";

    private final Comments comments;
    private final SenderRules rules;
    private final ModerationFrames frames;

    CommentSettingsPage(Comments comments, SenderRules rules, ModerationFrames frames) {
        this.comments = comments;
        this.rules = rules;
        this.frames = frames;
    }

    @GetMapping(PATH)
    ModelAndView settings(Authentication user, jakarta.servlet.http.HttpServletRequest request) {
        var view = new ModerationViews.Settings(
                frames.frame("moderation.settingsTitle", user, request),
                comments.notice(),
                rules.wordRules(),
                rules.blocks());
        return new ModelAndView("newsroom/comments/settings", Map.of("page", view));
    }

    @PostMapping(PATH + "/loi-nhan")
    String notice(@RequestParam String notice, Authentication user, RedirectAttributes redirect) {
        comments.changeNotice(notice, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().lookup("moderation.done.saved"));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/tu-ngu")
    String addRule(
            @RequestParam String phrase,
            @RequestParam WordRule.Action action,
            @RequestParam WordRule.Match match,
            Authentication user,
            RedirectAttributes redirect) {
        rules.addWordRule(phrase, action, match, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().lookup("moderation.done.saved"));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/tu-ngu/{id}/xoa")
    String removeRule(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        rules.removeWordRule(id, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().lookup("moderation.done.saved"));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/chan/{id}/bo")
    String unblock(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        rules.unblock(id, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().lookup("moderation.done.saved"));
        return "redirect:" + PATH;
    }
}
