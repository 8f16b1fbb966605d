package vn.toasoan.newsroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.toasoan.platform.VietnamTime;

/**
 * Dates and times as the newsroom writes and reads them, whatever the browser's language: {@code dd-MM-yyyy HH:mm},
 * 24-hour, Vietnam time. Typed fields take one or two digits for the day, month and hour; forms sent by older pages and
 * scripts in ISO-8601 ({@code 2026-12-06T18:00}) are read too.
 */
public final class NewsroomTime {

    /** For an input's {@code pattern} attribute: valid with the {@code v} flag browsers now apply. */
    public static final String DATE_TIME_PATTERN = "\\d{1,2}-\\d{1,2}-\\d{4} \\d{1,2}:\\d{2}";

    public static final String DATE_PATTERN = "\\d{1,2}-\\d{1,2}-\\d{4}";

    private static final DateTimeFormatter TYPED_DATE_TIME =
            DateTimeFormatter.ofPattern("d-M-uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private NewsroomTime() {}

    /** {@code 06-12-2026 18:00}. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : VietnamTime.shortDateTime(instant);
    }

    /** {@code 06-12-2026}. */
    public static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("dd-MM-yyyy").format(day);
    }

    /** @return empty when blank or not a time */
    public static Optional<Instant> parseDateTime(String typed) {
        String s = typed == null ? "" : typed.strip().replace('/', '-').replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format :
                new DateTimeFormatter[] {TYPED_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME}) {
            try {
                return Optional.of(
                        LocalDateTime.parse(s, format).atZone(VietnamTime.ZONE).toInstant());
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** @return empty when blank or not a date */
    public static Optional<LocalDate> parseDate(String typed) {
        String s = typed == null ? "" : typed.strip().replace('/', '-');
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {TYPED_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(s, format));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** Neither blank nor readable: worth telling the person who typed it. */
    public static boolean unreadableDateTime(String typed) {
        return typed != null && !typed.isBlank() && parseDateTime(typed).isEmpty();
    }

    public static boolean unreadableDate(String typed) {
        return typed != null && !typed.isBlank() && parseDate(typed).isEmpty();
    }

    /** The start of a day in Vietnam. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(VietnamTime.ZONE).toInstant();
    }
}
