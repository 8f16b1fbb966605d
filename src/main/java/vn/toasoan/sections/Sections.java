package vn.toasoan.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toasoan.platform.AuditEvent;
import vn.toasoan.platform.ChangeFeed;
import vn.toasoan.platform.SiteChanged;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * The paper's sections. They are few and read on every page (the navigation), so they are kept in memory and
 * reloaded after each change, on every app node through the change feed. A renamed section keeps its old address, which answers 301 to the new one.
 */
@Service
public class Sections {

    private static final int MAX_NAME = 60;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** First path segments that belong to the site itself, never to a section. */
    private static final Set<String> RESERVED = Set.of(
            "toa-soan",
            "api",
            "media",
            "rss",
            "the",
            "tim-kiem",
            "binh-luan",
            "lien-he",
            "actuator",
            "css",
            "js",
            "newsroom",
            "webjars",
            "swagger-ui",
            "v3",
            "error",
            "sitemap",
            "robots",
            "favicon",
            "static",
            "comments",
            "xem-truoc");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ChangeFeed feed;
    private volatile List<Section> ordered;
    private volatile Map<String, Long> redirects = Map.of();

    Sections(JdbcClient jdbc, ApplicationEventPublisher events, ChangeFeed feed) {
        this.jdbc = jdbc;
        this.events = events;
        this.feed = feed;
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

    /** The section that used to answer at this slug before a rename, if it is not a section's slug today. */
    public Optional<Section> formerlyAt(String slug) {
        all();
        Long id = redirects.get(slug);
        if (id == null || bySlug(slug).isPresent()) {
            return Optional.empty();
        }
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    @Transactional
    public Section create(String name, String slug, int position) {
        String cleanName = VietnameseText.nfc(name.strip());
        String cleanSlug = slug == null || slug.isBlank() ? VietnameseText.slug(cleanName) : slug;
        long id = jdbc.sql("INSERT INTO sections (slug, name, position) VALUES (?, ?, ?) RETURNING id")
                .params(cleanSlug, cleanName, position)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM section_slug_redirects WHERE old_slug = ?")
                .param(cleanSlug)
                .update();
        changed();
        // not read back from the list: a reload for another change, outside this transaction, may have just replaced it
        return new Section(id, cleanSlug, cleanName, position);
    }

    /** A new section at the end of the home page. */
    @Transactional
    public Section create(String actor, String name, String slug) {
        String cleanName = name(name);
        String cleanSlug = slug(slug, cleanName);
        int position = all().stream().mapToInt(Section::position).max().orElse(0) + 1;
        Section section;
        try {
            section = create(cleanName, cleanSlug, position);
        } catch (DuplicateKeyException e) {
            throw new SectionException(HttpStatus.CONFLICT, "sections.error.slugTaken", cleanSlug);
        }
        events.publishEvent(new AuditEvent(
                actor, "section.create", "section", String.valueOf(section.id()), cleanName + " (/" + cleanSlug + ")"));
        events.publishEvent(new SectionsChanged());
        return section;
    }

    /** Renames a section; when its slug changes, the old address answers 301 to the new one from now on. */
    @Transactional
    public Section rename(String actor, long id, String name, String slug) {
        Section before = byId(id);
        String cleanName = name(name);
        String cleanSlug = slug(slug, cleanName);
        if (!cleanSlug.equals(before.slug())) {
            jdbc.sql("""
                            INSERT INTO section_slug_redirects (old_slug, section_id) VALUES (?, ?)
                            ON CONFLICT (old_slug) DO UPDATE SET section_id = EXCLUDED.section_id""").params(before.slug(), id).update();
            jdbc.sql("DELETE FROM section_slug_redirects WHERE old_slug = ?")
                    .param(cleanSlug)
                    .update();
        }
        try {
            jdbc.sql("UPDATE sections SET name = ?, slug = ? WHERE id = ?")
                    .params(cleanName, cleanSlug, id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new SectionException(HttpStatus.CONFLICT, "sections.error.slugTaken", cleanSlug);
        }
        changed();
        events.publishEvent(new AuditEvent(
                actor,
                "section.rename",
                "section",
                String.valueOf(id),
                before.name() + " (/" + before.slug() + ") → " + cleanName + " (/" + cleanSlug + ")"));
        events.publishEvent(new SectionsChanged());
        return new Section(id, cleanSlug, cleanName, before.position());
    }

    /** Moves a section one place up (toward the top of the home page) or down. */
    @Transactional
    public void move(String actor, long id, boolean up) {
        List<Section> order = new ArrayList<>(all());
        int index = order.indexOf(byId(id));
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= order.size()) {
            return;
        }
        Section moved = order.remove(index);
        order.add(other, moved);
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("UPDATE sections SET position = ? WHERE id = ?")
                    .params(i + 1, order.get(i).id())
                    .update();
        }
        changed();
        events.publishEvent(new AuditEvent(
                actor,
                "section.order",
                "section",
                String.valueOf(id),
                String.join(", ", all().stream().map(Section::name).toList())));
        events.publishEvent(new SectionsChanged());
    }

    /** Here at once; on every node, this one again, once the change commits. */
    private void changed() {
        reload();
        feed.announce(SiteChanged.Kind.SECTIONS, 0);
    }

    @EventListener
    void on(SiteChanged change) {
        if (change.kind() == SiteChanged.Kind.SECTIONS) {
            reload();
        }
    }

    /** Call after any change to the sections table. */
    public synchronized List<Section> reload() {
        ordered = List.copyOf(jdbc.sql("SELECT id, slug, name, position FROM sections ORDER BY position, id")
                .query(Section.class)
                .list());
        redirects = jdbc
                .sql("SELECT old_slug, section_id FROM section_slug_redirects")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        return ordered;
    }

    private static String name(String name) {
        String clean = VietnameseText.nfc(name == null ? "" : name.strip());
        if (clean.isEmpty()) {
            throw new SectionException(HttpStatus.BAD_REQUEST, "sections.error.nameRequired");
        }
        if (clean.length() > MAX_NAME) {
            throw new SectionException(HttpStatus.BAD_REQUEST, "sections.error.nameTooLong", MAX_NAME);
        }
        return clean;
    }

    private static String slug(String slug, String name) {
        String clean = VietnameseText.slug(slug == null || slug.isBlank() ? name : VietnameseText.nfc(slug));
        if (!SLUG.matcher(clean).matches()) {
            throw new SectionException(HttpStatus.BAD_REQUEST, "sections.error.badSlug");
        }
        if (RESERVED.contains(clean) || clean.matches(".*-\\d+\\.html")) {
            throw new SectionException(HttpStatus.CONFLICT, "sections.error.reservedSlug", clean);
        }
        return clean;
    }
}
