package vn.toasoan.newsroom.articles;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.toasoan.articles.ArticleInput;
import vn.toasoan.articles.Transition;
import vn.toasoan.media.Image;
import vn.toasoan.platform.VietnamTime;

/**
 * The article editor's form. Figures come as parallel lists, one entry per existing figure; {@code figureRemove}
 * holds the indexes of those to drop; {@code new…} describes a photo uploaded with this save.
 *
 * @param version the version the editor was opened on (optimistic locking)
 * @param transition a workflow move to make right after saving, or blank
 * @param scheduleAt {@code yyyy-MM-ddTHH:mm} in Vietnam time, for {@link Transition#SCHEDULE}
 */
public record ArticleForm(
        String title,
        String slug,
        String sapo,
        String body,
        Long sectionId,
        String tags,
        String byline,
        String seoDescription,
        List<String> figureImage,
        List<String> figureCaption,
        List<String> figureCredit,
        List<String> figureAlt,
        List<String> figurePosition,
        List<String> figureRemove,
        String newCaption,
        String newCredit,
        String newAlt,
        String newPosition,
        Integer version,
        String transition,
        String scheduleAt) {

    /**
     * Read by hand rather than bound: Spring's binder splits a lone value at its commas when the target is a list, and
     * captions have commas.
     */
    static ArticleForm from(jakarta.servlet.http.HttpServletRequest request) {
        return new ArticleForm(
                request.getParameter("title"),
                request.getParameter("slug"),
                request.getParameter("sapo"),
                request.getParameter("body"),
                longOrNull(request.getParameter("sectionId")),
                request.getParameter("tags"),
                request.getParameter("byline"),
                request.getParameter("seoDescription"),
                values(request, "figureImage"),
                values(request, "figureCaption"),
                values(request, "figureCredit"),
                values(request, "figureAlt"),
                values(request, "figurePosition"),
                values(request, "figureRemove"),
                request.getParameter("newCaption"),
                request.getParameter("newCredit"),
                request.getParameter("newAlt"),
                request.getParameter("newPosition"),
                intOrNull(request.getParameter("version")),
                request.getParameter("transition"),
                request.getParameter("scheduleAt"));
    }

    private static List<String> values(jakarta.servlet.http.HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static Long longOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer intOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ArticleForm empty(Long sectionId) {
        return new ArticleForm(
                "", "", "", "", sectionId, "", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                "", "", "", "", 0, "", "");
    }

    static ArticleForm of(ArticleInput input, int version) {
        List<String> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        for (ArticleInput.FigureInput f : input.figures()) {
            images.add(f.imageId() == null ? "" : f.imageId().toString());
            captions.add(f.caption());
            credits.add(f.credit());
            alts.add(f.alt());
            positions.add(String.valueOf(f.position()));
        }
        return new ArticleForm(
                input.title(),
                input.slug(),
                input.sapo(),
                input.body(),
                input.sectionId(),
                String.join(", ", input.tags()),
                input.byline(),
                input.seoDescription(),
                images,
                captions,
                credits,
                alts,
                positions,
                List.of(),
                "",
                "",
                "",
                "",
                version,
                "",
                "");
    }

    /** The same form, opened on another version: for saving over someone else's save on purpose. */
    ArticleForm withVersion(int newVersion) {
        return new ArticleForm(
                title,
                slug,
                sapo,
                body,
                sectionId,
                tags,
                byline,
                seoDescription,
                figureImage,
                figureCaption,
                figureCredit,
                figureAlt,
                figurePosition,
                figureRemove,
                newCaption,
                newCredit,
                newAlt,
                newPosition,
                newVersion,
                "",
                scheduleAt);
    }

    /**
     * The same form with the photo uploaded with it as one more figure, described by the {@code new…} fields: if the
     * save fails, the form is shown again with the photo already in place, so it need not be uploaded again.
     *
     * @param uploaded the photo uploaded with this save, or null
     */
    ArticleForm withUpload(Image uploaded) {
        if (uploaded == null) {
            return this;
        }
        int n = list(figureImage).size();
        return new ArticleForm(
                title,
                slug,
                sapo,
                body,
                sectionId,
                tags,
                byline,
                seoDescription,
                append(figureImage, n, uploaded.id().toString()),
                append(figureCaption, n, text(newCaption)),
                append(figureCredit, n, text(newCredit)),
                append(figureAlt, n, text(newAlt)),
                append(figurePosition, n, text(newPosition)),
                figureRemove,
                "",
                "",
                "",
                "",
                version,
                transition,
                scheduleAt);
    }

    ArticleInput toInput() {
        Set<String> removed = new HashSet<>(list(figureRemove));
        List<ArticleInput.FigureInput> figures = new ArrayList<>();
        List<String> images = list(figureImage);
        for (int i = 0; i < images.size(); i++) {
            if (removed.contains(String.valueOf(i))) {
                continue;
            }
            figures.add(new ArticleInput.FigureInput(
                    uuid(images.get(i)),
                    at(figureCaption, i),
                    at(figureCredit, i),
                    at(figureAlt, i),
                    number(at(figurePosition, i))));
        }
        return new ArticleInput(
                text(title),
                text(slug),
                text(sapo),
                text(body),
                sectionId,
                Arrays.stream(text(tags).split("[,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                text(byline),
                text(seoDescription),
                figures);
    }

    Transition transitionOrNull() {
        return transition == null || transition.isBlank()
                ? null
                : Transition.bySlug(transition.strip()).orElse(null);
    }

    /** @return null when blank or unreadable */
    Instant scheduleInstant() {
        return parseSchedule(scheduleAt);
    }

    static Instant parseSchedule(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(VietnamTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A hand-edited form may carry anything: what is not an image id counts as a figure without a photo. */
    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The values padded to {@code index} (a hand-edited form may send fewer), then {@code value}. */
    private static List<String> append(List<String> values, int index, String value) {
        List<String> appended = new ArrayList<>(
                list(values).subList(0, Math.min(index, list(values).size())));
        while (appended.size() < index) {
            appended.add("");
        }
        appended.add(value);
        return appended;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static int number(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
