package vn.toasoan.articles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.media.Image;
import vn.toasoan.media.MediaStore;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.sections.SectionNotFoundException;
import vn.toasoan.sections.Sections;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Writing and saving articles in the newsroom. Every save is a revision; a save based on an older version than the
 * stored one is refused (optimistic locking) and kept as a revision, so that nothing typed is lost.
 */
@Service
public class ArticleEditing {

    static final int MAX_TAGS = 20;

    private final EditorialRepository repository;
    private final RevisionRepository revisions;
    private final ListingRepository lists;
    private final BodySanitizer sanitizer;
    private final ArticleChecks checks;
    private final Sections sections;
    private final MediaStore media;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleEditing(
            EditorialRepository repository,
            RevisionRepository revisions,
            ListingRepository lists,
            BodySanitizer sanitizer,
            ArticleChecks checks,
            Sections sections,
            MediaStore media,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.revisions = revisions;
        this.lists = lists;
        this.sanitizer = sanitizer;
        this.checks = checks;
        this.sections = sections;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /** Reporters see their own articles; editors and administrators see every one. */
    public static boolean canRead(Account account, WorkingArticle article) {
        return account.role().edits() || article.writtenBy(account.id());
    }

    /** Reporters edit their own drafts; editors and administrators edit any article in any status. */
    public static boolean canEdit(Account account, WorkingArticle article) {
        return account.role().edits() || (article.writtenBy(account.id()) && article.status() == ArticleStatus.DRAFT);
    }

    /** The moves this account may make on this article now. */
    public static List<Transition> transitions(Account account, WorkingArticle article) {
        List<Transition> allowed = new ArrayList<>();
        for (Transition t : Transition.values()) {
            if (t.allowed(account.role(), article.writtenBy(account.id()), article.status())) {
                allowed.add(t);
            }
        }
        return allowed;
    }

    public WorkingArticle get(Account account, long id) {
        WorkingArticle article = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return readable(account, article);
    }

    /** The articles among {@code ids}, in their order, each read as {@link #get} reads it. */
    List<WorkingArticle> getAll(Account account, List<Long> ids) {
        return repository.findAll(ids).stream().map(a -> readable(account, a)).toList();
    }

    private static WorkingArticle readable(Account account, WorkingArticle article) {
        if (!canRead(account, article)) {
            throw new AccessDeniedException("Bài viết này không phải của bạn.");
        }
        return article;
    }

    /** Reporters' lists hold only their own articles, whatever the filter asks. */
    public Listing<WorkingSummary> list(Account account, ArticleFilter filter) {
        if (!account.role().edits()) {
            filter = new ArticleFilter(
                    filter.status(), filter.sectionId(), account.id(), filter.text(), filter.page(), filter.pageSize());
        }
        return repository.list(filter);
    }

    public List<ArticleWarning> warnings(WorkingArticle article) {
        return checks.check(article.article());
    }

    public long count(ArticleStatus status) {
        return repository.countByStatus(status);
    }

    /** Views per article over the last {@code days} days in Vietnam time, most first. */
    public List<ReadCount> mostRead(int days, int limit) {
        return lists.readCounts(LocalDate.now(clock).minusDays(days - 1L), limit);
    }

    @Transactional
    public WorkingArticle create(Account account, ArticleInput input) {
        CleanArticle clean = clean(input);
        media.keep(imageIds(clean));
        Instant now = clock.instant();
        long id = repository.insertDraft(clean, account.id(), account.email(), now);
        revisions.addRevision(id, RevisionKind.CREATE, now, account.email(), ArticleStatus.DRAFT, clean);
        events.publishEvent(new AuditEvent(
                account.email(), "article.create", "article", String.valueOf(id), "\"" + clean.title() + "\""));
        events.publishEvent(new ArticleChanged(id));
        return repository.find(id).orElseThrow();
    }

    /**
     * @param expectedVersion the version the editor was opened on
     * @throws ArticleConflictException when someone saved in between; this save is then kept as a revision
     * @throws BlockedByChecksException when the article is published and the change fails a blocking check
     */
    @Transactional(noRollbackFor = ArticleConflictException.class)
    public WorkingArticle save(Account account, long id, int expectedVersion, ArticleInput input) {
        return save(account, id, expectedVersion, input, RevisionKind.SAVE);
    }

    /** Saves an earlier revision's content as the newest one. */
    @Transactional(noRollbackFor = ArticleConflictException.class)
    public WorkingArticle restore(Account account, long id, int revision, int expectedVersion) {
        Revision old = revisions
                .revision(id, revision)
                .orElseThrow(() -> new ArticleInvalidException("Không có phiên bản số " + revision + "."));
        return save(account, id, expectedVersion, old.content().toInput(), RevisionKind.RESTORE);
    }

    /** "Đính chính": a dated note under a published article; the article's "Cập nhật" time moves to now. */
    @Transactional
    public WorkingArticle addCorrection(Account account, long id, String note) {
        WorkingArticle article = get(account, id);
        if (!account.role().edits()) {
            throw new AccessDeniedException("Chỉ biên tập viên mới được đính chính bài đã đăng.");
        }
        if (article.status() != ArticleStatus.PUBLISHED) {
            throw new WorkflowException("Chỉ đính chính được bài đã đăng.");
        }
        String clean = VietnameseText.nfc(note == null ? "" : note.strip());
        if (clean.isEmpty()) {
            throw new ArticleInvalidException("Cần nhập nội dung đính chính.");
        }
        if (clean.length() > 2000) {
            throw new ArticleInvalidException("Nội dung đính chính quá dài (tối đa 2.000 ký tự).");
        }
        Instant now = clock.instant();
        repository.addCorrection(id, clean, now, account.email());
        repository.touchPublic(id, account.email(), now);
        events.publishEvent(
                new AuditEvent(account.email(), "article.correction", "article", String.valueOf(id), clean));
        events.publishEvent(new ArticlePublished(id));
        return repository.find(id).orElseThrow();
    }

    private WorkingArticle save(Account account, long id, int expectedVersion, ArticleInput input, RevisionKind kind) {
        WorkingArticle current = get(account, id);
        if (!canEdit(account, current)) {
            throw new AccessDeniedException(
                    "Bài đang ở trạng thái \"" + ArticleStatusText.vi(current.status()) + "\": bạn không thể sửa.");
        }
        CleanArticle clean = clean(input);
        CleanArticle before = CleanArticle.of(current.article());
        boolean published = current.status() == ArticleStatus.PUBLISHED;
        boolean publicChange = published && !sameForReaders(before, clean);
        if (kind == RevisionKind.SAVE
                && expectedVersion == current.version()
                && sameForReaders(before, clean)
                && before.seoDescription().equals(clean.seoDescription())) {
            return current;
        }
        if (published) {
            refuseBlocked(current, clean);
        }
        // before the update: a save refused as a conflict is kept as a revision, and its photos with it
        media.keep(imageIds(clean));
        Instant now = clock.instant();
        if (!repository.update(id, expectedVersion, clean, account.email(), now, publicChange)) {
            WorkingArticle latest = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
            int kept = revisions.addRevision(id, RevisionKind.CONFLICT, now, account.email(), latest.status(), clean);
            events.publishEvent(new AuditEvent(
                    account.email(),
                    "article.conflict",
                    "article",
                    String.valueOf(id),
                    "lưu trùng với " + latest.modifiedBy() + "; giữ lại ở phiên bản " + kept));
            throw new ArticleConflictException(latest, kept, clean.toInput());
        }
        revisions.addRevision(id, kind, now, account.email(), current.status(), clean);
        events.publishEvent(new AuditEvent(
                account.email(),
                kind == RevisionKind.RESTORE ? "article.restore" : "article.update",
                "article",
                String.valueOf(id),
                changes(before, clean)));
        events.publishEvent(new ArticleChanged(id));
        if (publicChange) {
            events.publishEvent(new ArticlePublished(id));
        }
        return repository.find(id).orElseThrow();
    }

    /**
     * What readers already see must stay as clean as publishing demands: a save of a published article meets the same
     * blocking checks as publishing it.
     */
    private void refuseBlocked(WorkingArticle current, CleanArticle clean) {
        Article before = current.article();
        Map<UUID, Image> images = media.findAll(imageIds(clean));
        Article after = new Article(
                before.id(),
                clean.sectionId(),
                clean.title(),
                clean.slug(),
                clean.sapo(),
                clean.body(),
                clean.byline(),
                clean.seoDescription(),
                before.status(),
                before.publishedAt(),
                before.updatedAt(),
                before.version(),
                clean.figures().stream()
                        .map(f -> new Figure(
                                f.position(),
                                f.imageId() == null ? null : images.get(f.imageId()),
                                f.caption(),
                                f.credit(),
                                f.alt()))
                        .toList(),
                clean.tags(),
                before.corrections());
        checks.refuseBlocked(after);
    }

    private static Set<UUID> imageIds(CleanArticle clean) {
        return clean.figures().stream()
                .map(ArticleInput.FigureInput::imageId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    CleanArticle clean(ArticleInput input) {
        String title = oneLine(input.title());
        if (title.isEmpty()) {
            throw new ArticleInvalidException("Cần nhập tiêu đề.");
        }
        if (title.length() > 300) {
            throw new ArticleInvalidException("Tiêu đề quá dài (tối đa 300 ký tự).");
        }
        String slug = VietnameseText.slug(
                input.slug() == null || input.slug().isBlank() ? title : VietnameseText.nfc(input.slug()));
        if (slug.isEmpty()) {
            slug = "bai-viet";
        }
        if (input.sectionId() == null) {
            throw new ArticleInvalidException("Cần chọn chuyên mục.");
        }
        try {
            sections.byId(input.sectionId());
        } catch (SectionNotFoundException e) {
            throw new ArticleInvalidException("Chuyên mục không tồn tại.");
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (String name : input.tags()) {
            String clean = oneLine(name);
            String tagSlug = VietnameseText.slug(clean);
            if (!tagSlug.isEmpty()) {
                tags.putIfAbsent(tagSlug, new Tag(tagSlug, clean));
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new ArticleInvalidException("Nhiều nhất " + MAX_TAGS + " thẻ cho một bài.");
        }
        Set<java.util.UUID> known = media.findAll(input.figures().stream()
                        .map(ArticleInput.FigureInput::imageId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .keySet();
        List<ArticleInput.FigureInput> figures = new ArrayList<>();
        for (ArticleInput.FigureInput f : input.figures()) {
            if (f.imageId() != null && !known.contains(f.imageId())) {
                throw new ArticleInvalidException("Ảnh không còn trong kho ảnh; hãy tải lên lại.");
            }
            String credit = oneLine(f.credit()).replaceFirst("^(?iu)ảnh\\s*:\\s*", "");
            figures.add(new ArticleInput.FigureInput(
                    f.imageId(), oneLine(f.caption()), credit, oneLine(f.alt()), Math.max(0, f.position())));
        }
        figures.sort(java.util.Comparator.comparingInt(ArticleInput.FigureInput::position));
        return new CleanArticle(
                title,
                slug,
                oneLine(input.sapo()),
                sanitizer.sanitize(EditorHtml.normalise(input.body())),
                input.sectionId(),
                List.copyOf(tags.values()),
                oneLine(input.byline()),
                oneLine(input.seoDescription()),
                figures);
    }

    private static String oneLine(String s) {
        return s == null
                ? ""
                : VietnameseText.nfc(s).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    private static boolean sameForReaders(CleanArticle a, CleanArticle b) {
        return a.title().equals(b.title())
                && a.slug().equals(b.slug())
                && a.sapo().equals(b.sapo())
                && a.body().equals(b.body())
                && a.byline().equals(b.byline())
                && a.sectionId() == b.sectionId()
                && a.figures().equals(b.figures())
                && Set.copyOf(a.tags()).equals(Set.copyOf(b.tags()));
    }

    private static String changes(CleanArticle before, CleanArticle after) {
        List<String> changed = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changed.add("tiêu đề: \"" + before.title() + "\" → \"" + after.title() + "\"");
        }
        if (!before.slug().equals(after.slug())) {
            changed.add("đường dẫn: " + before.slug() + " → " + after.slug());
        }
        if (!before.sapo().equals(after.sapo())) {
            changed.add("sapo");
        }
        if (!before.body().equals(after.body())) {
            changed.add("thân bài");
        }
        if (before.sectionId() != after.sectionId()) {
            changed.add("chuyên mục");
        }
        if (!Set.copyOf(before.tags()).equals(Set.copyOf(after.tags()))) {
            changed.add("thẻ");
        }
        if (!before.figures().equals(after.figures())) {
            changed.add("ảnh");
        }
        if (!before.byline().equals(after.byline())) {
            changed.add("tác giả");
        }
        if (!before.seoDescription().equals(after.seoDescription())) {
            changed.add("mô tả SEO");
        }
        return changed.isEmpty() ? "không thay đổi nội dung" : String.join("; ", changed);
    }
}
