package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toasoan.accounts.Account;
import vn.toasoan.articles.ArticleConflictException;
import vn.toasoan.articles.ArticleDesk;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.ArticleWorkflow;
import vn.toasoan.articles.BlockedByChecksException;
import vn.toasoan.articles.Corrections;
import vn.toasoan.articles.MoveRequest;
import vn.toasoan.articles.OpenWarningsException;
import vn.toasoan.articles.Transition;
import vn.toasoan.articles.WorkflowException;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.media.Image;
import vn.toasoan.media.ImageRejectedException;
import vn.toasoan.media.MediaStore;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomTime;
import vn.toasoan.newsroom.Text;

/** The article editor: writing, saving with photos, the workflow's buttons and corrections. */
@Controller
class EditorPages {

    private static final String EDITOR = "newsroom/articles/editor";

    private final Desk desk;
    private final ArticleDesk articleDesk;
    private final ArticleEditing editing;
    private final ArticleWorkflow workflow;
    private final Corrections corrections;
    private final MediaStore media;
    private final EditorViews views;
    private final WorkflowViews workflowViews;

    EditorPages(
            Desk desk,
            ArticleDesk articleDesk,
            ArticleEditing editing,
            ArticleWorkflow workflow,
            Corrections corrections,
            MediaStore media,
            EditorViews views,
            WorkflowViews workflowViews) {
        this.desk = desk;
        this.articleDesk = articleDesk;
        this.editing = editing;
        this.workflow = workflow;
        this.corrections = corrections;
        this.media = media;
        this.views = views;
        this.workflowViews = workflowViews;
    }

    @GetMapping("/toa-soan/bai-viet/moi")
    String newArticle(HttpServletRequest request, Model model) {
        var page = views.view(request, articleDesk.blank(desk.account(), Set.of()), null, null, null, null);
        return editor(model, page);
    }

    @PostMapping("/toa-soan/bai-viet")
    String create(
            @ModelAttribute ArticleForm form,
            @RequestParam(required = false) MultipartFile newImage,
            @RequestParam(required = false) String libraryImage,
            @RequestParam(required = false) List<String> acknowledge,
            @RequestParam(required = false) String reason,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Account account = desk.account();
        Image uploaded = null;
        WorkingArticle created;
        try {
            uploaded = upload(newImage, libraryImage);
            form = form.withUpload(uploaded);
            created = editing.create(account, form.toInput());
        } catch (ArticleInvalidException | ImageRejectedException e) {
            response.setStatus(422);
            var state = articleDesk.blank(account, form.imageIds());
            return editor(model, views.view(request, state, form, e.getMessage(), null, uploaded));
        }
        return afterSave(account, created, form, request(form, acknowledge, reason), redirect);
    }

    @GetMapping("/toa-soan/bai-viet/{id}")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        var state = articleDesk.open(desk.account(), id, Set.of());
        return editor(model, views.view(request, state, null, null, null, null));
    }

    @PostMapping("/toa-soan/bai-viet/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute ArticleForm form,
            @RequestParam(required = false) MultipartFile newImage,
            @RequestParam(required = false) String libraryImage,
            @RequestParam(required = false) List<String> acknowledge,
            @RequestParam(required = false) String reason,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Account account = desk.account();
        Image uploaded = null;
        WorkingArticle saved;
        try {
            uploaded = upload(newImage, libraryImage);
            form = form.withUpload(uploaded);
            saved = editing.save(account, id, form.version() == null ? -1 : form.version(), form.toInput());
        } catch (ArticleConflictException e) {
            response.setStatus(409);
            ArticleForm kept = form.withVersion(e.current().version());
            var state = articleDesk.open(account, id, kept.imageIds());
            return editor(model, views.view(request, state, kept, null, e, uploaded));
        } catch (ArticleInvalidException | ImageRejectedException | BlockedByChecksException e) {
            response.setStatus(422);
            var state = articleDesk.open(account, id, form.imageIds());
            return editor(model, views.view(request, state, form, e.getMessage(), null, uploaded));
        }
        return afterSave(account, saved, form, request(form, acknowledge, reason), redirect);
    }

    /** A move without saving: for those who may not edit, such as a reporter taking back an article in review. */
    @PostMapping("/toa-soan/bai-viet/{id}/chuyen")
    String move(
            @PathVariable long id,
            @RequestParam String transition,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String scheduleAt,
            @RequestParam(required = false) List<String> acknowledge,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Transition t =
                Transition.bySlug(transition).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        var move = new MoveRequest(ArticleForm.parseSchedule(scheduleAt), codes(acknowledge), reason);
        String notice = apply(desk.account(), id, t, version, scheduleAt, move, redirect);
        if (notice != null) {
            redirect.addFlashAttribute("notice", notice);
        }
        return "redirect:/toa-soan/bai-viet/" + id;
    }

    @PostMapping("/toa-soan/bai-viet/{id}/dinh-chinh")
    String correct(@PathVariable long id, @RequestParam String note, RedirectAttributes redirect) {
        try {
            corrections.add(desk.account(), id, note);
            redirect.addFlashAttribute("notice", desk.text().lookup("editor.correctionAdded"));
        } catch (ArticleInvalidException | WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/toa-soan/bai-viet/" + id + "#dinh-chinh";
    }

    private String afterSave(
            Account account, WorkingArticle saved, ArticleForm form, MoveRequest move, RedirectAttributes redirect) {
        redirect.addFlashAttribute(EditorViews.SAVED, saved.id());
        Transition transition = form.transitionOrNull();
        String notice = transition == null
                ? desk.text().lookup("editor.saved")
                : apply(account, saved.id(), transition, saved.version(), form.scheduleAt(), move, redirect);
        if (notice != null) {
            redirect.addFlashAttribute("notice", notice);
        }
        return "redirect:/toa-soan/bai-viet/" + saved.id();
    }

    /** @return the notice to show, or null after leaving an error */
    private String apply(
            Account account,
            long id,
            Transition transition,
            Integer version,
            String scheduleAt,
            MoveRequest move,
            RedirectAttributes redirect) {
        Text t = desk.text();
        if (transition == Transition.SCHEDULE && NewsroomTime.unreadableDateTime(scheduleAt)) {
            redirect.addFlashAttribute("error", t.format("editor.scheduleUnreadable", scheduleAt.strip()));
            return null;
        }
        try {
            WorkingArticle moved = workflow.apply(account, id, transition, version, move);
            return t.format("editor.moved", t.lookup("status." + moved.status().name()));
        } catch (WorkflowException | BlockedByChecksException | OpenWarningsException | ArticleInvalidException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (ArticleConflictException e) {
            redirect.addFlashAttribute("error", t.format("editor.changedMeanwhile", e.savedBy()));
        }
        return null;
    }

    /** The editor page, with the workflow's side of it: notes, the working copy, the warnings to acknowledge. */
    private String editor(Model model, ArticleViews.EditorView page) {
        model.addAttribute("page", page);
        model.addAttribute("workflow", workflowViews.panel(desk.account(), page));
        return EDITOR;
    }

    private static MoveRequest request(ArticleForm form, List<String> acknowledge, String reason) {
        return new MoveRequest(form.scheduleInstant(), codes(acknowledge), reason);
    }

    private static Set<String> codes(List<String> acknowledge) {
        return acknowledge == null ? Set.of() : Set.copyOf(acknowledge);
    }

    /** A new photo from the device, or else one picked from the library ("Thư viện ảnh") for a new use. */
    private Image upload(MultipartFile file, String libraryImage) {
        if (file == null || file.isEmpty()) {
            return library(libraryImage);
        }
        try {
            return media.upload(file.getBytes(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Image library(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            return null;
        }
        try {
            return media.find(java.util.UUID.fromString(imageId.strip())).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
