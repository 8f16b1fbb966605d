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
    private final ArticleText text;

    ArticleHistory(RevisionRepository repository, ArticleEditing editing, Sections sections, ArticleText text) {
        this.repository = repository;
        this.editing = editing;
        this.sections = sections;
        this.text = text;
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
                .orElseThrow(() -> new ArticleInvalidException(text.get("articles.noRevision", number)));
    }

    public RevisionDiff diff(Account account, long articleId, int from, int to) {
        return diff(revision(account, articleId, from), revision(account, articleId, to));
    }

    RevisionDiff diff(Revision from, Revision to) {
        CleanArticle a = from.content();
        CleanArticle b = to.content();
        List<RevisionDiff.Field> fields = new ArrayList<>();
        fields.add(field("title", List.of(a.title()), List.of(b.title())));
        fields.add(field("slug", List.of(a.slug()), List.of(b.slug())));
        fields.add(field("section", List.of(sectionName(a.sectionId())), List.of(sectionName(b.sectionId()))));
        fields.add(field("sapo", List.of(a.sapo()), List.of(b.sapo())));
        fields.add(field("body", ArticleChecks.paragraphs(a.body()), ArticleChecks.paragraphs(b.body())));
        fields.add(field("figures", figures(a), figures(b)));
        fields.add(field("tags", List.of(tags(a)), List.of(tags(b))));
        fields.add(field("byline", List.of(a.byline()), List.of(b.byline())));
        fields.add(field("seo", List.of(a.seoDescription()), List.of(b.seoDescription())));
        return new RevisionDiff(from, to, fields);
    }

    private RevisionDiff.Field field(String name, List<String> before, List<String> after) {
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
        return new RevisionDiff.Field(text.get("articles.diff." + name), lines);
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

    private List<String> figures(CleanArticle article) {
        Function<ArticleInput.FigureInput, String> line =
                f -> text.get("articles.diff.figure", String.valueOf(f.position()), f.caption())
                        + (f.credit().isBlank() ? "" : text.get("articles.diff.figureCredit", f.credit()))
                        + (f.alt().isBlank() ? "" : text.get("articles.diff.figureAlt", f.alt()));
        return article.figures().stream().map(line).toList();
    }
}
