package vn.toasoan.articles;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.toasoan.accounts.Account;
import vn.toasoan.media.Image;
import vn.toasoan.media.MediaStore;
import vn.toasoan.sections.Sections;

/** The article editor's one question to articles: in what state is this article, for this account? */
@Service
public class ArticleDesk {

    private final ArticleEditing editing;
    private final ArticleChecks checks;
    private final RevisionRepository revisions;
    private final MediaStore media;
    private final Sections sections;

    ArticleDesk(
            ArticleEditing editing,
            ArticleChecks checks,
            RevisionRepository revisions,
            MediaStore media,
            Sections sections) {
        this.editing = editing;
        this.checks = checks;
        this.revisions = revisions;
        this.media = media;
        this.sections = sections;
    }

    /**
     * @param shownPhotos ids of photos the editor shows beyond the article's own: those of a form shown again after a
     *     refused save, such as a photo uploaded with it
     */
    public EditorState open(Account account, long id, Collection<UUID> shownPhotos) {
        WorkingArticle article = editing.get(account, id);
        Set<String> blocking = checks.blockingCodes();
        List<EditorState.Warning> warnings = checks.check(article.article()).stream()
                .map(w -> new EditorState.Warning(w.code(), w.message(), blocking.contains(w.code())))
                .toList();
        Map<UUID, Image> photos = new HashMap<>();
        for (Figure figure : article.article().figures()) {
            if (figure.image() != null) {
                photos.put(figure.image().id(), figure.image());
            }
        }
        return new EditorState(
                article,
                ArticleRights.canEdit(account, article),
                warnings,
                ArticleRights.transitions(account, article),
                ArticleRights.canCorrect(account, article),
                revisions.entries(id),
                withShown(photos, shownPhotos),
                sections.all());
    }

    /** A new article: anyone may write one, and its first move is to submit it. */
    public EditorState blank(Account account, Collection<UUID> shownPhotos) {
        return new EditorState(
                null,
                true,
                List.of(),
                List.of(Transition.SUBMIT),
                false,
                List.of(),
                withShown(new HashMap<>(), shownPhotos),
                sections.all());
    }

    private Map<UUID, Image> withShown(Map<UUID, Image> photos, Collection<UUID> shown) {
        Set<UUID> missing = new HashSet<>(shown);
        missing.removeAll(photos.keySet());
        missing.remove(null);
        if (!missing.isEmpty()) {
            photos.putAll(media.findAll(missing));
        }
        return photos;
    }
}
