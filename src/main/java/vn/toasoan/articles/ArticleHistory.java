package vn.toasoan.articles;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.toasoan.accounts.Account;
import vn.toasoan.sections.Sections;

/** The revisions of an article, and readable differences between any two of them. */
@Service
public class ArticleHistory {

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(true)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private final RevisionRepository repository;
    private final ArticleEditing editing;
    private final Sections sections;

    ArticleHistory(RevisionRepository repository, ArticleEditing editing, Sections sections) {
        this.repository = repository;
        this.editing = editing;
        this.sections = sections;
    }

    /** Newest first. */
    public List<Revision> revisions(Account account, long articleId) {
        editing.get(account, articleId);
        return repository.revisions(articleId);
    }

    public Revision revision(Account account, long articleId, int number) {
        editing.get(account, articleId);
        return repository
                .revision(articleId, number)
                .orElseThrow(() -> new ArticleInvalidException("Không có phiên bản số " + number + "."));
    }

    public RevisionDiff diff(Account account, long articleId, int from, int to) {
        return diff(revision(account, articleId, from), revision(account, articleId, to));
    }

    RevisionDiff diff(Revision from, Revision to) {
        CleanArticle a = from.content();
        CleanArticle b = to.content();
        List<RevisionDiff.Field> fields = new ArrayList<>();
        fields.add(field("Tiêu đề", List.of(a.title()), List.of(b.title())));
        fields.add(field("Đường dẫn", List.of(a.slug()), List.of(b.slug())));
        fields.add(field("Chuyên mục", List.of(sectionName(a.sectionId())), List.of(sectionName(b.sectionId()))));
        fields.add(field("Sapo", List.of(a.sapo()), List.of(b.sapo())));
        fields.add(field("Thân bài", ArticleChecks.paragraphs(a.body()), ArticleChecks.paragraphs(b.body())));
        fields.add(field("Ảnh", figures(a), figures(b)));
        fields.add(field("Thẻ", List.of(tags(a)), List.of(tags(b))));
        fields.add(field("Tác giả", List.of(a.byline()), List.of(b.byline())));
        fields.add(field("Mô tả SEO", List.of(a.seoDescription()), List.of(b.seoDescription())));
        return new RevisionDiff(from, to, fields);
    }

    private static RevisionDiff.Field field(String label, List<String> before, List<String> after) {
        List<RevisionDiff.Line> lines = new ArrayList<>();
        for (DiffRow row : WORDS.generateDiffRows(before, after)) {
            RevisionDiff.Change change = switch (row.getTag()) {
                case EQUAL -> RevisionDiff.Change.EQUAL;
                case CHANGE -> RevisionDiff.Change.CHANGED;
                case INSERT -> RevisionDiff.Change.ADDED;
                case DELETE -> RevisionDiff.Change.REMOVED;
            };
            // merged rows carry both texts in the old line; inserted rows only in the new one
            String html = row.getTag() == DiffRow.Tag.INSERT ? row.getNewLine() : row.getOldLine();
            lines.add(new RevisionDiff.Line(change, html));
        }
        return new RevisionDiff.Field(label, lines);
    }

    private String sectionName(long id) {
        return sections.all().stream()
                .filter(s -> s.id() == id)
                .map(vn.toasoan.sections.Section::name)
                .findFirst()
                .orElse("#" + id);
    }

    private static String tags(CleanArticle article) {
        return String.join(", ", article.tags().stream().map(Tag::name).toList());
    }

    private static List<String> figures(CleanArticle article) {
        Function<ArticleInput.FigureInput, String> text = f -> "[sau đoạn " + f.position() + "] " + f.caption()
                + (f.credit().isBlank() ? "" : " — Ảnh: " + f.credit())
                + (f.alt().isBlank() ? "" : " (alt: " + f.alt() + ")");
        return article.figures().stream().map(text).toList();
    }
}
