package vn.toasoan.newsroom.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.toasoan.articles.ArticleInput;
import vn.toasoan.articles.Transition;
import vn.toasoan.media.Image;
import vn.toasoan.newsroom.NewsroomTime;

/**
 * The article editor's form, bound by Spring from the request: the figures by index ({@code figures[0].caption}, …);
 * {@code new…} describes a photo uploaded with this save.
 *
 * @param version the version the editor was opened on (optimistic locking)
 * @param transition a workflow move to make right after saving, or blank
 * @param scheduleAt {@code dd-MM-yyyy HH:mm} in Vietnam time, for {@link Transition#SCHEDULE}
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
        List<FigureForm> figures,
        String newCaption,
        String newCredit,
        String newAlt,
        String newPosition,
        Integer version,
        String transition,
        String scheduleAt) {

    public ArticleForm {
        title = text(title);
        slug = text(slug);
        sapo = text(sapo);
        body = text(body);
        tags = text(tags);
        byline = text(byline);
        seoDescription = text(seoDescription);
        // a hand-edited form may skip an index: the gap is no figure
        figures = figures == null
                ? List.of()
                : figures.stream().filter(Objects::nonNull).toList();
        newCaption = text(newCaption);
        newCredit = text(newCredit);
        newAlt = text(newAlt);
        newPosition = text(newPosition);
        transition = text(transition);
        scheduleAt = text(scheduleAt);
    }

    static ArticleForm empty(Long sectionId) {
        return new ArticleForm("", "", "", "", sectionId, "", "", "", List.of(), "", "", "", "", 0, "", "");
    }

    static ArticleForm of(ArticleInput input, int version) {
        return new ArticleForm(
                input.title(),
                input.slug(),
                input.sapo(),
                input.body(),
                input.sectionId(),
                String.join(", ", input.tags()),
                input.byline(),
                input.seoDescription(),
                input.figures().stream()
                        .map(f -> new FigureForm(
                                f.imageId() == null ? "" : f.imageId().toString(),
                                f.caption(),
                                f.credit(),
                                f.alt(),
                                String.valueOf(f.position()),
                                false))
                        .toList(),
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
                figures,
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
        List<FigureForm> more = new ArrayList<>(figures);
        more.add(new FigureForm(uploaded.id().toString(), newCaption, newCredit, newAlt, newPosition, false));
        return new ArticleForm(
                title,
                slug,
                sapo,
                body,
                sectionId,
                tags,
                byline,
                seoDescription,
                more,
                "",
                "",
                "",
                "",
                version,
                transition,
                scheduleAt);
    }

    ArticleInput toInput() {
        return new ArticleInput(
                title,
                slug,
                sapo,
                body,
                sectionId,
                Arrays.stream(tags.split("[,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                byline,
                seoDescription,
                figures.stream()
                        .filter(f -> !f.remove())
                        .map(f -> new ArticleInput.FigureInput(
                                f.imageId(), f.caption(), f.credit(), f.alt(), f.paragraph()))
                        .toList());
    }

    /** The stored photos this form shows. */
    Set<UUID> imageIds() {
        return figures.stream()
                .map(FigureForm::imageId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    Transition transitionOrNull() {
        return transition.isBlank()
                ? null
                : Transition.bySlug(transition.strip()).orElse(null);
    }

    /** @return null when blank or unreadable */
    Instant scheduleInstant() {
        return parseSchedule(scheduleAt);
    }

    /** {@code dd-MM-yyyy HH:mm} in Vietnam time, as the newsroom writes times; null when blank or unreadable. */
    static Instant parseSchedule(String value) {
        return NewsroomTime.parseDateTime(value).orElse(null);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
