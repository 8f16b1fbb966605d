package vn.toasoan.articles;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Who an article concerns beyond its readers, for features that tell people about it: its title and its author. */
@Service
public class ArticleParticipants {

    /** @param authorId null for imported and demo articles, which no account wrote */
    public record Participants(long articleId, String title, Long authorId) {}

    private final EditorialRepository repository;

    ArticleParticipants(EditorialRepository repository) {
        this.repository = repository;
    }

    public Optional<Participants> of(long articleId) {
        return repository
                .find(articleId)
                .map(a -> new Participants(a.id(), a.article().title(), a.authorId()));
    }
}
