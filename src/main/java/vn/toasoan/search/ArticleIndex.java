package vn.toasoan.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of published articles. It is derived from the database and may be thrown away: a damaged or
 * outdated index is deleted and rebuilt. Writes are made by one thread at a time (the indexer); searches run on any
 * thread against the last committed state.
 */
final class ArticleIndex implements Closeable {

    private static final String ID = ArticleDocument.ID;
    private static final String FINGERPRINT = ArticleDocument.FINGERPRINT;
    private static final String PUBLISHED = ArticleDocument.PUBLISHED;

    /** Raise when the fields or the analysis change: an index with another schema is rebuilt at start. */
    static final String SCHEMA = "5";

    private static final String SCHEMA_KEY = "schema";
    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Highlighter highlighter;

    private ArticleIndex(Directory directory) throws IOException {
        this.directory = directory;
        Analyzer analyzer = ArticleDocument.analyzer();
        this.writer = new IndexWriter(
                directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
        this.highlighter = new Highlighter(analyzer);
    }

    /** Opens the index in {@code path}, or starts an empty one there when it is missing or unreadable. */
    static ArticleIndex open(Path path) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            try {
                return new ArticleIndex(directory);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw e; // another process writes this index: never delete it
            } catch (IOException | IllegalArgumentException e) {
                directory.close();
                log.warn("The search index in {} cannot be read ({}); starting a new one", path, e.toString());
                deleteContents(path);
                return new ArticleIndex(FSDirectory.open(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    static ArticleIndex inMemory() {
        try {
            return new ArticleIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(IndexedArticle article) {
        try {
            writer.updateDocument(new Term(ID, Long.toString(article.id())), ArticleDocument.of(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(long id) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void removeAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable and visible to searches. */
    void commit() {
        try {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** False for a new index or one written by another version of this class. */
    boolean hasCurrentSchema() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(SCHEMA_KEY)) {
                    return entry.getValue().equals(SCHEMA);
                }
            }
        }
        return false;
    }

    /** The {@link IndexedArticle#fingerprint() fingerprints} of the articles searches find, with their ids. */
    Map<String, Long> fingerprints() {
        return withSearcher(searcher -> {
            Map<String, Long> fingerprints = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document fields = stored.document(doc, Set.of(FINGERPRINT, ID));
                        fingerprints.put(fields.get(FINGERPRINT), Long.parseLong(fields.get(ID)));
                    }
                }
            }
            return fingerprints;
        });
    }

    int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** One page of articles for a query, best first, unfiltered. */
    Hits search(ReaderQuery query, Instant now, int offset, int limit) {
        return search(query, Filter.NONE, Order.RELEVANCE, now, offset, limit);
    }

    /**
     * One page of the articles that have every word of the query and pass the filter: best first (the newer first
     * among equal scores), or newest first.
     *
     * @param offset how many of the best to skip
     */
    Hits search(ReaderQuery query, Filter filter, Order order, Instant now, int offset, int limit) {
        if (query.isEmpty()) {
            return new Hits(0, List.of());
        }
        Query matching = Ranking.filtered(Ranking.matching(query), Ranking.filters(filter));
        return withSearcher(searcher -> {
            if (limit <= 0) {
                return new Hits(searcher.count(matching), List.of());
            }
            SortField newest = LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MAX);
            Sort sort = order == Order.DATE
                    ? new Sort(newest, SortField.FIELD_SCORE)
                    : new Sort(SortField.FIELD_SCORE, newest);
            Query ranked = order == Order.DATE ? matching : Ranking.ranking(matching, now);
            // sorting by score visits every match anyway, so counting them all costs nothing more
            TopDocs top = searcher.search(
                    ranked, new TopFieldCollectorManager(sort, offset + limit, null, Integer.MAX_VALUE));
            long total = top.totalHits.value;
            ScoreDoc[] page = Stream.of(top.scoreDocs).skip(offset).toArray(ScoreDoc[]::new);
            return new Hits(total, ArticleDocument.hits(searcher, highlighter, Ranking.highlighting(query), page));
        });
    }

    /** How many articles have every word of the query and pass the filter. */
    long count(ReaderQuery query, Filter filter) {
        if (query.isEmpty()) {
            return 0;
        }
        Query matching = Ranking.filtered(Ranking.matching(query), Ranking.filters(filter));
        return withSearcher(searcher -> (long) searcher.count(matching));
    }

    /**
     * The reader's words with each one the index does not hold replaced by the closest one it does: a word typed
     * with marks by a marked word, a word typed without by an unmarked one. Empty when every word is known, or when
     * an unknown one has nothing close.
     */
    Optional<List<String>> corrected(ReaderQuery query) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        return withSearcher(searcher -> Spelling.corrected(searcher.getIndexReader(), query));
    }

    private <T> T withSearcher(IoFunction<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory;
                writer;
                searchers) {
            if (writer.isOpen() && writer.hasUncommittedChanges()) {
                commit();
            }
        }
    }

    private static void deleteContents(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(path))
                    .toList()) {
                Files.delete(file);
            }
        }
    }

    /** How results are ordered. */
    enum Order {
        RELEVANCE,
        DATE
    }

    /**
     * Which articles a search may find besides its words.
     *
     * @param sectionId only this section's, or null for every section
     * @param from published at or after, or null
     * @param until published before, or null
     */
    record Filter(Long sectionId, Instant from, Instant until) {

        static final Filter NONE = new Filter(null, null, null);
    }

    /** A page of results and how many articles the query finds in all. */
    record Hits(long total, List<Hit> hits) {}

    /**
     * @param titleHtml the title, HTML-escaped, with the reader's words in {@code <mark>}
     * @param snippetHtml a passage of the body (or the sapo), escaped and marked the same way
     */
    record Hit(
            long id,
            long sectionId,
            String url,
            String title,
            Instant publishedAt,
            String titleHtml,
            String snippetHtml) {}

    @FunctionalInterface
    private interface IoFunction<A, B> {
        B apply(A a) throws IOException;
    }
}
