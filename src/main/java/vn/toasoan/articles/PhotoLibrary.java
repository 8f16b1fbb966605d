package vn.toasoan.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.accounts.Account;
import vn.toasoan.media.Image;
import vn.toasoan.media.MediaStore;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * "Thư viện ảnh": every photo the newsroom kept, found by the captions and credits it was used with and by the day it
 * came in. A photo is stored once; each article that uses it has a figure of its own, with its own caption and credit.
 * The photos are the whole newsroom's, but a reporter sees only the uses that the article list shows them: in their
 * own articles and in published ones, never the title or caption of a colleague's unpublished work.
 */
@Service
public class PhotoLibrary {

    /**
     * The viewer opens the figure's article ({@code a}) in the newsroom, as {@link ArticleRights#canRead} says: two
     * parameters, sees all and the viewer's id.
     */
    private static final String OPENED_BY = "(? OR a.author_id = ?)";

    /** The viewer may read the figure's article: in the newsroom, or on the site. Same two parameters. */
    private static final String SEEN_BY = "(" + OPENED_BY + " OR a.status = 'PUBLISHED')";

    private final JdbcClient jdbc;
    private final MediaStore media;
    private final ArticleText text;
    private final ApplicationEventPublisher events;

    PhotoLibrary(JdbcClient jdbc, MediaStore media, ArticleText text, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.media = media;
        this.text = text;
        this.events = events;
    }

    /**
     * An article that shows the photo, with the caption and credit it gave it.
     *
     * @param readerUrl its page on the site when the viewer may read it only there (a colleague's published article,
     *     which the newsroom would refuse them), otherwise null
     */
    public record Use(long articleId, String title, String caption, String credit, String readerUrl) {}

    /**
     * @param uses newest first, those the viewer may see
     * @param unseenUses how many more articles use it that the viewer may not see (a colleague's unpublished ones)
     */
    public record Photo(Image image, String originalName, Instant uploadedAt, List<Use> uses, int unseenUses) {

        /** The words the photo was last published or saved with, to start a new use from. */
        public String caption() {
            return uses.isEmpty() ? "" : uses.get(0).caption();
        }

        public String credit() {
            return uses.isEmpty() ? "" : uses.get(0).credit();
        }
    }

    public record Found(List<Photo> photos, int total) {}

    /**
     * @param words matched, ignoring case, against every caption and credit the photo was used with (that the viewer
     *     may see) and its file name
     * @param from uploaded at or after, or null
     * @param before uploaded before, or null
     */
    public Found search(Account viewer, String words, Instant from, Instant before, int limit, int offset) {
        boolean seesAll = viewer.role().edits();
        String like = "%" + escape(VietnameseText.nfc(words == null ? "" : words.strip())) + "%";
        List<Object[]> rows = new ArrayList<>();
        int[] total = {0};
        jdbc.sql("""
                        SELECT m.id AS image_id, m.width, m.height, m.widths, m.formats, m.original_name, m.created_at,
                               count(*) OVER () AS total
                        FROM media_images m
                        WHERE m.status = 'SAVED'
                          AND (? = '%%' OR m.original_name ILIKE ? OR EXISTS (
                                SELECT 1 FROM figures f JOIN articles a ON a.id = f.article_id
                                WHERE f.image_id = m.id AND (f.caption ILIKE ? OR f.credit ILIKE ?) AND """ + SEEN_BY + """
                                ))
                          AND (?::timestamptz IS NULL OR m.created_at >= ?::timestamptz)
                          AND (?::timestamptz IS NULL OR m.created_at < ?::timestamptz)
                        ORDER BY m.created_at DESC, m.id LIMIT ? OFFSET ?""")
                .params(
                        like,
                        like,
                        like,
                        like,
                        seesAll,
                        viewer.id(),
                        ArticleRepository.utc(from),
                        ArticleRepository.utc(from),
                        ArticleRepository.utc(before),
                        ArticleRepository.utc(before),
                        limit,
                        offset)
                .query(rs -> {
                    total[0] = rs.getInt("total");
                    rows.add(new Object[] {
                        ArticleRepository.image(rs),
                        rs.getString("original_name"),
                        ArticleRepository.instant(rs, "created_at")
                    });
                });
        Uses uses = uses(rows.stream().map(r -> ((Image) r[0]).id()).toArray(UUID[]::new), seesAll, viewer.id());
        List<Photo> photos = rows.stream()
                .map(r -> {
                    UUID id = ((Image) r[0]).id();
                    return new Photo(
                            (Image) r[0],
                            (String) r[1],
                            (Instant) r[2],
                            uses.seen().getOrDefault(id, List.of()),
                            uses.unseen().getOrDefault(id, 0));
                })
                .toList();
        return new Found(photos, total[0]);
    }

    /** The uses of each photo the viewer may see, and how many others it has. */
    private record Uses(Map<UUID, List<Use>> seen, Map<UUID, Integer> unseen) {}

    private Uses uses(UUID[] ids, boolean seesAll, long viewerId) {
        var uses = new Uses(new HashMap<>(), new HashMap<>());
        if (ids.length == 0) {
            return uses;
        }
        jdbc.sql("SELECT f.image_id, a.id, a.title, a.slug, f.caption, f.credit, a.status = 'PUBLISHED' AS published, "
                        + OPENED_BY + """
                         AS opens
                        FROM figures f JOIN articles a ON a.id = f.article_id
                        WHERE f.image_id = ANY(?) ORDER BY f.id DESC""")
                .params(seesAll, viewerId, ids)
                .query(rs -> {
                    UUID image = rs.getObject("image_id", UUID.class);
                    boolean opens = rs.getBoolean("opens");
                    if (opens || rs.getBoolean("published")) {
                        uses.seen()
                                .computeIfAbsent(image, id -> new ArrayList<>())
                                .add(new Use(
                                        rs.getLong("id"),
                                        rs.getString("title"),
                                        rs.getString("caption"),
                                        rs.getString("credit"),
                                        opens ? null : ArticleSummary.path(rs.getString("slug"), rs.getLong("id"))));
                    } else {
                        uses.unseen().merge(image, 1, Integer::sum);
                    }
                });
        return uses;
    }

    /** Deletes a photo no article shows, files and all; editors and administrators only. */
    @Transactional
    public void deleteUnused(Account account, UUID id) {
        if (!account.role().edits()) {
            throw new AccessDeniedException(text.get("articles.library.editorsOnly"));
        }
        int used = jdbc.sql("SELECT count(*) FROM figures WHERE image_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        if (used > 0) {
            throw new ArticleInvalidException(text.get("articles.library.inUse", used));
        }
        String name = jdbc.sql("SELECT original_name FROM media_images WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ArticleInvalidException(text.get("articles.library.notFound")));
        media.delete(id);
        events.publishEvent(new AuditEvent(
                account.email(), "media.delete", "media", id.toString(), text.vi("articles.audit.photoDeleted", name)));
    }

    private static String escape(String like) {
        return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
