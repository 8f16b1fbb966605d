package vn.toasoan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** A demo article that says "Sáng nay (5-9)" is dated the 5th of September, wherever the first start puts it. */
class DemoDatesTests {

    /** "Sáng nay (5-9)", "tối qua (4-9)": the article's own day, and the day before. */
    private static final Pattern TODAY =
            Pattern.compile("(?i)(?:sáng|trưa|chiều|tối|đêm) nay \\((\\d{1,2}-\\d{1,2})\\)");

    private static final Pattern YESTERDAY =
            Pattern.compile("(?i)(?:sáng|trưa|chiều|tối|đêm) qua \\((\\d{1,2}-\\d{1,2})\\)");

    @Test
    void aTextNamesItsDaysFromTheArticlesOwnDay() {
        var dates = new DemoDates(LocalDate.of(2026, 12, 6));

        assertThat(dates.fill("Sáng nay ({d}), … từ ngày {d+7} … tối qua ({d-1}) … từ tháng {m} đến tháng {m+2}"))
                .isEqualTo("Sáng nay (6-12), … từ ngày 13-12 … tối qua (5-12) … từ tháng 12 đến tháng 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06", "2027-03-01", "2026-09-05"})
    void everyDemoArticleThatNamesTodayOrYesterdayIsDatedToMatch(String firstStart) throws Exception {
        LocalDate start = LocalDate.parse(firstStart);
        DemoContent content = content();
        int named = 0;
        for (DemoContent.DemoArticle a : content.articles()) {
            LocalDate day = start.minusDays(a.publishedDaysAgo());
            var dates = new DemoDates(day);
            String text = dates.fill(a.title() + "\n" + a.sapo() + "\n" + String.join("\n", a.body()));
            assertThat(text).as(a.title()).doesNotContain("{d", "{m");
            named += expect(TODAY.matcher(text), day, a.title());
            named += expect(YESTERDAY.matcher(text), day.minusDays(1), a.title());
        }
        assertThat(named).as("articles that say 'sáng nay (…)' or the like").isGreaterThanOrEqualTo(8);
    }

    @Test
    void noDemoTextNamesADayOfTheCalendarOutrightAnyMore() throws Exception {
        for (DemoContent.DemoArticle a : content().articles()) {
            String text = a.title() + "\n" + a.sapo() + "\n" + String.join("\n", a.body());
            assertThat(text)
                    .as(a.title())
                    .doesNotContainPattern("(?<![\\d-])\\d{1,2}-[789](?!\\d)")
                    .doesNotContain("Quốc khánh");
        }
    }

    private static int expect(Matcher matcher, LocalDate day, String title) {
        int found = 0;
        String expected = day.format(DateTimeFormatter.ofPattern("d-M"));
        while (matcher.find()) {
            assertThat(matcher.group(1)).as(title).isEqualTo(expected);
            found++;
        }
        return found;
    }

    private static DemoContent content() throws Exception {
        try (InputStream in = DemoDatesTests.class.getResourceAsStream("/demo/content.json")) {
            return JsonMapper.builder().build().readValue(in, DemoContent.class);
        }
    }
}
