package vn.toasoan.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * How an article lies in the index: its fields, and how each text field is analysed three ways (as the reader may
 * type it, with its marks kept, as pairs of neighbouring syllables). A change here needs a new
 * {@link ArticleIndex#SCHEMA}.
 */
final class ArticleDocument {

    static final String ID = "id";
    static final String URL = "url";
    static final String SECTION = "section";
    static final String PUBLISHED = "published";
    static final String FINGERPRINT = "fingerprint";
    static final String TITLE = "title";
    static final String SAPO = "sapo";
    static final String BODY = "body";
    static final String EXTRA = "extra";

    private static final String EXACT_SUFFIX = "_exact";
    private static final String PAIRS_SUFFIX = "_pairs";
    private static final List<String> TEXT_FIELDS = List.of(TITLE, SAPO, BODY, EXTRA);

    /** Stored with offsets so that snippets come from the postings without analysing the text again. */
    private static final FieldType SHOWN_TEXT = new FieldType(TextField.TYPE_STORED);

    /** The marked form of a shown field, with offsets too, so that snippets mark the exact words a reader typed. */
    private static final FieldType EXACT_SHOWN_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    /** Pairs are matched as terms, never as phrases: no positions needed. */
    private static final FieldType PAIR_TERMS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        SHOWN_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SHOWN_TEXT.freeze();
        EXACT_SHOWN_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        EXACT_SHOWN_TEXT.freeze();
        PAIR_TERMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        PAIR_TERMS.freeze();
    }

    private ArticleDocument() {}

    /** The same text with its marks kept. */
    static String exact(String field) {
        return field + EXACT_SUFFIX;
    }

    /** The same text as pairs of neighbouring syllables. */
    static String pairs(String field) {
        return field + PAIRS_SUFFIX;
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (String field : TEXT_FIELDS) {
            byField.put(exact(field), VietnameseAnalyzers.EXACT);
            byField.put(pairs(field), VietnameseAnalyzers.PAIRS);
        }
        return VietnameseAnalyzers.perField(byField);
    }

    static Document of(IndexedArticle article) {
        var doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new StoredField(URL, article.url()));
        // indexed too, for the section filter
        doc.add(new LongField(SECTION, article.sectionId(), Field.Store.YES));
        doc.add(new StoredField(FINGERPRINT, article.fingerprint()));
        doc.add(new LongField(PUBLISHED, article.publishedAt().toEpochMilli(), Field.Store.YES));
        text(doc, TITLE, article.title(), true);
        text(doc, SAPO, article.sapo(), true);
        text(doc, BODY, article.body(), true);
        text(doc, EXTRA, article.extra(), false);
        return doc;
    }

    private static void text(Document doc, String name, String value, boolean shown) {
        doc.add(new Field(name, value, shown ? SHOWN_TEXT : TextField.TYPE_NOT_STORED));
        doc.add(new Field(exact(name), value, shown ? EXACT_SHOWN_TEXT : TextField.TYPE_NOT_STORED));
        if (shown) {
            doc.add(new Field(pairs(name), value, PAIR_TERMS));
        }
    }

    /** One page of found articles as the results show them, with the reader's words marked. */
    static List<ArticleIndex.Hit> hits(
            IndexSearcher searcher, Highlighter highlighter, Query highlighting, ScoreDoc[] page) throws IOException {
        int[] docs = Stream.of(page).mapToInt(d -> d.doc).toArray();
        Highlighter.Marked marked = highlighter.mark(searcher, highlighting, docs);
        StoredFields stored = searcher.storedFields();
        List<ArticleIndex.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            hits.add(hit(stored.document(docs[i]), marked, i));
        }
        return hits;
    }

    /** A found article as the results show it, with the reader's words marked. */
    static ArticleIndex.Hit hit(Document doc, Highlighter.Marked marked, int i) {
        return new ArticleIndex.Hit(
                Long.parseLong(doc.get(ID)),
                doc.getField(SECTION).numericValue().longValue(),
                doc.get(URL),
                doc.get(TITLE),
                Instant.ofEpochMilli(doc.getField(PUBLISHED).numericValue().longValue()),
                marked.title(i, doc.get(TITLE)),
                marked.snippet(i, doc.get(SAPO)));
    }
}
