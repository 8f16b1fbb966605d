package vn.toasoan.articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.toasoan.media.MediaStore;
import vn.toasoan.sections.SectionNotFoundException;
import vn.toasoan.sections.Sections;
import vn.toasoan.vietnamese.VietnameseText;

/**
 * Turns what was typed, in the editor or through the API, into clean copy, or refuses it with the reason: Unicode NFC,
 * one-line fields on one line, the body through the allow-list, the slug made from the title when left blank (and
 * refused, never rewritten, when typed wrong), tags
 * without repeats, photos that are still in the library.
 */
@Component
class CopyDesk {

    static final int MAX_TAGS = 20;
    static final int MAX_TITLE = 300;

    private final BodySanitizer sanitizer;
    private final Sections sections;
    private final MediaStore media;
    private final ArticleText text;

    CopyDesk(BodySanitizer sanitizer, Sections sections, MediaStore media, ArticleText text) {
        this.sanitizer = sanitizer;
        this.sections = sections;
        this.media = media;
        this.text = text;
    }

    /** @throws ArticleInvalidException saying what to fix */
    CleanArticle clean(ArticleInput input) {
        String title = oneLine(input.title());
        if (title.isEmpty()) {
            throw invalid("articles.invalid.titleMissing");
        }
        if (title.length() > MAX_TITLE) {
            throw invalid("articles.invalid.titleTooLong");
        }
        String slug = slug(input.slug(), title);
        if (input.sectionId() == null) {
            throw invalid("articles.invalid.sectionMissing");
        }
        try {
            sections.byId(input.sectionId());
        } catch (SectionNotFoundException e) {
            throw invalid("articles.invalid.sectionUnknown");
        }
        return new CleanArticle(
                title,
                slug,
                oneLine(input.sapo()),
                sanitizer.sanitize(EditorHtml.normalise(input.body())),
                input.sectionId(),
                tags(input.tags()),
                oneLine(input.byline()),
                oneLine(input.seoDescription()),
                figures(input.figures()));
    }

    /**
     * The slug as typed, or made from the title when left blank. One typed with capitals, marks or spaces is refused
     * with the slug it could be, rather than changed behind the writer's back: it is the article's address.
     */
    private String slug(String typed, String title) {
        String wanted = typed == null ? "" : VietnameseText.nfc(typed.strip());
        if (wanted.isEmpty()) {
            String made = VietnameseText.slug(title);
            return made.isEmpty() ? "bai-viet" : made;
        }
        if (!VietnameseText.slug(wanted).equals(wanted)) {
            String suggestion = VietnameseText.slug(wanted);
            throw invalid("articles.invalid.slug", suggestion.isEmpty() ? VietnameseText.slug(title) : suggestion);
        }
        return wanted;
    }

    private List<Tag> tags(List<String> names) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (String name : names) {
            String clean = oneLine(name);
            String tagSlug = VietnameseText.slug(clean);
            if (!tagSlug.isEmpty()) {
                tags.putIfAbsent(tagSlug, new Tag(tagSlug, clean));
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw invalid("articles.invalid.tooManyTags", MAX_TAGS);
        }
        return List.copyOf(tags.values());
    }

    private List<ArticleInput.FigureInput> figures(List<ArticleInput.FigureInput> typed) {
        Set<UUID> known = media.findAll(imageIds(typed)).keySet();
        List<ArticleInput.FigureInput> figures = new ArrayList<>();
        for (ArticleInput.FigureInput f : typed) {
            if (f.imageId() != null && !known.contains(f.imageId())) {
                throw invalid("articles.invalid.photoGone");
            }
            String credit = oneLine(f.credit()).replaceFirst("^(?iu)ảnh\\s*:\\s*", "");
            figures.add(new ArticleInput.FigureInput(
                    f.imageId(), oneLine(f.caption()), credit, oneLine(f.alt()), Math.max(0, f.position())));
        }
        figures.sort(Comparator.comparingInt(ArticleInput.FigureInput::position));
        return figures;
    }

    static Set<UUID> imageIds(List<ArticleInput.FigureInput> figures) {
        return figures.stream()
                .map(ArticleInput.FigureInput::imageId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private ArticleInvalidException invalid(String key, Object... args) {
        return new ArticleInvalidException(text.get(key, args));
    }

    static String oneLine(String s) {
        return s == null
                ? ""
                : VietnameseText.nfc(s).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
