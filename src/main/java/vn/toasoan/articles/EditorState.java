package vn.toasoan.articles;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.toasoan.media.Image;
import vn.toasoan.sections.Section;

/**
 * Everything the article editor shows about one article for one account, decided here rather than in the page: what
 * the article is, whether this account may change it, what the checks found and which of those stop publishing, the
 * moves this account may make, its revisions, its photos and the sections to choose from.
 *
 * @param article null for a new article, not yet saved
 * @param editable false when this account may only look (a reporter's article in review, say)
 * @param canCorrect this account may add an "Đính chính" under the article
 * @param revisions newest first
 * @param photos the stored photos the editor shows, by id: the article's and those of the form being shown again
 */
public record EditorState(
        WorkingArticle article,
        boolean editable,
        List<Warning> warnings,
        List<Transition> transitions,
        boolean canCorrect,
        List<RevisionEntry> revisions,
        Map<UUID, Image> photos,
        List<Section> sections) {

    public EditorState {
        warnings = List.copyOf(warnings);
        transitions = List.copyOf(transitions);
        revisions = List.copyOf(revisions);
        photos = Map.copyOf(photos);
        sections = List.copyOf(sections);
    }

    /**
     * A check before publishing that found something.
     *
     * @param message in the language of whoever asked
     * @param blocking the administrator made this check stop publishing
     */
    public record Warning(String code, String message, boolean blocking) {}

    public boolean isNew() {
        return article == null;
    }

    /** The revision the article holds now: the last one saved, as a refused save's copy never became the article. */
    public int currentRevision() {
        return revisions.stream()
                .filter(r -> r.kind() != RevisionKind.CONFLICT)
                .mapToInt(RevisionEntry::number)
                .max()
                .orElse(0);
    }

    /** @return the stored photo, or null when there is none with that id */
    public Image photo(UUID id) {
        return id == null ? null : photos.get(id);
    }
}
