package vn.toasoan.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.toasoan.masthead.Masthead;
import vn.toasoan.masthead.Mastheads;
import vn.toasoan.platform.VietnamTime;
import vn.toasoan.sections.Sections;

/** Builds the shared page frame and absolute URLs. */
@Component
public class Chrome {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Sections sections;
    private final SiteProperties site;
    private final Mastheads mastheads;
    private final SiteAddress address;
    private final MessageSource messages;
    private final Clock clock;

    Chrome(
            Sections sections,
            SiteProperties site,
            Mastheads mastheads,
            SiteAddress address,
            MessageSource messages,
            Clock clock) {
        this.address = address;
        this.sections = sections;
        this.site = site;
        this.mastheads = mastheads;
        this.messages = messages;
        this.clock = clock;
    }

    public Layout layout(PageMeta meta, String activeSection) {
        Localizer t = localizer();
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        return new Layout(meta, mastheads.current(), today(today, t), sections.all(), activeSection, t);
    }

    /** As Vietnamese papers head their front page: "Chủ nhật, 06-12-2026". */
    static String today(LocalDate day, Localizer t) {
        return t.lookup("site.weekday." + day.getDayOfWeek().getValue()) + ", " + TODAY.format(day);
    }

    public Masthead masthead() {
        return mastheads.current();
    }

    public Localizer localizer() {
        return new Localizer(messages, LocaleContextHolder.getLocale());
    }

    public String siteName() {
        return mastheads.current().siteName();
    }

    public String siteDescription() {
        return mastheads.current().description();
    }

    /**
     * The public address of a path on this site. The path may carry a query string; it is appended as it is, since
     * a URI builder's path() would encode its "?" into an address that does not exist.
     */
    public String absolute(String path) {
        return address.base() + path;
    }

    public String title(String pageTitle) {
        String name = siteName();
        return pageTitle == null || pageTitle.isBlank() ? name : pageTitle + " - " + name;
    }
}
