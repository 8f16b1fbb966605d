package vn.toasoan.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.toasoan.sections.Sections;

/** Builds the shared page frame and absolute URLs. */
@Component
public class Chrome {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Sections sections;
    private final SiteProperties site;
    private final SiteAddress address;
    private final MessageSource messages;
    private final Clock clock;

    Chrome(Sections sections, SiteProperties site, SiteAddress address, MessageSource messages, Clock clock) {
        this.address = address;
        this.sections = sections;
        this.site = site;
        this.messages = messages;
        this.clock = clock;
    }

    public Layout layout(PageMeta meta, String activeSection) {
        Localizer t = localizer();
        LocalDate today = LocalDate.now(clock);
        String weekday = today.getDayOfWeek().getDisplayName(TextStyle.FULL, t.locale());
        return new Layout(
                meta,
                site.name(),
                site.description(),
                capitalize(weekday) + ", " + TODAY.format(today),
                sections.all(),
                activeSection,
                t);
    }

    public Localizer localizer() {
        return new Localizer(messages, LocaleContextHolder.getLocale());
    }

    public String siteName() {
        return site.name();
    }

    public String siteDescription() {
        return site.description();
    }

    /**
     * The public address of a path on this site. The path may carry a query string; it is appended as it is, since
     * a URI builder's path() would encode its "?" into an address that does not exist.
     */
    public String absolute(String path) {
        return address.base() + path;
    }

    public String title(String pageTitle) {
        return pageTitle == null || pageTitle.isBlank() ? site.name() : pageTitle + " - " + site.name();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
