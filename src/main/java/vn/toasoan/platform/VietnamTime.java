package vn.toasoan.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The paper's clock and calendar: every time a reader or an editor sees is Vietnam time. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** As the sample page prints it: {@code 14-02-2017 | 07:56:13}. */
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("dd-MM-yyyy | HH:mm:ss");

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private VietnamTime() {}

    public static OffsetDateTime at(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }

    public static String updated(Instant instant) {
        return UPDATED.format(instant.atZone(ZONE));
    }

    public static String shortDateTime(Instant instant) {
        return SHORT.format(instant.atZone(ZONE));
    }

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    /** ISO-8601 with the +07:00 offset, for {@code <time datetime>}, feeds and JSON-LD. */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at(instant).withNano(0));
    }
}
