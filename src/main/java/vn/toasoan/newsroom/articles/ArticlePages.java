package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.toasoan.accounts.Account;
import vn.toasoan.accounts.Accounts;
import vn.toasoan.articles.ArticleConflictException;
import vn.toasoan.articles.ArticleEditing;
import vn.toasoan.articles.ArticleFilter;
import vn.toasoan.articles.ArticleHistory;
import vn.toasoan.articles.ArticleInvalidException;
import vn.toasoan.articles.ArticleStatus;
import vn.toasoan.articles.ArticleWarning;
import vn.toasoan.articles.ArticleWorkflow;
import vn.toasoan.articles.BlockedByChecksException;
import vn.toasoan.articles.CleanArticle;
import vn.toasoan.articles.Listing;
import vn.toasoan.articles.Revision;
import vn.toasoan.articles.RevisionKind;
import vn.toasoan.articles.Transition;
import vn.toasoan.articles.WorkflowException;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.articles.WorkingSummary;
import vn.toasoan.media.Image;
import vn.toasoan.media.ImageRejectedException;
import vn.toasoan.media.MediaStore;
import vn.toasoan.newsroom.ArticleRows;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Text;
import vn.toasoan.newsroom.Views;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/** The article list, the editor, and the workflow's buttons. */
@Controller
class ArticlePages {

    static final int PAGE_SIZE = 30;
    private static final String SAVED = "savedArticle";
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Desk desk;
    private final ArticleEditing editing;
    private final ArticleWorkflow workflow;
    private final ArticleHistory history;
    private final Sections sections;
    private final Accounts accounts;
    private final MediaStore media;
    private final vn.toasoan.articles.CheckPolicies policies;
    private final Clock clock;

    ArticlePages(
            Desk desk,
            ArticleEditing editing,
            ArticleWorkflow workflow,
            ArticleHistory history,
            Sections sections,
            Accounts accounts,
            MediaStore media,
            vn.toasoan.articles.CheckPolicies policies,
            Clock clock) {
        this.desk = desk;
        this.editing = editing;
        this.workflow = workflow;
        this.history = history;
        this.sections = sections;
        this.accounts = accounts;
        this.media = media;
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping("/toa-soan/bai-viet")
    String list(
            @RequestParam(name = "trang-thai", required = false) String status,
            @RequestParam(name = "chuyen-muc", required = false) Long sectionId,
            @RequestParam(name = "tac-gia", required = false) Long authorId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int trang,
            HttpServletRequest request,
            Model model) {
        Account account = desk.account();
        Text t = desk.text();
        ArticleStatus chosen = parseStatus(status);
        Listing<WorkingSummary> listing =
                editing.list(account, new ArticleFilter(chosen, sectionId, authorId, q, trang, PAGE_SIZE));
        List<Views.Option> statuses = new ArrayList<>();
        statuses.add(new Views.Option("", t.lookup("filter.anyStatus"), chosen == null));
        for (ArticleStatus s : ArticleStatus.values()) {
            statuses.add(new Views.Option(s.name(), t.lookup("status." + s.name()), s == chosen));
        }
        List<Views.Option> authors = new ArrayList<>();
        if (account.role().edits()) {
            authors.add(new Views.Option("", t.lookup("filter.anyAuthor"), authorId == null));
            for (Account a : accounts.all()) {
                authors.add(new Views.Option(
                        String.valueOf(a.id()), a.displayName(), authorId != null && a.id() == authorId));
            }
        }
        String base = "/toa-soan/bai-viet?" + query(status, sectionId, authorId, q);
        model.addAttribute(
                "page",
                new ArticleViews.ArticleListView(
                        desk.layout(request, "nav.articles", "/toa-soan/bai-viet"),
                        q == null ? "" : q,
                        statuses,
                        sectionOptions(sectionId, t.lookup("filter.anySection")),
                        authors,
                        new ArticleRows(sections, t).of(listing.items()),
                        new Views.Pagination(
                                listing.page(),
                                listing.pages(),
                                listing.total(),
                                listing.hasPrevious() ? base + "&trang=" + (listing.page() - 1) : null,
                                listing.hasNext() ? base + "&trang=" + (listing.page() + 1) : null)));
        return "newsroom/articles/list";
    }

    @GetMapping("/toa-soan/bai-viet/moi")
    String newArticle(HttpServletRequest request, Model model) {
        Long first = sections.all().isEmpty() ? null : sections.all().get(0).id();
        model.addAttribute("page", newEditor(request, ArticleForm.empty(first), null, null));
        return "newsroom/articles/editor";
    }

    @PostMapping("/toa-soan/bai-viet")
    String create(
            @RequestParam(required = false) MultipartFile newImage,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Account account = desk.account();
        ArticleForm form = ArticleForm.from(request);
        Image uploaded = null;
        WorkingArticle created;
        try {
            uploaded = upload(newImage);
            form = form.withUpload(uploaded);
            created = editing.create(account, form.toInput());
        } catch (ArticleInvalidException | ImageRejectedException e) {
            response.setStatus(422);
            model.addAttribute("page", newEditor(request, form, e.getMessage(), uploaded));
            return "newsroom/articles/editor";
        }
        return afterSave(account, created, form, redirect);
    }

    @GetMapping("/toa-soan/bai-viet/{id}")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        Account account = desk.account();
        WorkingArticle article = editing.get(account, id);
        model.addAttribute("page", editor(request, account, article, null, null, null, null));
        return "newsroom/articles/editor";
    }

    @PostMapping("/toa-soan/bai-viet/{id}")
    String save(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile newImage,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Account account = desk.account();
        ArticleForm form = ArticleForm.from(request);
        Image uploaded = null;
        WorkingArticle saved;
        try {
            uploaded = upload(newImage);
            form = form.withUpload(uploaded);
            saved = editing.save(account, id, form.version() == null ? -1 : form.version(), form.toInput());
        } catch (ArticleConflictException e) {
            response.setStatus(409);
            WorkingArticle latest = e.current();
            model.addAttribute(
                    "page",
                    editor(
                            request,
                            account,
                            latest,
                            form.withVersion(latest.version()),
                            null,
                            conflict(account, e),
                            uploaded));
            return "newsroom/articles/editor";
        } catch (ArticleInvalidException | ImageRejectedException | BlockedByChecksException e) {
            response.setStatus(422);
            model.addAttribute(
                    "page", editor(request, account, editing.get(account, id), form, e.getMessage(), null, uploaded));
            return "newsroom/articles/editor";
        }
        return afterSave(account, saved, form, redirect);
    }

    /** A move without saving: for those who may not edit, such as a reporter taking back an article in review. */
    @PostMapping("/toa-soan/bai-viet/{id}/chuyen")
    String move(
            @PathVariable long id,
            @RequestParam String transition,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String scheduleAt,
            RedirectAttributes redirect) {
        Account account = desk.account();
        Transition t = Transition.bySlug(transition)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST));
        String notice = apply(account, id, t, version, ArticleForm.parseSchedule(scheduleAt), redirect);
        if (notice != null) {
            redirect.addFlashAttribute("notice", notice);
        }
        return "redirect:/toa-soan/bai-viet/" + id;
    }

    @PostMapping("/toa-soan/bai-viet/{id}/dinh-chinh")
    String correct(@PathVariable long id, @RequestParam String note, RedirectAttributes redirect) {
        Account account = desk.account();
        try {
            editing.addCorrection(account, id, note);
            redirect.addFlashAttribute("notice", desk.text().lookup("editor.correctionAdded"));
        } catch (ArticleInvalidException | WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/toa-soan/bai-viet/" + id + "#dinh-chinh";
    }

    private String afterSave(Account account, WorkingArticle saved, ArticleForm form, RedirectAttributes redirect) {
        Text t = desk.text();
        redirect.addFlashAttribute(SAVED, saved.id());
        Transition transition = form.transitionOrNull();
        String notice = t.lookup("editor.saved");
        if (transition != null) {
            String moved = apply(account, saved.id(), transition, saved.version(), form.scheduleInstant(), redirect);
            if (moved != null) {
                notice = moved;
            } else {
                notice = null;
            }
        }
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
            java.time.Instant scheduleAt,
            RedirectAttributes redirect) {
        Text t = desk.text();
        try {
            WorkingArticle moved = workflow.apply(account, id, transition, version, scheduleAt);
            return t.format("editor.moved", t.lookup("status." + moved.status().name()));
        } catch (WorkflowException | BlockedByChecksException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (ArticleConflictException e) {
            redirect.addFlashAttribute("error", t.format("editor.changedMeanwhile", e.savedBy()));
        }
        return null;
    }

    /**
     * Only a save of the editor form may discard the text the browser keeps: other actions on the same page (adding a
     * correction, a workflow move) reload it too, and must leave what was typed but not saved.
     */
    private static boolean justSaved(HttpServletRequest request, long id) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && Long.valueOf(id).equals(flash.get(SAVED));
    }

    private Image upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return media.upload(file.getBytes(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArticleViews.Conflict conflict(Account account, ArticleConflictException e) {
        int other = history.revisions(account, e.current().id()).stream()
                .filter(r -> r.kind() != RevisionKind.CONFLICT)
                .mapToInt(Revision::number)
                .max()
                .orElse(1);
        return new ArticleViews.Conflict(
                e.savedBy(),
                VietnamTime.shortDateTime(e.savedAt()),
                e.keptRevision(),
                "/toa-soan/bai-viet/" + e.current().id() + "/lich-su/so-sanh?tu=" + other + "&den=" + e.keptRevision());
    }

    /** @param uploaded a photo uploaded with a save that failed, kept in the form, or null */
    private ArticleViews.EditorView newEditor(
            HttpServletRequest request, ArticleForm form, String error, Image uploaded) {
        Text t = desk.text();
        NewsroomLayout layout = desk.layout(request, "nav.newArticle", "/toa-soan/bai-viet/moi");
        if (error != null) {
            layout = withError(layout, error);
        }
        return new ArticleViews.EditorView(
                layout,
                null,
                true,
                form,
                figureRows(form, uploaded),
                sectionOptions(form.sectionId(), null),
                t.lookup("status.DRAFT"),
                "draft",
                List.of(new ArticleViews.TransitionButton(
                        Transition.SUBMIT.name(), t.lookup("transition.SUBMIT"), false, false, null)),
                List.of(),
                null,
                null,
                defaultSchedule(),
                List.of(),
                false,
                null,
                desk.account().displayName(),
                null,
                desk.account().id(),
                false);
    }

    private ArticleViews.EditorView editor(
            HttpServletRequest request,
            Account account,
            WorkingArticle article,
            ArticleForm form,
            String error,
            ArticleViews.Conflict conflict,
            Image uploaded) {
        Text t = desk.text();
        var a = article.article();
        if (form == null) {
            form = ArticleForm.of(CleanArticle.of(a).toInput(), article.version());
        }
        NewsroomLayout layout = desk.layout(request, a.title(), "/toa-soan/bai-viet");
        if (error != null) {
            layout = withError(layout, error);
        }
        boolean editable = ArticleEditing.canEdit(account, article);
        Set<String> blocking = policies.blocking().stream()
                .map(vn.toasoan.articles.Check::code)
                .collect(java.util.stream.Collectors.toSet());
        List<ArticleViews.Warning> warnings = new ArrayList<>();
        for (ArticleWarning w : editing.warnings(article)) {
            warnings.add(new ArticleViews.Warning(w.code(), w.message(), blocking.contains(w.code())));
        }
        List<ArticleViews.TransitionButton> buttons = new ArrayList<>();
        for (Transition tr : ArticleEditing.transitions(account, article)) {
            buttons.add(new ArticleViews.TransitionButton(
                    tr.name(),
                    t.lookup("transition." + tr.name()),
                    tr == Transition.SCHEDULE,
                    tr == Transition.PUBLISH || tr == Transition.SUBMIT,
                    tr == Transition.UNPUBLISH ? t.lookup("transition.UNPUBLISH.confirm") : null));
        }
        return new ArticleViews.EditorView(
                layout,
                article.id(),
                editable,
                form,
                figureRows(form, uploaded),
                sectionOptions(form.sectionId(), null),
                t.lookup("status." + article.status().name()),
                article.status().name().toLowerCase().replace('_', '-'),
                buttons,
                warnings,
                a.isPublished() ? a.url() : null,
                article.scheduledAt() == null ? null : VietnamTime.shortDateTime(article.scheduledAt()),
                article.scheduledAt() == null
                        ? defaultSchedule()
                        : LOCAL_INPUT.format(article.scheduledAt().atZone(VietnamTime.ZONE)),
                a.corrections().stream()
                        .map(c -> new ArticleViews.CorrectionRow(VietnamTime.updated(c.at()), c.note()))
                        .toList(),
                account.role().edits() && a.isPublished(),
                conflict,
                article.authorName().isBlank() ? a.byline() : article.authorName(),
                VietnamTime.shortDateTime(article.modifiedAt()) + " · " + article.modifiedBy(),
                account.id(),
                justSaved(request, article.id()));
    }

    private List<ArticleViews.FigureRow> figureRows(ArticleForm form, Image uploaded) {
        List<ArticleViews.FigureRow> rows = new ArrayList<>();
        List<String> images = form.figureImage() == null ? List.of() : form.figureImage();
        var ids = images.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> {
                    try {
                        return java.util.UUID.fromString(s.strip());
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .toList();
        var stored = media.findAll(ids);
        for (int i = 0; i < images.size(); i++) {
            String id = images.get(i);
            Image image = null;
            try {
                image = id == null || id.isBlank() ? null : stored.get(java.util.UUID.fromString(id.strip()));
            } catch (IllegalArgumentException ignored) {
                // an id that is not one: shown without its photo
            }
            rows.add(new ArticleViews.FigureRow(
                    i,
                    id == null ? "" : id,
                    image,
                    value(form.figureCaption(), i),
                    value(form.figureCredit(), i),
                    value(form.figureAlt(), i),
                    value(form.figurePosition(), i),
                    image != null && uploaded != null && image.id().equals(uploaded.id())));
        }
        return rows;
    }

    private List<Views.Option> sectionOptions(Long selected, String anyLabel) {
        List<Views.Option> options = new ArrayList<>();
        if (anyLabel != null) {
            options.add(new Views.Option("", anyLabel, selected == null));
        }
        for (Section s : sections.all()) {
            options.add(new Views.Option(String.valueOf(s.id()), s.name(), selected != null && selected == s.id()));
        }
        return options;
    }

    private String defaultSchedule() {
        LocalDateTime next = LocalDateTime.now(clock.withZone(VietnamTime.ZONE))
                .plus(Duration.ofHours(1))
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return LOCAL_INPUT.format(next);
    }

    private static NewsroomLayout withError(NewsroomLayout l, String error) {
        return new NewsroomLayout(l.title(), l.siteName(), l.user(), l.nav(), l.csrf(), l.notice(), error, l.t());
    }

    private static String value(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static ArticleStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String query(String status, Long sectionId, Long authorId, String q) {
        var query = new StringBuilder();
        if (status != null && !status.isBlank()) {
            query.append("trang-thai=").append(enc(status)).append('&');
        }
        if (sectionId != null) {
            query.append("chuyen-muc=").append(sectionId).append('&');
        }
        if (authorId != null) {
            query.append("tac-gia=").append(authorId).append('&');
        }
        if (q != null && !q.isBlank()) {
            query.append("q=").append(enc(q)).append('&');
        }
        return query.isEmpty() ? "" : query.substring(0, query.length() - 1);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
