package vn.toasoan.articles;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.accounts.Account;

/**
 * Working copies ("Bản lưu tạm"): the editor sends what someone types every few seconds and when they leave the page,
 * so that it waits for them on any computer. Separate from revisions, which are what someone chose to save: saving
 * the article removes the saver's copy ({@link ArticleEditing}), and copies nobody came back to are swept.
 */
@Service
public class WorkingCopies {

    private static final Logger log = LoggerFactory.getLogger(WorkingCopies.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    /** Far above any article's text; a body of photos inlined as data would be refused by the sanitizer anyway. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final WorkingCopyRepository repository;
    private final ArticleEditing editing;
    private final ArticleText text;
    private final Clock clock;
    private final Duration keep;

    WorkingCopies(
            WorkingCopyRepository repository,
            ArticleEditing editing,
            ArticleText text,
            Clock clock,
            @Value("${toasoan.working-copies.keep:30d}") Duration keep) {
        this.repository = repository;
        this.editing = editing;
        this.text = text;
        this.clock = clock;
        this.keep = keep;
    }

    /**
     * @param articleId null for a new article
     * @param fields a JSON object of the editor form's fields by name, each a string
     * @throws ArticleInvalidException when the fields are not such an object, or too large
     * @throws AccessDeniedException when this account may not edit the article
     */
    public void save(Account account, Long articleId, int baseVersion, String fields) {
        if (fields == null || fields.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ArticleInvalidException(text.get("articles.workingCopy.invalid"));
        }
        try {
            JSON.readValue(fields, FIELDS);
        } catch (JacksonException e) {
            throw new ArticleInvalidException(text.get("articles.workingCopy.invalid"));
        }
        if (articleId != null) {
            WorkingArticle article = editing.get(account, articleId);
            if (!ArticleRights.canEdit(account, article)) {
                throw new AccessDeniedException(text.get("articles.cannotEdit", text.status(article.status())));
            }
        }
        repository.save(account.id(), articleId, Math.max(0, baseVersion), fields, clock.instant());
    }

    /** This account's working copy of the article (null: of a new article), if it left one. */
    public Optional<WorkingCopy> find(Account account, Long articleId) {
        return repository.find(account.id(), articleId);
    }

    public void discard(Account account, Long articleId) {
        repository.delete(account.id(), articleId);
    }

    /** The copy as field names and values, for comparing with what the article holds now. */
    public static Map<String, String> fields(WorkingCopy copy) {
        return JSON.readValue(copy.fields(), FIELDS);
    }

    @Scheduled(fixedDelayString = "${toasoan.working-copies.sweep-interval:6h}", initialDelayString = "1m")
    void sweep() {
        int swept = repository.deleteOlderThan(clock.instant().minus(keep));
        if (swept > 0) {
            log.info("Removed {} working copies nobody came back to in {}", swept, keep);
        }
    }
}
