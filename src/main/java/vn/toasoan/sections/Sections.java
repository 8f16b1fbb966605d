package vn.toasoan.sections;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * The paper's sections. They are few and read on every page (the navigation), so they are kept in memory and
 * reloaded after each change.
 */
@Service
public class Sections {

    private final JdbcClient jdbc;
    private volatile List<Section> ordered;

    Sections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In home-page order. */
    public List<Section> all() {
        List<Section> snapshot = ordered;
        if (snapshot == null) {
            snapshot = reload();
        }
        return snapshot;
    }

    public Optional<Section> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Section byId(long id) {
        return all().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() -> new SectionNotFoundException("#" + id));
    }

    public Map<Long, Section> byIds() {
        return all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }

    @Transactional
    public Section create(String name, String slug, int position) {
        String cleanName = VietnameseText.nfc(name.strip());
        String cleanSlug = slug == null || slug.isBlank() ? VietnameseText.slug(cleanName) : slug;
        long id = jdbc.sql("INSERT INTO sections (slug, name, position) VALUES (?, ?, ?) RETURNING id")
                .params(cleanSlug, cleanName, position)
                .query(Long.class)
                .single();
        reload();
        return byId(id);
    }

    /** Call after any change to the sections table. */
    public synchronized List<Section> reload() {
        ordered = List.copyOf(jdbc.sql("SELECT id, slug, name, position FROM sections ORDER BY position, id")
                .query(Section.class)
                .list());
        return ordered;
    }
}
