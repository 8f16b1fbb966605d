package vn.toasoan.newsroom.articles;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.toasoan.articles.Article;
import vn.toasoan.articles.ArticleConflictException;
import vn.toasoan.articles.ArticleTrash;
import vn.toasoan.articles.CleanArticle;
import vn.toasoan.articles.EditorState;
import vn.toasoan.articles.LeadPhoto;
import vn.toasoan.articles.Transition;
import vn.toasoan.articles.WorkingArticle;
import vn.toasoan.media.Image;
import vn.toasoan.newsroom.Desk;
import vn.toasoan.newsroom.NewsroomLayout;
import vn.toasoan.newsroom.Text;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;

/** Turns an article's {@link EditorState} and the form being edited into the editor page's view. */
@Component
class EditorViews {

    /** Set as a flash attribute by a save of the editor form, with the article's id. */
    static final String SAVED = "savedArticle";

    /** As the newsroom writes every time, whatever the browser's language (see NewsroomTime). */
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final Desk desk;
    private final Clock clock;
    private final ArticleTrash trash;

    EditorViews(Desk desk, Clock clock, ArticleTrash trash) {
        this.desk = desk;
        this.clock = clock;
        this.trash = trash;
    }

    /**
     * @param form what to show in the form, or null for the article as stored
     * @param error why the last save failed, or null
     * @param conflict someone else's save that refused this one, or null
     * @param uploaded a photo uploaded with a save that failed, kept in the form, or null
     */
    ArticleViews.EditorView view(
            HttpServletRequest request,
            EditorState state,
            ArticleForm form,
            String error,
            ArticleConflictException conflict,
            Image uploaded) {
        Text t = desk.text();
        WorkingArticle article = state.article();
        if (article == null) {
            form = form == null ? ArticleForm.empty(firstSection(state)) : form;
            NewsroomLayout layout = withError(desk.layout(request, "nav.newArticle", "/toa-soan/bai-viet/moi"), error);
            return new ArticleViews.EditorView(
                    layout,
                    null,
                    true,
                    form,
                    figureRows(state, form, uploaded),
                    sectionOptions(state, form.sectionId()),
                    t.lookup("status.DRAFT"),
                    "draft",
                    buttons(t, state),
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
                    false,
                    LeadPhoto.NONE,
                    false,
                    false);
        }
        Article a = article.article();
        form = form == null ? ArticleForm.of(CleanArticle.of(a).toInput(), article.version()) : form;
        NewsroomLayout layout = withError(desk.layout(request, a.title(), "/toa-soan/bai-viet"), error);
        return new ArticleViews.EditorView(
                layout,
                article.id(),
                state.editable(),
                form,
                figureRows(state, form, uploaded),
                sectionOptions(state, form.sectionId()),
                t.lookup("status." + article.status().name()),
                article.status().name().toLowerCase().replace('_', '-'),
                buttons(t, state),
                state.warnings().stream()
                        .map(w -> new ArticleViews.Warning(w.code(), w.message(), w.blocking()))
                        .toList(),
                a.isPublished() ? a.url() : null,
                article.scheduledAt() == null ? null : VietnamTime.shortDateTime(article.scheduledAt()),
                article.scheduledAt() == null
                        ? defaultSchedule()
                        : LOCAL_INPUT.format(article.scheduledAt().atZone(VietnamTime.ZONE)),
                a.corrections().stream()
                        .map(c -> new ArticleViews.CorrectionRow(VietnamTime.updated(c.at()), c.note()))
                        .toList(),
                state.canCorrect(),
                conflict == null ? null : conflict(state, conflict),
                article.authorName().isBlank() ? a.byline() : article.authorName(),
                VietnamTime.shortDateTime(article.modifiedAt()) + " · " + article.modifiedBy(),
                desk.account().id(),
                justSaved(request, article.id()),
                a.lead(),
                ArticleTrash.canDelete(desk.account(), article),
                trash.inTrash(article.id()));
    }

    private static List<ArticleViews.TransitionButton> buttons(Text t, EditorState state) {
        return state.transitions().stream()
                .map(tr -> new ArticleViews.TransitionButton(
                        tr.name(),
                        t.lookup("transition." + tr.name()),
                        tr.needsTime(),
                        tr == Transition.PUBLISH || tr == Transition.SUBMIT,
                        tr.asksFirst() ? t.lookup("transition." + tr.name() + ".confirm") : null))
                .toList();
    }

    private static ArticleViews.Conflict conflict(EditorState state, ArticleConflictException e) {
        return new ArticleViews.Conflict(
                e.savedBy(),
                VietnamTime.shortDateTime(e.savedAt()),
                e.keptRevision(),
                "/toa-soan/bai-viet/" + e.current().id() + "/lich-su/so-sanh?tu=" + Math.max(1, state.currentRevision())
                        + "&den=" + e.keptRevision());
    }

    private static List<ArticleViews.FigureRow> figureRows(EditorState state, ArticleForm form, Image uploaded) {
        List<ArticleViews.FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < form.figures().size(); i++) {
            FigureForm figure = form.figures().get(i);
            Image image = state.photo(figure.imageId());
            rows.add(new ArticleViews.FigureRow(
                    i,
                    figure.image(),
                    image,
                    figure.caption(),
                    figure.credit(),
                    figure.alt(),
                    figure.position(),
                    image != null && uploaded != null && image.id().equals(uploaded.id())));
        }
        return rows;
    }

    private static List<vn.toasoan.newsroom.Views.Option> sectionOptions(EditorState state, Long selected) {
        List<vn.toasoan.newsroom.Views.Option> options = new ArrayList<>();
        for (Section s : state.sections()) {
            options.add(new vn.toasoan.newsroom.Views.Option(
                    String.valueOf(s.id()), s.name(), selected != null && selected == s.id()));
        }
        return options;
    }

    private static Long firstSection(EditorState state) {
        return state.sections().isEmpty() ? null : state.sections().get(0).id();
    }

    private String defaultSchedule() {
        LocalDateTime next = LocalDateTime.now(clock.withZone(VietnamTime.ZONE))
                .plus(Duration.ofHours(1))
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return LOCAL_INPUT.format(next);
    }

    /**
     * Only a save of the editor form may discard the text the browser keeps: other actions on the same page (adding a
     * correction, a workflow move) reload it too, and must leave what was typed but not saved.
     */
    private static boolean justSaved(HttpServletRequest request, long id) {
        var flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && Long.valueOf(id).equals(flash.get(SAVED));
    }

    private static NewsroomLayout withError(NewsroomLayout l, String error) {
        return error == null
                ? l
                : new NewsroomLayout(l.title(), l.siteName(), l.user(), l.nav(), l.csrf(), l.notice(), error, l.t());
    }
}
