package vn.toasoan.newsroom.comments;

import java.util.Arrays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.comments.Block;
import vn.toasoan.comments.Comments;
import vn.toasoan.comments.InvalidCommentChange;
import vn.toasoan.comments.SenderRules;

/**
 * What an editor does from the queue: approve (edited or not), reject with a reason, answer, act on several at once,
 * block a sender. Each goes back to where the editor was, with a message of what was done.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR','ADMIN')")
class ModerationActions {

    private static final String BASE = ModerationQueue.BASE;

    private final Comments comments;
    private final SenderRules rules;
    private final ModerationFrames frames;

    ModerationActions(Comments comments, SenderRules rules, ModerationFrames frames) {
        this.comments = comments;
        this.rules = rules;
        this.frames = frames;
    }

    @PostMapping(BASE + "/{id}/duyet")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) String content,
            @RequestParam(defaultValue = BASE) String back,
            Authentication user,
            RedirectAttributes redirect) {
        comments.approve(id, content, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().format("moderation.done.approved", id));
        return "redirect:" + safeBack(back);
    }

    @PostMapping(BASE + "/{id}/tu-choi")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) String preset,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = BASE) String back,
            Authentication user,
            RedirectAttributes redirect) {
        comments.reject(id, reason(preset, reason), user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().format("moderation.done.rejected", id));
        return "redirect:" + safeBack(back);
    }

    @PostMapping(BASE + "/{id}/tra-loi")
    String reply(
            @PathVariable long id,
            @RequestParam String content,
            @RequestParam(defaultValue = BASE) String back,
            Authentication user,
            RedirectAttributes redirect) {
        comments.reply(id, content, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().format("moderation.done.replied", id));
        return "redirect:" + safeBack(back);
    }

    @PostMapping(BASE + "/hang-loat")
    String bulk(
            @RequestParam(name = "ids", required = false) long[] ids,
            @RequestParam String action,
            @RequestParam(required = false) String preset,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = BASE) String back,
            Authentication user,
            RedirectAttributes redirect) {
        long[] chosen = ids == null ? new long[0] : ids;
        for (long id : Arrays.stream(chosen).distinct().toArray()) {
            if (action.equals("approve")) {
                comments.approve(id, null, user.getName());
            } else if (action.equals("reject")) {
                comments.reject(id, reason(preset, reason), user.getName());
            }
        }
        redirect.addFlashAttribute(
                ModerationFrames.FLASH,
                frames.text()
                        .format(
                                action.equals("approve")
                                        ? "moderation.done.bulkApproved"
                                        : "moderation.done.bulkRejected",
                                chosen.length));
        return "redirect:" + safeBack(back);
    }

    @PostMapping(BASE + "/chan")
    String block(
            @RequestParam long comment,
            @RequestParam Block.Kind kind,
            @RequestParam Block.Action action,
            @RequestParam(defaultValue = BASE) String back,
            Authentication user,
            RedirectAttributes redirect) {
        rules.blockSender(comment, kind, action, user.getName());
        redirect.addFlashAttribute(ModerationFrames.FLASH, frames.text().lookup("moderation.done.blocked"));
        return "redirect:" + safeBack(back);
    }

    @ExceptionHandler(InvalidCommentChange.class)
    String invalid(InvalidCommentChange e, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                ModerationFrames.FLASH, frames.text().lookup("moderation.invalid." + e.getMessage()));
        return "redirect:" + BASE;
    }

    /** A preset reason, the editor's own words, or both. */
    static String reason(String preset, String free) {
        String a = preset == null ? "" : preset.strip();
        String b = free == null ? "" : free.strip();
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + ": " + b;
    }

    private static String safeBack(String back) {
        return ModerationQueue.safeBack(back);
    }
}
