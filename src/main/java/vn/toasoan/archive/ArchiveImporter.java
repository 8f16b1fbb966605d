package vn.toasoan.archive;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toasoan.articles.ArticleArchive;
import vn.toasoan.comments.CommentArchive;
import vn.toasoan.media.MediaStore;
import vn.toasoan.platform.OperatorText;
import vn.toasoan.search.BulkIndexing;

/**
 * Imports an archive a batch at a time. Each batch is one transaction that inserts its articles, their comments and
 * old addresses, and records where each came from; a run interrupted and started again skips what an earlier run
 * committed, so no article is imported twice. After each batch the search index is committed once.
 */
@Service
class ArchiveImporter {

    static final int BATCH = 500;

    private final ArticleArchive articles;
    private final CommentArchive comments;
    private final MediaStore media;
    private final ArchiveRepository repository;
    private final ArchiveSections sections;
    private final BulkIndexing index;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ArchiveImporter(
            ArticleArchive articles,
            CommentArchive comments,
            MediaStore media,
            ArchiveRepository repository,
            ArchiveSections sections,
            BulkIndexing index,
            TransactionTemplate transaction,
            Clock clock) {
        this.articles = articles;
        this.comments = comments;
        this.media = media;
        this.repository = repository;
        this.sections = sections;
        this.index = index;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @param uploads the old site's {@code wp-content/uploads} tree, or null
     * @param download whether photos missing from it are fetched from their address
     * @param section the section of scraped pages (its slug), or null for the first one
     */
    record Options(Path uploads, boolean download, String section) {}

    /** Told how far the import is; a test may stop it there, as an interruption would. */
    interface Listener {
        void started(long total);

        void progressed(long done);
    }

    /** Imports a WordPress export: its attachments first (for featured photos), then its posts. */
    ImportSummary importWxr(Path file, Options options, Listener listener, ImportReport report) throws IOException {
        var summary = new ImportSummary();
        String site;
        long total = 0;
        try (WxrReader reader = WxrReader.open(file)) {
            List<ArchiveRepository.Attachment> attachments = new ArrayList<>();
            for (WxrItem item = reader.next(); item != null; item = reader.next()) {
                if (item.isAttachment() && item.attachmentUrl() != null) {
                    attachments.add(
                            new ArchiveRepository.Attachment(item.id(), item.attachmentUrl(), plain(item.excerpt())));
                    if (attachments.size() >= 1_000) {
                        repository.rememberAttachments(reader.site(), attachments);
                        attachments.clear();
                    }
                } else if (WxrArticles.imports(item)) {
                    total++;
                }
            }
            site = reader.site();
            repository.rememberAttachments(site, attachments);
        }
        listener.started(total);
        var images = new ArchiveImages(media, repository, options.uploads(), options.download());
        var wxr = new WxrArticles(site, sections, images, repository, clock);
        ExecutorService photos =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (WxrReader reader = WxrReader.open(file);
                ArchiveIndexing indexing = new ArchiveIndexing(index, summary)) {
            List<WxrItem> batch = new ArrayList<>();
            for (WxrItem item = reader.next(); item != null; item = reader.next()) {
                if (WxrArticles.imports(item)) {
                    batch.add(item);
                } else if (!item.isAttachment()) {
                    summary.otherItems++;
                }
                if (batch.size() == BATCH) {
                    wxrBatch(batch, reader, wxr, photos, indexing, summary, report);
                    listener.progressed(summary.done());
                    batch.clear();
                }
            }
            wxrBatch(batch, reader, wxr, photos, indexing, summary, report);
            listener.progressed(summary.done());
        } finally {
            photos.shutdownNow();
        }
        summary.unreachableHosts.addAll(images.unreachableHosts());
        return summary;
    }

    private void wxrBatch(
            List<WxrItem> items,
            WxrReader reader,
            WxrArticles wxr,
            ExecutorService photos,
            ArchiveIndexing indexing,
            ImportSummary summary,
            ImportReport report) {
        if (items.isEmpty()) {
            return;
        }
        Set<String> done = repository.imported(items.stream().map(wxr::source).toList());
        List<WxrItem> fresh =
                items.stream().filter(i -> !done.contains(wxr.source(i))).toList();
        summary.skipped += items.size() - fresh.size();
        List<Future<WxrArticles.Converted>> converting = new ArrayList<>();
        Map<Long, ArchiveRepository.Attachment> featured = wxr.featured(fresh);
        for (WxrItem item : fresh) {
            String byline = reader.byline(item.creator());
            converting.add(photos.submit(() -> wxr.convert(item, byline, featured)));
        }
        List<WxrArticles.Converted> converted = new ArrayList<>();
        for (Future<WxrArticles.Converted> future : converting) {
            converted.add(ArchiveImporter.get(future));
        }
        List<ArticleArchive.Inserted> inserted = transaction.execute(status -> {
            List<ArticleArchive.Inserted> rows = articles.insert(
                    converted.stream().map(WxrArticles.Converted::article).toList());
            List<Long> ids = rows.stream().map(ArticleArchive.Inserted::id).toList();
            repository.recordSources(fresh.stream().map(wxr::source).toList(), ids);
            List<CommentArchive.ArchivedComment> approved = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                approved.addAll(wxr.comments(fresh.get(i), ids.get(i)));
            }
            comments.insertApproved(approved);
            summary.comments += approved.size();
            return rows;
        });
        for (int i = 0; i < converted.size(); i++) {
            WxrArticles.Converted c = converted.get(i);
            ArticleArchive.Inserted row = inserted.get(i);
            if (c.article().draft()) {
                summary.drafts++;
            }
            summary.imported++;
            summary.photos += c.photos();
            summary.photosMissing += c.missingPhotos();
            summary.redirects += c.article().oldPaths().size();
            List<String> notes = new ArrayList<>(row.warnings());
            notes.addAll(c.notes());
            report.add(row.path() + "  (" + fresh.get(i).link() + ")", notes);
        }
        report.flush();
        indexing.submit(inserted);
    }

    /** Imports the article pages of a folder and the folders below it, in name order. */
    ImportSummary importFolder(Path folder, Options options, Listener listener, ImportReport report)
            throws IOException {
        var summary = new ImportSummary();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        listener.started(files.size());
        long section = sections.forPages(options.section());
        try (ArchiveIndexing indexing = new ArchiveIndexing(index, summary)) {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                pagesBatch(folder, batch, section, indexing, summary, report);
                listener.progressed(Math.min(files.size(), from + BATCH));
            }
        }
        return summary;
    }

    private void pagesBatch(
            Path folder,
            List<Path> files,
            long section,
            ArchiveIndexing indexing,
            ImportSummary summary,
            ImportReport report)
            throws IOException {
        List<String> sources = new ArrayList<>();
        List<ArticleArchive.ArchivedArticle> pages = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        Set<String> inBatch = new LinkedHashSet<>();
        Map<String, Path> bySource = new java.util.HashMap<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String source = "page:" + sha256(bytes);
            if (inBatch.add(source)) {
                bySource.put(source, file);
            }
        }
        Set<String> done = repository.imported(inBatch);
        for (String source : inBatch) {
            Path file = bySource.get(source);
            if (done.contains(source)) {
                summary.skipped++;
                continue;
            }
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                pages.add(articles.fromScrapedPage(text, section));
                sources.add(source);
                read.add(file);
            } catch (CharacterCodingException e) {
                summary.notArticles++;
                report.add(folder.relativize(file).toString(), List.of(OperatorText.get("archive.report.notUtf8")));
            } catch (RuntimeException e) {
                summary.notArticles++;
                report.add(
                        folder.relativize(file).toString(),
                        List.of(OperatorText.get("archive.report.notAnArticle", articles.explain(e))));
            }
        }
        summary.skipped += files.size() - inBatch.size();
        List<ArticleArchive.Inserted> inserted = transaction.execute(status -> {
            List<ArticleArchive.Inserted> rows = articles.insert(pages);
            repository.recordSources(
                    sources, rows.stream().map(ArticleArchive.Inserted::id).toList());
            return rows;
        });
        for (int i = 0; i < inserted.size(); i++) {
            ArticleArchive.Inserted row = inserted.get(i);
            summary.imported++;
            report.add(row.path() + "  (" + folder.relativize(read.get(i)) + ")", row.warnings());
        }
        report.flush();
        indexing.submit(inserted);
    }

    static String plain(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text().strip();
    }

    static Instant orNow(Instant instant, Clock clock) {
        return instant != null ? instant : clock.instant();
    }

    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
