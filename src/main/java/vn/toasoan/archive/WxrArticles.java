package vn.toasoan.archive;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import vn.toasoan.articles.ArticleArchive;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.comments.CommentArchive;
import vn.toasoan.platform.OperatorText;

/**
 * A WordPress post as an article here: its first category as its section (the others as tags, beside its tags), its
 * author's display name as its byline, its excerpt (or first paragraph) as its sapo, its photos as figures with their
 * captions, its date kept, a draft kept a draft, and its permalink remembered as an old address.
 */
final class WxrArticles {

    /** What WordPress statuses become: published, or a draft that never shows. Trash and auto-drafts stay out. */
    private static final Set<String> PUBLISHED = Set.of("publish");

    private static final Set<String> DRAFTS = Set.of("draft", "pending", "private", "future");

    private final String site;
    private final ArchiveSections sections;
    private final ArchiveImages images;
    private final ArchiveRepository repository;
    private final Clock clock;

    WxrArticles(
            String site, ArchiveSections sections, ArchiveImages images, ArchiveRepository repository, Clock clock) {
        this.site = site;
        this.sections = sections;
        this.images = images;
        this.repository = repository;
        this.clock = clock;
    }

    static boolean imports(WxrItem item) {
        return item.isPost() && (PUBLISHED.contains(item.status()) || DRAFTS.contains(item.status()));
    }

    /** Where a post came from, as recorded so that it is never imported twice. */
    String source(WxrItem item) {
        return "wxr:" + site + "#" + item.id();
    }

    /**
     * An article ready to insert, with what the newsroom should hear about it.
     *
     * @param photos how many photos it has an image for
     * @param missingPhotos how many it names without an image to be had
     */
    record Converted(ArticleArchive.ArchivedArticle article, int photos, int missingPhotos, List<String> notes) {}

    /** The featured photos of a batch of posts, by attachment id, in one query. */
    Map<Long, ArchiveRepository.Attachment> featured(List<WxrItem> items) {
        List<Long> ids = new ArrayList<>();
        for (WxrItem item : items) {
            long id = thumbnail(item);
            if (id > 0) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? new HashMap<>() : repository.attachments(site, ids);
    }

    Converted convert(WxrItem item, String byline, Map<Long, ArchiveRepository.Attachment> featured) {
        List<String> notes = new ArrayList<>();
        WordPressBody.Parsed body = WordPressBody.parse(item.content());
        List<String> paragraphs = new ArrayList<>(body.paragraphs());
        List<WordPressBody.Photo> photos = new ArrayList<>(body.photos());
        String sapo = ArchiveImporter.plain(item.excerpt());
        if (sapo.isEmpty() && !paragraphs.isEmpty()) {
            // the lead: WordPress papers write it as the first paragraph when they leave the excerpt empty
            sapo = Jsoup.parse(paragraphs.remove(0)).text();
            photos.replaceAll(p -> p.position() > 0
                    ? new WordPressBody.Photo(p.position() - 1, p.url(), p.caption(), p.credit(), p.alt())
                    : p);
        }
        ArchiveRepository.Attachment thumbnail = featured.get(thumbnail(item));
        if (thumbnail != null && photos.stream().noneMatch(p -> sameImage(p.url(), thumbnail.url()))) {
            String[] caption = WordPressBody.captionAndCredit(thumbnail.caption());
            photos.add(0, new WordPressBody.Photo(0, thumbnail.url(), caption[0], caption[1], ""));
        }
        List<NewArticle.NewFigure> figures = new ArrayList<>();
        int stored = 0;
        int missing = 0;
        for (WordPressBody.Photo photo : photos) {
            ArchiveImages.Outcome outcome = images.store(absolute(photo.url()));
            UUID imageId = outcome.imageId();
            if (imageId != null) {
                stored++;
            } else {
                missing++;
                notes.add(OperatorText.get(
                        "archive.report.photo." + outcome.missing().name(), photo.url()));
            }
            figures.add(
                    new NewArticle.NewFigure(photo.position(), imageId, photo.caption(), photo.credit(), photo.alt()));
        }
        long section = item.categories().isEmpty()
                ? sections.fallback()
                : sections.forCategory(
                        item.categories().get(0).slug(),
                        item.categories().get(0).name());
        Set<String> tags = new LinkedHashSet<>();
        item.categories().stream().skip(1).forEach(c -> tags.add(c.name()));
        item.tags().forEach(t -> tags.add(t.name()));
        tags.removeIf(String::isBlank);
        Instant date = ArchiveImporter.orNow(item.date(), clock);
        String title = item.title().isBlank() ? OperatorText.get("archive.untitled", item.id()) : item.title();
        var article = new NewArticle(
                section, title, sapo, String.join("\n", paragraphs), byline, List.copyOf(tags), figures, date, date);
        boolean draft = !PUBLISHED.contains(item.status());
        return new Converted(
                new ArticleArchive.ArchivedArticle(article, draft, draft ? List.of() : oldPaths(item)),
                stored,
                missing,
                notes);
    }

    /** A post's approved readers' comments; spam, trash, those waiting, pingbacks and trackbacks stay out. */
    List<CommentArchive.ArchivedComment> comments(WxrItem item, long articleId) {
        List<CommentArchive.ArchivedComment> out = new ArrayList<>();
        for (WxrItem.Comment c : item.comments()) {
            if (c.isApprovedReaderComment() && !c.content().isBlank()) {
                out.add(new CommentArchive.ArchivedComment(
                        articleId,
                        c.author().isBlank() ? OperatorText.get("archive.anonymous") : c.author(),
                        c.email(),
                        ArchiveImporter.plain(c.content().replace("\n", "<br>")).replace("\u00a0", " "),
                        c.ip(),
                        ArchiveImporter.orNow(c.date(), clock)));
            }
        }
        return out;
    }

    /** The permalink's path, with and without its trailing slash, and the plain {@code /?p=ID} form. */
    private List<String> oldPaths(WxrItem item) {
        Set<String> paths = new LinkedHashSet<>();
        for (String link : List.of(item.link(), item.guid())) {
            String path = path(link);
            if (path == null || path.equals("/")) {
                continue;
            }
            paths.add(path);
            if (!path.contains("?")) {
                paths.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
            }
        }
        paths.add("/?p=" + item.id());
        return List.copyOf(paths);
    }

    private static String path(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip().replace(" ", "%20"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A photo's address made absolute against the old site, as uploads in a post's body often are not. */
    private String absolute(String url) {
        if (url == null || url.isBlank() || url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        if (url.startsWith("//")) {
            return "https:" + url;
        }
        return site + (url.startsWith("/") ? "" : "/") + url;
    }

    private static long thumbnail(WxrItem item) {
        try {
            return Long.parseLong(item.meta().getOrDefault("_thumbnail_id", "0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean sameImage(String a, String b) {
        return strip(a).equals(strip(b));
    }

    /** Without WordPress's size suffix and the scheme, so that a resized copy is the same photo. */
    private static String strip(String url) {
        return url.replaceFirst("^https?:", "").replaceFirst("-\\d+x\\d+(\\.[A-Za-z0-9]+)$", "$1");
    }
}
