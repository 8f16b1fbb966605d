package vn.toasoan.vietnamese;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds, stores and reloads the restorer's model. At start-up it loads the stored model, or builds one when there
 * is none; afterwards it rebuilds when the published count has grown by at least {@value #MIN_NEW_ARTICLES}
 * articles and {@value #MIN_GROWTH_PERCENT} %: a model trained on a few hundred more articles barely changes, and
 * a build reads every article. Builds run off the caller's thread, one at a time.
 *
 * <p>Besides the articles, a model learns from the {@link CommentRegister}, the everyday language of readers that
 * articles rarely use. A stored model trained on another version of that text is used at once and rebuilt.
 */
final class ModelKeeper {

    static final long MIN_NEW_ARTICLES = 50;
    static final long MIN_GROWTH_PERCENT = 10;

    private static final Logger log = LoggerFactory.getLogger(ModelKeeper.class);

    private final Path file;
    private final Supplier<PublishedTextSource> source;
    private final Consumer<NgramModel> publish;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long builtWith = -1;

    ModelKeeper(Path file, Supplier<PublishedTextSource> source, Consumer<NgramModel> publish) {
        this.file = file;
        this.source = source;
        this.publish = publish;
    }

    /** Loads or builds in a background thread; the web server does not wait for it. */
    Thread startInBackground() {
        return runInBackground(this::loadOrBuild);
    }

    /** Starts a rebuild in the background when enough has been published since the last one. */
    Thread rebuildIfDue() {
        PublishedTextSource texts = source.get();
        if (texts == null || !rebuildDue(builtWith, texts.publishedCount())) {
            return null;
        }
        return runInBackground(this::build);
    }

    static boolean rebuildDue(long builtWith, long publishedNow) {
        if (publishedNow <= 0) {
            return false;
        }
        if (builtWith < 0) {
            return true;
        }
        long grown = publishedNow - builtWith;
        return grown >= MIN_NEW_ARTICLES && grown * 100 >= builtWith * MIN_GROWTH_PERCENT;
    }

    void loadOrBuild() {
        if (Files.isRegularFile(file)) {
            try {
                long start = System.nanoTime();
                NgramModel model = ModelFiles.read(file);
                builtWith = model.publishedCount();
                publish.accept(model);
                log.info(
                        "Loaded the diacritics model ({} syllables) in {} ms",
                        model.syllableCount(),
                        (System.nanoTime() - start) / 1_000_000);
                PublishedTextSource texts = source.get();
                boolean grown = texts != null && rebuildDue(builtWith, texts.publishedCount());
                if (model.registerVersion() == CommentRegister.version() && !grown) {
                    return;
                }
                // the stored model serves meanwhile: an imported archive is learned while the site serves
                log.info(
                        grown
                                ? "More has been published since the stored diacritics model; rebuilding it"
                                : "The stored diacritics model predates the current comment text; rebuilding it");
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot read the diacritics model {}, building a new one", file, e);
            }
        }
        build();
    }

    void build() {
        PublishedTextSource texts = source.get();
        if (texts == null) {
            return;
        }
        long count = texts.publishedCount();
        NgramModelBuilder builder = new NgramModelBuilder();
        CommentRegister.sentences().forEach(builder::add); // first, so that a huge archive cannot crowd it out
        long ownSyllables = builder.syllables();
        texts.forEachPublishedText(builder::add);
        if (builder.syllables() == ownSyllables) {
            return; // nothing published yet: no model, as documented on DiacriticsRestorer
        }
        NgramModel model = builder.build(count, CommentRegister.version(), NgramModelBuilder.MAX_TRIGRAMS);
        try {
            ModelFiles.write(model, file);
        } catch (IOException e) {
            log.warn("Cannot store the diacritics model in {}; it will be rebuilt at the next start", file, e);
        }
        builtWith = count;
        publish.accept(model);
        log.info(
                "Built the diacritics model from {} articles and the comment text, {} syllables",
                count,
                builder.syllables());
    }

    private Thread runInBackground(Runnable work) {
        if (!busy.compareAndSet(false, true)) {
            return null;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        log.warn("Building the diacritics model failed", e);
                    } finally {
                        busy.set(false);
                    }
                },
                "vietnamese-model");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
