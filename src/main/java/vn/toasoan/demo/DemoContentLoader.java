package vn.toasoan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.toasoan.articles.Articles;
import vn.toasoan.articles.BodySanitizer;
import vn.toasoan.articles.NewArticle;
import vn.toasoan.media.Image;
import vn.toasoan.media.MediaStore;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Section;
import vn.toasoan.sections.Sections;

/**
 * On the first start of a database, fills the paper with demo content so that a newcomer reads a living newspaper at
 * once. {@code TOASOAN_DEMO_CONTENT=false} leaves a new production database empty, and later starts never load it.
 */
@Component
class DemoContentLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final Sections sections;
    private final Articles articles;
    private final MediaStore media;
    private final BodySanitizer sanitizer;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final boolean enabled;

    DemoContentLoader(
            Sections sections,
            Articles articles,
            MediaStore media,
            BodySanitizer sanitizer,
            Clock clock,
            TransactionTemplate transaction,
            JdbcClient jdbc,
            @Value("${toasoan.demo-content:true}") boolean enabled) {
        this.sections = sections;
        this.articles = articles;
        this.media = media;
        this.sanitizer = sanitizer;
        this.clock = clock;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    /** Before the web server opens, so that the first reader never sees an empty paper. */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (firstStart() && enabled && sections.isEmpty()) {
                load();
            }
        });
    }

    /** Records the first start; true only for the start that recorded it. */
    private boolean firstStart() {
        return jdbc.sql("INSERT INTO installation (first_started_at) VALUES (?) ON CONFLICT DO NOTHING")
                        .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .update()
                == 1;
    }

    private void load() {
        DemoContent content = read();
        Map<String, Section> bySlug = new HashMap<>();
        for (DemoContent.DemoSection s : content.sections()) {
            bySlug.put(s.slug(), sections.create(s.name(), s.slug(), s.position()));
        }
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        for (DemoContent.DemoArticle a : content.articles()) {
            var published = today.minusDays(a.publishedDaysAgo())
                    .atTime(LocalTime.parse(a.publishedTime()))
                    .atZone(VietnamTime.ZONE)
                    .toInstant();
            if (published.isAfter(clock.instant())) {
                published = clock.instant().minusSeconds(60L * (a.publishedDaysAgo() + 1));
            }
            // the text names its days from the day it is dated: "Sáng nay (5-9)" on the 5th of September
            DemoDates dates = new DemoDates(published.atZone(VietnamTime.ZONE).toLocalDate());
            List<NewArticle.NewFigure> figures = a.figures() == null
                    ? List.of()
                    : a.figures().stream().map(f -> figure(f, dates)).toList();
            articles.publish(new NewArticle(
                    bySlug.get(a.section()).id(),
                    dates.fill(a.title()),
                    dates.fill(a.sapo()),
                    sanitizer.paragraphs(a.body().stream().map(dates::fill).toList()),
                    a.byline(),
                    a.tags() == null ? List.of() : a.tags(),
                    figures,
                    published,
                    published));
        }
        log.info(
                "Loaded demo content: {} sections, {} articles",
                content.sections().size(),
                content.articles().size());
    }

    private NewArticle.NewFigure figure(DemoContent.DemoFigure f, DemoDates dates) {
        Image image = media.store(Illustrations.draw(f.scene(), f.caption().hashCode()), f.scene() + ".jpg");
        return new NewArticle.NewFigure(
                f.afterParagraph(), image.id(), dates.fill(f.caption()), f.credit(), dates.fill(f.alt()));
    }

    private static DemoContent read() {
        try (InputStream in = new ClassPathResource("demo/content.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content", e);
        }
    }
}
