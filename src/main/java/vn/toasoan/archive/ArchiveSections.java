package vn.toasoan.archive;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.FeatureException;
import vn.toasoan.platform.OperatorText;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * The sections an archive's articles go to: a WordPress category becomes the section of the same name, created when
 * the paper has none with its slug; scraped pages go to the section named on the command line, or the first one.
 */
@Component
class ArchiveSections {

    static final String ACTOR = "import-archive";

    private final Sections sections;
    private final Map<String, Long> bySlug = new ConcurrentHashMap<>();

    ArchiveSections(Sections sections) {
        this.sections = sections;
    }

    /** The section of a category, by its slug on the old site (percent-encoded or not) and its name. */
    synchronized long forCategory(String oldSlug, String name) {
        String slug = VietnameseText.slug(decode(oldSlug.isBlank() ? name : oldSlug));
        if (slug.isEmpty()) {
            slug = VietnameseText.slug(name);
        }
        String key = slug;
        Long known = bySlug.get(key);
        if (known != null) {
            return known;
        }
        long id = sections.bySlug(slug).map(Section::id).orElseGet(() -> create(name.isBlank() ? key : name, key));
        bySlug.put(key, id);
        return id;
    }

    /** The section for articles without a category. */
    long fallback() {
        return sections.all().isEmpty()
                ? forCategory("thoi-su", OperatorText.get("archive.defaultSection"))
                : sections.all().get(0).id();
    }

    /** The section scraped pages go to. */
    long forPages(String slug) {
        if (slug == null || slug.isBlank()) {
            return fallback();
        }
        return sections.bySlug(slug.strip())
                .map(Section::id)
                .orElseThrow(() -> new IllegalArgumentException(OperatorText.get("archive.noSection", slug)));
    }

    private long create(String name, String slug) {
        try {
            return sections.create(ACTOR, name, slug).id();
        } catch (FeatureException e) {
            // a slug the site keeps for itself (tim-kiem, the, rss…) or one taken: the section gets a longer one
            return sections.create(ACTOR, name, slug + "-chuyen-muc").id();
        }
    }

    private static String decode(String slug) {
        try {
            return URLDecoder.decode(slug, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }
}
